/** Kinds of service a work order asks for (glossary "Kinds of service"). */
export const workOrderKinds = [
  'consultation',
  'legal_aid',
  'mediation',
  'notarization',
  'appraisal',
  'special_population',
  'legal_education',
  'feedback',
] as const;
export type WorkOrderKind = (typeof workOrderKinds)[number];

/** Where an order came in (glossary "channel"). */
export const channels = [
  'hotline',
  'web',
  'mobile',
  'kiosk',
  'window',
  'village_room',
  'reception_day',
  'suggestion_box',
] as const;
export type Channel = (typeof channels)[number];

/** Channels a citizen uses alone, through the public API. */
export const publicChannels = ['web', 'mobile', 'kiosk'] as const satisfies readonly Channel[];

export const priorities = ['normal', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

/**
 * Time limits, in working days unless stated. The defaults follow the rules each service is
 * bound by: 法律援助法 art. 43 (decide within 7 working days), 公证程序规则 art. 35 (15 working
 * days), 司法鉴定程序通则 art. 28 (30 working days); consultation and feedback as the issue
 * asks (5 and 15). Administrators override them per kind (app_setting `work_order.limits`).
 */
export interface DeadlineLimits {
  acceptWorkingDays: number;
  /** An urgent order must be taken within this many clock hours of dispatch. */
  urgentAcceptHours: number;
  resolveWorkingDays: Record<WorkOrderKind, number>;
}

export const defaultDeadlineLimits: DeadlineLimits = {
  acceptWorkingDays: 1,
  urgentAcceptHours: 1,
  resolveWorkingDays: {
    consultation: 5,
    legal_aid: 7,
    mediation: 30,
    notarization: 15,
    appraisal: 30,
    special_population: 10,
    legal_education: 10,
    feedback: 15,
  },
};

/** Ratings at or above this close the order; below it, the order is reopened (glossary "reopen"). */
export const satisfiedRating = 3;

/**
 * The tracking code citizens quote: <prefix><yyyymmdd>-<5-digit daily sequence>, e.g.
 * JN20261122-00042. The day is the Asia/Shanghai calendar day of intake.
 */
export function formatWorkOrderCode(prefix: string, day: string, sequence: number): string {
  return `${prefix}${day.replaceAll('-', '')}-${String(sequence).padStart(5, '0')}`;
}

export const workOrderCodePattern = /^[A-Z]{2,4}\d{8}-\d{5,}$/;
