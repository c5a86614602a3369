import type { Kysely } from 'kysely';
import { shanghaiDateOf } from '../../../shared/domain/calendar';
import { formatDecisionNumber, objectionAnswerDeadline } from '../../../shared/domain/legal-aid.application';
import { hasPermission } from '../../../shared/domain/role';
import type {
  LegalAidApplicationView,
  LegalAidDecisionInput,
  ObjectionAnswerInput,
} from '../../../shared/schemas/legal-aid-application.schema';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { AppError, fieldError, forbidden, notFound, versionConflict } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import { loadCalendarOverrides } from '../calendar/calendar.service';
import type { WorkOrderRow } from '../work-order/work-order.repository';
import { findPublicWorkOrder, recordWorkOrderEvents } from '../work-order/work-order.service';
import * as repo from './legal-aid-application.repository';
import { getApplication, loadApplication } from './legal-aid-application.service';

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
  const { order, application } = await loadApplication(deps, actor, workOrderId);
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
  const { order, application } = await loadApplication(deps, actor, workOrderId);
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
  const { order, application } = await loadApplication(deps, actor, workOrderId);
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
  const { order, application } = await loadApplication(deps, actor, workOrderId);
  if (!application.decision) throw conflict('The application has not been decided yet: there is no letter.');
  return { order, application };
}
