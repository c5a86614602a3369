/**
 * Case quality review (案件质量评估) of closed legal-aid cases on a scored checklist of 100 points,
 * after the Ministry of Justice's 《全国民事行政法律援助服务规范》 and 《全国刑事法律援助服务规范》
 * (meeting and contacting the aided person, case work, documents, closing on time, the aided
 * person's view). The grade sets the subsidy factor (legal-aid.subsidy): full, reduced or none.
 *
 * An item that cannot apply to a case (no hearing in a non-litigation matter) may be marked not
 * applicable; the points are then scaled to 100 over the items that apply, rounded half up to a
 * whole point (integer arithmetic: ⌊(points × 100 × 2 + max) / (2 × max)⌋), so a case without a
 * hearing is neither helped nor hurt by it.
 */

export interface QualityChecklistItem {
  code: string;
  nameZh: string;
  maxPoints: number;
  /** Whether a reviewer may mark it not applicable to a case. */
  mayNotApply: boolean;
}

export const qualityChecklist = [
  { code: 'timely_contact', nameZh: '接受指派后及时会见或联系受援人', maxPoints: 10, mayNotApply: false },
  { code: 'investigation', nameZh: '阅卷、调查取证充分', maxPoints: 15, mayNotApply: false },
  { code: 'legal_opinion', nameZh: '辩护或代理意见有事实和法律依据', maxPoints: 20, mayNotApply: false },
  { code: 'hearing_performance', nameZh: '庭审表现', maxPoints: 15, mayNotApply: true },
  { code: 'documents', nameZh: '办案文书规范', maxPoints: 10, mayNotApply: false },
  { code: 'progress_reporting', nameZh: '及时告知受援人案件进展', maxPoints: 5, mayNotApply: false },
  { code: 'timely_closing', nameZh: '按时提交结案材料', maxPoints: 10, mayNotApply: false },
  { code: 'client_satisfaction', nameZh: '受援人满意度', maxPoints: 15, mayNotApply: false },
] as const satisfies readonly QualityChecklistItem[];
export type QualityItemCode = (typeof qualityChecklist)[number]['code'];

export const qualityFullPoints = 100;

export const qualityGrades = ['excellent', 'pass', 'basic_pass', 'fail'] as const;
export type QualityGrade = (typeof qualityGrades)[number];

export interface QualityGradeRule {
  grade: QualityGrade;
  nameZh: string;
  /** The lowest points (out of 100) of the grade. */
  minPoints: number;
  /** What the grade pays of the subsidy, per thousand. */
  subsidyFactorPermille: number;
}

/** Highest first; the first whose minimum the points reach is the grade. */
export const qualityGradeRules = [
  { grade: 'excellent', nameZh: '优秀', minPoints: 90, subsidyFactorPermille: 1000 },
  { grade: 'pass', nameZh: '合格', minPoints: 70, subsidyFactorPermille: 1000 },
  { grade: 'basic_pass', nameZh: '基本合格', minPoints: 60, subsidyFactorPermille: 700 },
  { grade: 'fail', nameZh: '不合格', minPoints: 0, subsidyFactorPermille: 0 },
] as const satisfies readonly QualityGradeRule[];

export type QualityScore = number | 'not_applicable';

export interface QualityProblem {
  /** The item's code, or `scores` for the whole. */
  field: string;
  code: 'unknown_item' | 'missing' | 'out_of_range' | 'not_applicable_refused' | 'nothing_applies';
  message: string;
}

export interface QualityItemResult {
  code: QualityItemCode;
  nameZh: string;
  maxPoints: number;
  score: QualityScore;
}

export interface QualityReview {
  items: QualityItemResult[];
  /** Points given on the items that apply. */
  rawPoints: number;
  /** Out of how many (100 unless an item does not apply). */
  applicableMaxPoints: number;
  /** Out of 100: the grade is read from these. */
  points: number;
  grade: QualityGrade;
  gradeZh: string;
  subsidyFactorPermille: number;
}

export type QualityOutcome = { ok: true; review: QualityReview } | { ok: false; problems: QualityProblem[] };

const itemsByCode: ReadonlyMap<string, QualityChecklistItem> = new Map(qualityChecklist.map((i) => [i.code, i]));

/** The grade of points out of 100 on given rules (highest minimum first). */
export function gradeOf(points: number, rules: readonly QualityGradeRule[] = qualityGradeRules): QualityGradeRule {
  for (const rule of rules) if (points >= rule.minPoints) return rule;
  throw new RangeError(`no grade for ${points} points`);
}

/** Scores out of `max` as points out of 100, rounded half up to a whole point. */
export function scaleToHundred(points: number, max: number): number {
  if (max === qualityFullPoints) return points;
  return Math.floor((points * qualityFullPoints * 2 + max) / (2 * max));
}

/**
 * Checks every item's score (a whole number from 0 to its maximum, or `not_applicable` where the
 * item allows it), then grades. Every problem is named, item by item, for a 400.
 */
export function scoreQualityReview(
  scores: Readonly<Record<string, QualityScore>>,
  rules: readonly QualityGradeRule[] = qualityGradeRules,
): QualityOutcome {
  const problems: QualityProblem[] = [];
  for (const code of Object.keys(scores))
    if (!itemsByCode.has(code))
      problems.push({ field: code, code: 'unknown_item', message: `no checklist item ${code}` });
  const items: QualityItemResult[] = [];
  let rawPoints = 0;
  let applicableMaxPoints = 0;
  for (const item of qualityChecklist) {
    const score = scores[item.code];
    if (score === undefined) {
      problems.push({ field: item.code, code: 'missing', message: `${item.nameZh}: no score` });
      continue;
    }
    if (score === 'not_applicable') {
      if (!item.mayNotApply)
        problems.push({
          field: item.code,
          code: 'not_applicable_refused',
          message: `${item.nameZh}: applies to every case`,
        });
    } else if (!Number.isSafeInteger(score) || score < 0 || score > item.maxPoints) {
      problems.push({
        field: item.code,
        code: 'out_of_range',
        message: `${item.nameZh}: a whole number from 0 to ${item.maxPoints}`,
      });
    } else {
      rawPoints += score;
      applicableMaxPoints += item.maxPoints;
    }
    items.push({ code: item.code, nameZh: item.nameZh, maxPoints: item.maxPoints, score });
  }
  if (problems.length === 0 && applicableMaxPoints === 0)
    problems.push({ field: 'scores', code: 'nothing_applies', message: 'no item applies' });
  if (problems.length > 0) return { ok: false, problems };
  const points = scaleToHundred(rawPoints, applicableMaxPoints);
  const rule = gradeOf(points, rules);
  return {
    ok: true,
    review: {
      items,
      rawPoints,
      applicableMaxPoints,
      points,
      grade: rule.grade,
      gradeZh: rule.nameZh,
      subsidyFactorPermille: rule.subsidyFactorPermille,
    },
  };
}

/** The subsidy factor of a grade, per thousand. */
export function subsidyFactorOf(grade: QualityGrade, rules: readonly QualityGradeRule[] = qualityGradeRules): number {
  const rule = rules.find((r) => r.grade === grade);
  if (!rule) throw new RangeError(`no quality grade ${grade}`);
  return rule.subsidyFactorPermille;
}
