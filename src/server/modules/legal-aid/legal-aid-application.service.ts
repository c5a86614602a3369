import {
  type ApplicationAction,
  type LegalAidDocumentKind,
  nextApplicationActions,
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
  PublicLegalAidApplication,
  PublicLegalAidApplicationResult,
} from '../../../shared/schemas/legal-aid-application.schema';
import type { EligibilityResultView } from '../../../shared/schemas/legal-aid-eligibility.schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { fieldError, notFound } from '../../http/app-error';
import { loadCalendarOverrides } from '../calendar/calendar.service';
import type { WorkOrderRow } from '../work-order/work-order.repository';
import {
  createPublicWorkOrder,
  createWorkOrder,
  loadWorkOrder,
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

/** The application of an order in the actor's scope (404 when the order has none). */
export async function loadApplication(deps: AppDeps, actor: Actor, workOrderId: number) {
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
  const { order, application } = await loadApplication(deps, actor, workOrderId);
  return toApplicationView(deps, order, application, actor);
}
