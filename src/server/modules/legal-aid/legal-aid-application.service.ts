import type { Kysely } from 'kysely';
import { shanghaiDateOf } from '../../../shared/domain/calendar';
import {
  type ApplicationAction,
  formatDecisionNumber,
  type LegalAidDocumentKind,
  nextApplicationActions,
  objectionAnswerDeadline,
  reviewDeadline,
} from '../../../shared/domain/legal-aid.application';
import { normalizePartyName } from '../../../shared/domain/legal-aid.conflict';
import type { EligibilityFacts } from '../../../shared/domain/legal-aid.eligibility';
import { maskPhone } from '../../../shared/domain/mask';
import { hasPermission } from '../../../shared/domain/role';
import type { WorkOrderStatus } from '../../../shared/domain/work-order.lifecycle';
import type {
  CreateLegalAidApplication,
  LegalAidApplicationView,
  LegalAidDecisionInput,
  ObjectionAnswerInput,
  PublicLegalAidApplication,
  PublicLegalAidApplicationResult,
} from '../../../shared/schemas/legal-aid-application.schema';
import type { EligibilityResultView } from '../../../shared/schemas/legal-aid-eligibility.schema';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { AppError, fieldError, forbidden, notFound, versionConflict } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import { loadCalendarOverrides } from '../calendar/calendar.service';
import type { WorkOrderRow } from '../work-order/work-order.repository';
import {
  createPublicWorkOrder,
  createWorkOrder,
  findPublicWorkOrder,
  loadWorkOrder,
  recordWorkOrderEvents,
  type WithinIntake,
} from '../work-order/work-order.service';
import * as repo from './legal-aid-application.repository';
import { checkEligibility } from './legal-aid-eligibility.service';

type ApplicationInput = PublicLegalAidApplication | CreateLegalAidApplication;

function factsOf(input: ApplicationInput): EligibilityFacts {
  return {
    divisionCode: input.divisionCode,
    householdSize: input.householdSize,
    monthlyHouseholdIncomeFen: input.monthlyHouseholdIncomeFen,
    matterCategory: input.matterCategory,
    exemptions: input.exemptions,
    appointmentGrounds: input.appointmentGrounds,
    assetsFen: input.assetsFen,
  };
}

/**
 * Everything an application needs before its transaction: the means test on the facts (a 400
 * naming each field the rules cannot take) and the review deadline. The embedded database has
 * one connection, so nothing inside the intake transaction reads elsewhere.
 */
async function prepare(deps: AppDeps, input: ApplicationInput) {
  const now = deps.clock();
  const eligibility = await checkEligibility(deps, factsOf(input), now);
  const calendar = await loadCalendarOverrides(deps.db);
  const reviewBy = reviewDeadline(now, calendar);
  const opposing = input.opposingParty?.trim();
  const within: WithinIntake = async (trx, workOrderId) => {
    await repo.insertApplication(trx, {
      workOrderId,
      householdSize: input.householdSize,
      monthlyHouseholdIncomeFen: input.monthlyHouseholdIncomeFen,
      assetsFen: input.assetsFen ?? null,
      matterCategory: input.matterCategory,
      exemptions: input.exemptions ?? [],
      appointmentGrounds: input.appointmentGrounds ?? [],
      opposingPartyCipher: opposing ? deps.cipher.encrypt(opposing) : null,
      opposingPartyHash: opposing ? opposingPartyHash(deps, opposing) : null,
      documents: input.documents,
      eligibility: JSON.stringify(eligibility),
      eligibilityResult: eligibility.result,
      ruleVersionId: eligibility.ruleVersion.id,
      receivedAt: now,
      reviewBy,
    });
  };
  return { within, eligibility, reviewBy, now };
}

/** The lookup hash of an opposing party's name, normalised as the conflict check compares names (null: nothing to compare). */
export function opposingPartyHash(deps: AppDeps, name: string): string | null {
  const normalized = normalizePartyName(name);
  return normalized ? deps.cipher.lookupHash(normalized) : null;
}

const orderFields = (input: ApplicationInput) => ({
  kind: 'legal_aid' as const,
  description: input.description,
  divisionCode: input.divisionCode,
  phone: input.phone,
  name: input.name,
  idNumber: input.idNumber,
});

/** The portal form: the order, its application and the means test in one transaction. */
export async function applyPublic(
  deps: AppDeps,
  input: PublicLegalAidApplication,
  idempotencyKey?: string,
): Promise<PublicLegalAidApplicationResult> {
  const { within } = await prepare(deps, input);
  const order = await createPublicWorkOrder(
    deps,
    { ...orderFields(input), channel: input.channel },
    idempotencyKey,
    within,
  );
  // A retry with the same key gets what the first attempt stored, not a fresh check.
  const application = await repo.findApplicationByCode(deps.db, order.code);
  if (!application) throw notFound('legal-aid application');
  return {
    code: order.code,
    receivedAt: application.receivedAt.toISOString(),
    reviewBy: application.reviewBy.toISOString(),
    eligibility: application.eligibility as EligibilityResultView,
  };
}

/** A window clerk or a hotline agent applying with the citizen. */
export async function applyStaff(
  deps: AppDeps,
  actor: Actor,
  input: CreateLegalAidApplication,
): Promise<LegalAidApplicationView> {
  if (!input.divisionCode.startsWith(actor.scopePrefix))
    throw fieldError('body.divisionCode', 'outside your data scope', 'out_of_scope');
  const { within } = await prepare(deps, input);
  const order = await createWorkOrder(
    deps,
    actor,
    { ...orderFields(input), channel: input.channel, priority: 'normal' },
    within,
  );
  return getApplication(deps, actor, order.id);
}

async function load(deps: AppDeps, actor: Actor, workOrderId: number) {
  const order = await loadWorkOrder(deps, actor, workOrderId);
  const application = await repo.findApplication(deps.db, workOrderId);
  if (!application) throw notFound('legal-aid application');
  return { order, application };
}

function actionsFor(application: repo.ApplicationRow, actor: Actor): ApplicationAction[] {
  const canDecide = hasPermission(actor.roles, 'legal_aid.decide');
  return nextApplicationActions({
    decision: application.decision,
    objected: application.objectedAt !== null,
    objectionAnswer: application.objectionAnswer,
  }).filter((a) => a === 'object' || canDecide);
}

export function toApplicationView(
  deps: AppDeps,
  order: WorkOrderRow,
  a: repo.ApplicationRow,
  actor: Actor,
): LegalAidApplicationView {
  return {
    workOrderId: order.id,
    code: order.code,
    status: order.status as WorkOrderStatus,
    channel: order.channel,
    divisionCode: order.divisionCode,
    divisionName: order.divisionName,
    applicant: {
      name: order.citizenName,
      phoneMasked: order.citizenPhoneCipher ? maskPhone(deps.cipher.decrypt(order.citizenPhoneCipher)) : null,
    },
    description: order.description,
    householdSize: a.householdSize,
    monthlyHouseholdIncomeFen: a.monthlyHouseholdIncomeFen,
    assetsFen: a.assetsFen,
    matterCategory: a.matterCategory,
    exemptions: a.exemptions,
    appointmentGrounds: a.appointmentGrounds,
    opposingParty: a.opposingPartyCipher ? deps.cipher.decrypt(a.opposingPartyCipher) : null,
    documents: a.documents as LegalAidDocumentKind[],
    eligibility: a.eligibility as EligibilityResultView,
    receivedAt: a.receivedAt.toISOString(),
    reviewBy: a.reviewBy.toISOString(),
    decision:
      a.decision && a.decidedAt && a.letterNumber
        ? {
            decision: a.decision,
            reasons: a.decisionReasons,
            decidedAt: a.decidedAt.toISOString(),
            decidedByName: a.decidedByName,
            letterNumber: a.letterNumber,
          }
        : null,
    objection:
      a.objectionReason && a.objectedAt && a.objectionAnswerBy
        ? {
            reason: a.objectionReason,
            at: a.objectedAt.toISOString(),
            by: a.objectionActorKind ?? 'staff',
            answerBy: a.objectionAnswerBy.toISOString(),
            answer: a.objectionAnswer,
            answerReasons: a.objectionAnswerReasons,
            answeredAt: a.objectionAnsweredAt?.toISOString() ?? null,
          }
        : null,
    version: a.version,
    actions: actionsFor(a, actor),
  };
}

export async function getApplication(deps: AppDeps, actor: Actor, workOrderId: number) {
  const { order, application } = await load(deps, actor, workOrderId);
  return toApplicationView(deps, order, application, actor);
}

const conflict = (detail: string) => new AppError('conflict', detail);

/** Numbers a letter and writes it, retrying once when a concurrent decision took the number. */
async function withLetterNumber<T>(deps: AppDeps, at: Date, write: (year: number, sequence: number) => Promise<T>) {
  const year = Number(shanghaiDateOf(at).slice(0, 4));
  for (let attempt = 0; ; attempt += 1) {
    const sequence = await repo.nextLetterSequence(deps.db, year);
    try {
      return await write(year, sequence);
    } catch (error) {
      const constraint = String((error as { constraint?: string }).constraint ?? error);
      if (attempt < 2 && /legal_aid_application_letter_key/.test(constraint)) continue;
      throw error;
    }
  }
}

export const letterPrefix = '济法援决';

const numberOf = (year: number, sequence: number) => formatDecisionNumber(letterPrefix, year, sequence);

interface EventInput {
  order: WorkOrderRow;
  action: string;
  actorId: number | null;
  actorKind: 'staff' | 'citizen';
  reason: string | null;
  detail: Record<string, unknown>;
  at: Date;
}

function recordEvent(db: Kysely<Database>, e: EventInput) {
  return recordWorkOrderEvents(db, [
    {
      workOrderId: e.order.id,
      action: e.action,
      fromStatus: e.order.status,
      toStatus: e.order.status,
      actorId: e.actorId,
      actorKind: e.actorKind,
      reason: e.reason,
      detail: JSON.stringify(e.detail),
      at: e.at,
    },
  ]);
}

/** Grant or refuse (art. 43); a refusal states its reasons. Audited, and an event on the order. */
export async function decide(
  deps: AppDeps,
  actor: Actor,
  workOrderId: number,
  input: LegalAidDecisionInput,
  ip: string,
): Promise<LegalAidApplicationView> {
  const { order, application } = await load(deps, actor, workOrderId);
  if (!hasPermission(actor.roles, 'legal_aid.decide')) throw forbidden();
  if (application.decision)
    throw conflict(`The application was already decided (${application.decision}, ${application.letterNumber}).`);
  if (input.decision === 'refuse' && !input.reasons)
    throw fieldError('body.reasons', 'a refusal must give its reasons', 'required');
  if (input.version !== application.version) throw versionConflict();
  const now = deps.clock();
  await withLetterNumber(deps, now, (year, sequence) =>
    deps.db.transaction().execute(async (trx) => {
      const letterNumber = numberOf(year, sequence);
      const written = await repo.updateApplication(trx, workOrderId, input.version, {
        decision: input.decision,
        decisionReasons: input.reasons ?? null,
        decidedBy: actor.userId,
        decidedAt: now,
        letterYear: year,
        letterSequence: sequence,
        letterNumber,
      });
      if (!written) throw versionConflict();
      await recordEvent(trx, {
        order,
        action: 'legal_aid_decision',
        actorId: actor.userId,
        actorKind: 'staff',
        reason: input.reasons ?? null,
        detail: { decision: input.decision, letterNumber },
        at: now,
      });
      await recordAudit(trx, {
        actorId: actor.userId,
        action: `legal_aid.${input.decision}`,
        entityType: 'legal_aid_application',
        entityId: workOrderId,
        divisionCode: order.divisionCode,
        detail: { letterNumber, reasons: input.reasons ?? null, eligibility: application.eligibilityResult },
        ip,
      });
    }),
  );
  return getApplication(deps, actor, workOrderId);
}

async function writeObjection(
  deps: AppDeps,
  order: WorkOrderRow,
  application: repo.ApplicationRow,
  reason: string,
  who: { actorId: number | null; actorKind: 'staff' | 'citizen' },
) {
  if (application.decision !== 'refuse') throw conflict('Only a refusal can be objected to.');
  if (application.objectedAt) throw conflict('An objection to this refusal was already lodged.');
  const now = deps.clock();
  const answerBy = objectionAnswerDeadline(now, await loadCalendarOverrides(deps.db));
  await deps.db.transaction().execute(async (trx) => {
    const written = await repo.updateApplication(trx, order.id, application.version, {
      objectionReason: reason,
      objectedAt: now,
      objectionActorKind: who.actorKind,
      objectionAnswerBy: answerBy,
    });
    if (!written) throw versionConflict();
    await recordEvent(trx, {
      order,
      action: 'legal_aid_objection',
      ...who,
      reason,
      detail: { answerBy: answerBy.toISOString() },
      at: now,
    });
  });
  return answerBy;
}

/** Staff record an objection the applicant made at the window or by phone (art. 49). */
export async function objectStaff(deps: AppDeps, actor: Actor, workOrderId: number, reason: string) {
  const { order, application } = await load(deps, actor, workOrderId);
  await writeObjection(deps, order, application, reason, { actorId: actor.userId, actorKind: 'staff' });
  return getApplication(deps, actor, workOrderId);
}

/** The applicant objects on the portal with the tracking code and the phone number. */
export async function objectPublic(deps: AppDeps, code: string, phone: string, reason: string) {
  const order = await findPublicWorkOrder(deps, code, phone);
  const application = await repo.findApplication(deps.db, order.id);
  if (!application) throw notFound('legal-aid application');
  const answerBy = await writeObjection(deps, order, application, reason, { actorId: null, actorKind: 'citizen' });
  return { code: order.code, answerBy: answerBy.toISOString() };
}

/** The bureau's answer to an objection: uphold the refusal, or overturn it into a grant with a new letter. */
export async function answerObjection(
  deps: AppDeps,
  actor: Actor,
  workOrderId: number,
  input: ObjectionAnswerInput,
  ip: string,
): Promise<LegalAidApplicationView> {
  const { order, application } = await load(deps, actor, workOrderId);
  if (!hasPermission(actor.roles, 'legal_aid.decide')) throw forbidden();
  if (!application.objectedAt) throw conflict('There is no objection to answer.');
  if (application.objectionAnswer) throw conflict('The objection was already answered.');
  if (input.version !== application.version) throw versionConflict();
  const now = deps.clock();
  const write = (letter?: { year: number; sequence: number }) =>
    deps.db.transaction().execute(async (trx) => {
      const letterNumber = letter ? numberOf(letter.year, letter.sequence) : null;
      const written = await repo.updateApplication(trx, workOrderId, input.version, {
        objectionAnswer: input.answer,
        objectionAnswerReasons: input.reasons,
        objectionAnsweredBy: actor.userId,
        objectionAnsweredAt: now,
        ...(letter && {
          decision: 'grant' as const,
          decisionReasons: input.reasons,
          decidedBy: actor.userId,
          decidedAt: now,
          letterYear: letter.year,
          letterSequence: letter.sequence,
          letterNumber,
        }),
      });
      if (!written) throw versionConflict();
      await recordEvent(trx, {
        order,
        action: 'legal_aid_objection_answer',
        actorId: actor.userId,
        actorKind: 'staff',
        reason: input.reasons,
        detail: { answer: input.answer, ...(letterNumber && { letterNumber }) },
        at: now,
      });
      await recordAudit(trx, {
        actorId: actor.userId,
        action: `legal_aid.objection_${input.answer}`,
        entityType: 'legal_aid_application',
        entityId: workOrderId,
        divisionCode: order.divisionCode,
        detail: {
          reasons: input.reasons,
          refusedWith: application.letterNumber,
          ...(letterNumber && { letterNumber }),
          onTime: now < (application.objectionAnswerBy ?? now),
        },
        ip,
      });
    });
  if (input.answer === 'overturn') await withLetterNumber(deps, now, (year, sequence) => write({ year, sequence }));
  else await write();
  return getApplication(deps, actor, workOrderId);
}

/** The decided application, for its letter. */
export async function loadDecided(deps: AppDeps, actor: Actor, workOrderId: number) {
  const { order, application } = await load(deps, actor, workOrderId);
  if (!application.decision) throw conflict('The application has not been decided yet: there is no letter.');
  return { order, application };
}
