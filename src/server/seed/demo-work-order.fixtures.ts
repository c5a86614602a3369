import type { LegalDomain } from '../../shared/domain/legal-domain';
import type { WorkOrderKind } from '../../shared/domain/work-order';
import type { WorkOrderStatus } from '../../shared/domain/work-order.lifecycle';
import { doneDemoMatters } from './demo-work-order-done.fixtures';
import { openDemoMatters } from './demo-work-order-open.fixtures';

/**
 * The demo work orders: matters a 任城区 hotline, window and portal hear every week, written for
 * this project (the people are invented by the seed). Each one is a script the seed plays
 * through the product's own intake, actions, ratings and overdue sweep, on a clock moved back
 * over the last fifteen working days, so the histories, deadlines and messages are the ones
 * the product makes. Where a script ends is in `expect`, for the tests and the README.
 *
 * Days count working days back from the day of seeding (1 = the last working day before it),
 * by the working-day calendar; times are Asia/Shanghai office hours. Deadlines are the
 * defaults (work-order.ts): acceptance within 1 working day, consultation 5, legal aid 7,
 * education 10, notarization and feedback 15, mediation and appraisal 30. A script that
 * should not end overdue resolves within them; the two that end overdue say so.
 */

/** The demo accounts that act in the scripts (see demo-account.fixtures). */
export type DemoActorName = 'agent' | 'clerk' | 'dispatcher' | 'lawyer' | 'supervisor';

/** [working days before the day of seeding, 'HH:MM' in Asia/Shanghai]. */
export type DemoWhen = readonly [workingDaysAgo: number, time: string];

export type DemoStep =
  /** The dispatcher sends it to the demo lawyer (at the lawyer's firm) or to a notary office in 任城区. */
  | { at: DemoWhen; do: 'dispatch'; to: 'lawyer' | 'notary_office' }
  /** The dispatcher transfers it to the demo lawyer. */
  | { at: DemoWhen; do: 'transfer'; reason: string }
  | { at: DemoWhen; do: 'accept' | 'start' }
  | { at: DemoWhen; do: 'note'; by: DemoActorName; reason: string }
  | { at: DemoWhen; do: 'return'; reason: string }
  | { at: DemoWhen; do: 'request_extension'; days: number; reason: string }
  | { at: DemoWhen; do: 'approve_extension'; reason?: string }
  | { at: DemoWhen; do: 'reject_extension'; reason: string }
  | { at: DemoWhen; do: 'resolve'; result: string }
  /** The citizen rates it on the portal. */
  | { at: DemoWhen; do: 'rate'; rating: number; comment: string };

export interface DemoMatter {
  /** Stable name of the script: seeds its citizen and village, and names it in the tests. */
  key: string;
  kind: WorkOrderKind;
  /** Staff intake only (hotline, window): the public form has no legal domain. */
  legalDomain?: LegalDomain;
  /** web and kiosk: the citizen alone; hotline: the demo agent on a call; window: the demo clerk. */
  channel: 'web' | 'kiosk' | 'hotline' | 'window';
  /** A township of 任城区; the seed picks one of its villages or communities. */
  township: string;
  /** The citizen's sex when the matter says it (otherwise the generator chooses). */
  citizen?: 'female' | 'male';
  /** The clerk takes the resident ID number (legal-aid applications at the window). */
  withIdNumber?: boolean;
  description: string;
  /** Answered at first contact (hotline or window): the order is `answered` at intake. */
  answer?: string;
  at: DemoWhen;
  steps: readonly DemoStep[];
  expect: { status: WorkOrderStatus; supervised?: boolean; overdueLevel?: number };
}

/** In this order: the seed writes them so, and the ids follow (the lists are split only by length). */
export const demoMatters: readonly DemoMatter[] = [...openDemoMatters, ...doneDemoMatters];
