import type { MatterKind } from './legal-aid.catalogue';
import type { ConflictResult } from './legal-aid.conflict';

/**
 * Assignment (指派) of a granted legal-aid case to a handler of the aid pool, and the share of
 * aid cases handled by lawyers against the seed policy's target ("律师承办法律援助案件的比例
 * 不低于40%").
 *
 * Fair rotation weighted by open cases: among the candidates who may take the case, the one
 * with the fewest open aid cases; ties go to the one who has waited longest since their last
 * assignment (never assigned first), then to the lowest id, so the same inputs always give the
 * same handler. Skipped: candidates marked unavailable (leave, suspended, full) and those with a
 * conflict (legal-aid.conflict, run by the caller for each candidate).
 *
 * Criminal matters: defence and representation in criminal proceedings are given by lawyers
 * (法律援助法第二十五条、第二十六条 "指派律师"; 刑事诉讼法第三十五条), so only lawyers are
 * considered, and the duty lawyers of the day (值班律师) go first when any of them can take it;
 * otherwise the rotation among all lawyers of the pool. A legal-aid centre's public lawyer
 * (公职律师) is entered as a `lawyer`.
 */

export const aidHandlerKinds = ['lawyer', 'grassroots_legal_worker', 'legal_aid_centre_staff'] as const;
export type AidHandlerKind = (typeof aidHandlerKinds)[number];

export const aidHandlerKindNamesZh: Readonly<Record<AidHandlerKind, string>> = {
  lawyer: '律师',
  grassroots_legal_worker: '基层法律服务工作者',
  legal_aid_centre_staff: '法律援助机构工作人员',
};

export interface AidCandidate {
  id: number;
  name: string;
  kind: AidHandlerKind;
  /** Open (assigned, not closed) aid cases. */
  openCases: number;
  /** The last time a case was assigned to them; null: never. */
  lastAssignedAt: Date | null;
  available: boolean;
  /** On the duty roster (值班律师) of the day of assignment. */
  onDuty: boolean;
}

export interface AssignmentInput {
  matterKind: MatterKind;
  candidates: readonly AidCandidate[];
  /** The conflict check of each candidate by id; a candidate without an entry has none. */
  conflicts: ReadonlyMap<number, ConflictResult>;
}

export type SkipReason = 'unavailable' | 'conflict' | 'not_a_lawyer';

export interface SkippedCandidate {
  id: number;
  reason: SkipReason;
  /** Chinese, for the clerk: the conflict hits' reasons, or why else. */
  details: string[];
}

export interface AssignmentDecision {
  /** Null when nobody can take the case: `skipped` says why each was left out. */
  handlerId: number | null;
  /** `duty`: a duty lawyer of the day; `rotation`: the pool's rotation. */
  via: 'duty' | 'rotation' | null;
  skipped: SkippedCandidate[];
}

/** Rotation order: fewest open cases, then longest since the last assignment (never first), then id. */
export function compareForRotation(a: AidCandidate, b: AidCandidate): number {
  if (a.openCases !== b.openCases) return a.openCases - b.openCases;
  const lastA = a.lastAssignedAt === null ? Number.NEGATIVE_INFINITY : a.lastAssignedAt.getTime();
  const lastB = b.lastAssignedAt === null ? Number.NEGATIVE_INFINITY : b.lastAssignedAt.getTime();
  if (lastA !== lastB) return lastA < lastB ? -1 : 1;
  return a.id - b.id;
}

function first(candidates: readonly AidCandidate[]): AidCandidate | undefined {
  let best: AidCandidate | undefined;
  for (const c of candidates) if (!best || compareForRotation(c, best) < 0) best = c;
  return best;
}

/** The handler the case goes to, and everyone left out with the reason. */
export function pickAssignee(input: AssignmentInput): AssignmentDecision {
  const criminal = input.matterKind === 'criminal';
  const eligible: AidCandidate[] = [];
  const skipped: SkippedCandidate[] = [];
  for (const c of input.candidates) {
    const conflict = input.conflicts.get(c.id);
    if (criminal && c.kind !== 'lawyer')
      skipped.push({
        id: c.id,
        reason: 'not_a_lawyer',
        details: [`刑事法律援助案件应当指派律师承办，${c.name}为${aidHandlerKindNamesZh[c.kind]}。`],
      });
    else if (!c.available) skipped.push({ id: c.id, reason: 'unavailable', details: [`${c.name}目前不可接受指派。`] });
    else if (conflict?.conflict)
      skipped.push({ id: c.id, reason: 'conflict', details: conflict.hits.map((h) => h.reason) });
    else eligible.push(c);
  }
  skipped.sort((a, b) => a.id - b.id);
  if (criminal) {
    const duty = first(eligible.filter((c) => c.onDuty));
    if (duty) return { handlerId: duty.id, via: 'duty', skipped };
  }
  const chosen = first(eligible);
  return chosen ? { handlerId: chosen.id, via: 'rotation', skipped } : { handlerId: null, via: null, skipped };
}

/** The seed policy's target: lawyers handle at least 40 % of aid cases, in per-mille. */
export const lawyerShareTargetPermille = 400;

export interface LawyerShare {
  lawyerCases: number;
  totalCases: number;
  /** Lawyers' cases per thousand, rounded down (399.6 ‰ is 399: rounding never reaches the target); null with no cases. */
  sharePermille: number | null;
  targetPermille: number;
  /** Compared exactly (lawyers × 1000 ≥ target × total), not on the rounded share; met with no cases. */
  met: boolean;
}

/** The lawyers' share of the period's aid cases, against the 40 % target. */
export function lawyerShare(
  cases: readonly { handlerKind: AidHandlerKind }[],
  targetPermille = lawyerShareTargetPermille,
): LawyerShare {
  let lawyerCases = 0;
  for (const c of cases) if (c.handlerKind === 'lawyer') lawyerCases++;
  return shareOf(lawyerCases, cases.length, targetPermille);
}

function shareOf(lawyerCases: number, totalCases: number, targetPermille: number): LawyerShare {
  return {
    lawyerCases,
    totalCases,
    sharePermille: totalCases === 0 ? null : Math.floor((lawyerCases * 1000) / totalCases),
    targetPermille,
    met: lawyerCases * 1000 >= targetPermille * totalCases,
  };
}

export interface NonLawyerOutlook {
  /** Whether one more case to a non-lawyer keeps the period at or above the target. */
  keepsTarget: boolean;
  /** The share after that assignment. */
  after: LawyerShare;
  /** How many more cases non-lawyers can take before the share drops under the target (0 when already under). */
  headroom: number;
}

/**
 * For the UI's warning: what assigning the next case to a grassroots legal worker or centre
 * staff does to the period's share. Headroom n is the largest n with lawyers × 1000 ≥
 * target × (total + n).
 */
export function nonLawyerOutlook(
  cases: readonly { handlerKind: AidHandlerKind }[],
  targetPermille = lawyerShareTargetPermille,
): NonLawyerOutlook {
  const now = lawyerShare(cases, targetPermille);
  const after = shareOf(now.lawyerCases, now.totalCases + 1, targetPermille);
  const headroom =
    targetPermille === 0
      ? Number.POSITIVE_INFINITY
      : Math.max(0, Math.floor((now.lawyerCases * 1000) / targetPermille) - now.totalCases);
  return { keepsTarget: after.met, after, headroom };
}
