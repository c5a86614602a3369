import {
  addCalendarDays,
  addWorkingDays,
  type CalendarOverrides,
  isWorkingDay,
  shanghaiDateOf,
  startOfShanghaiDay,
} from './calendar';

/**
 * The documents an applicant hands in with a legal-aid application (法律援助法 art. 41 and the
 * 《办理法律援助案件程序规定》 art. 10): the clerk ticks what was provided.
 */
export const legalAidDocumentKinds = [
  { code: 'identity', nameZh: '身份证明' },
  { code: 'hardship_statement', nameZh: '经济困难状况说明表' },
  { code: 'matter_materials', nameZh: '与所申请事项相关的材料' },
  { code: 'agent_authority', nameZh: '代理人身份证明及代理权限证明' },
  { code: 'exemption_proof', nameZh: '免予核查经济困难状况的证明材料' },
] as const;
export type LegalAidDocumentKind = (typeof legalAidDocumentKinds)[number]['code'];
export const legalAidDocumentCodes = legalAidDocumentKinds.map((d) => d.code) as [
  LegalAidDocumentKind,
  ...LegalAidDocumentKind[],
];

export const legalAidDecisions = ['grant', 'refuse'] as const;
export type LegalAidDecision = (typeof legalAidDecisions)[number];

export const objectionAnswers = ['uphold', 'overturn'] as const;
export type ObjectionAnswer = (typeof objectionAnswers)[number];

/** Calendar days to review an application (art. 43: 自收到申请之日起七日内). */
export const reviewDays = 7;
/** Working days to answer an objection to a refusal (art. 49, counted as this platform's working days). */
export const objectionAnswerWorkingDays = 5;

/**
 * The review deadline of an application received at `receivedAt`. Art. 43 says 七日 without
 * 工作日, so the period runs in calendar days after 《民法典》 art. 201-203: the day of receipt is
 * not counted, and a period whose last day is not a working day (a weekend or a holiday of the
 * calendar) ends on the next working day. Returned as 00:00 Asia/Shanghai of the day after the
 * last day, like addWorkingDays, so "on time" is `at < deadline`.
 */
export function reviewDeadline(receivedAt: Date, overrides: CalendarOverrides): Date {
  let last = addCalendarDays(shanghaiDateOf(receivedAt), reviewDays);
  while (!isWorkingDay(last, overrides)) last = addCalendarDays(last, 1);
  return startOfShanghaiDay(addCalendarDays(last, 1));
}

/** The deadline to answer an objection lodged at `objectedAt`: five working days. */
export function objectionAnswerDeadline(objectedAt: Date, overrides: CalendarOverrides): Date {
  return addWorkingDays(objectedAt, objectionAnswerWorkingDays, overrides);
}

export interface ApplicationState {
  decision: LegalAidDecision | null;
  objected: boolean;
  objectionAnswer: ObjectionAnswer | null;
}

export const applicationActions = ['decide', 'object', 'answer_objection'] as const;
export type ApplicationAction = (typeof applicationActions)[number];

/**
 * What can happen next to an application: a decision while there is none; an objection to a
 * refusal not yet objected to; an answer to an objection not yet answered. An overturned
 * refusal is a grant, and nothing follows it here.
 */
export function nextApplicationActions(state: ApplicationState): ApplicationAction[] {
  if (state.decision === null) return ['decide'];
  if (state.decision === 'refuse' && !state.objected) return ['object'];
  if (state.objected && state.objectionAnswer === null) return ['answer_objection'];
  return [];
}

/** The letter's number, 文号: `济法援决〔2026〕第12号`. */
export function formatDecisionNumber(prefix: string, year: number, sequence: number): string {
  if (!Number.isInteger(year) || !Number.isInteger(sequence) || sequence < 1)
    throw new RangeError(`a decision number needs a year and a sequence ≥ 1: ${year}, ${sequence}`);
  return `${prefix}〔${year}〕第${sequence}号`;
}

/** The decision letter's title. */
export function decisionLetterTitle(decision: LegalAidDecision): string {
  return decision === 'grant' ? '给予法律援助决定书' : '不予法律援助决定书';
}
