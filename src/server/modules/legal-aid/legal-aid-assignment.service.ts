import { shanghaiDateOf } from '../../../shared/domain/calendar';
import {
  type AidCandidate,
  type AidHandlerKind,
  aidHandlerKindNamesZh,
  lawyerShare,
  nonLawyerOutlook,
  pickAssignee,
} from '../../../shared/domain/legal-aid.assignment';
import { type MatterKind, statutoryMatterCategories } from '../../../shared/domain/legal-aid.catalogue';
import { type ConflictOpenCase, type ConflictResult, checkConflict } from '../../../shared/domain/legal-aid.conflict';
import type { WorkOrderStatus } from '../../../shared/domain/work-order.lifecycle';
import type {
  AssignmentCandidates,
  AssignmentCandidateView,
  LegalAidAssignmentInput,
} from '../../../shared/schemas/legal-aid-assignment.schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { AppError, fieldError, notFound, versionConflict } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import { applyAction } from '../work-order/work-order.action';
import { loadWorkOrder } from '../work-order/work-order.service';
import * as applications from './legal-aid-application.repository';
import * as repo from './legal-aid-assignment.repository';

/** Criminal matters are the statutory criminal categories; every other category is civil or administrative. */
function matterKindOf(category: string): MatterKind {
  const statutory = statutoryMatterCategories.find((c) => c.code === category);
  return statutory?.kind === 'criminal' ? 'criminal' : 'civil';
}

/** The county (区县) an order's division belongs to: the aid pool is kept per county. */
const countyOf = (divisionCode: string) => `${divisionCode.slice(0, 6)}000000`;

const conflict = (detail: string, extra?: Record<string, unknown>) =>
  new AppError('conflict', detail, undefined, extra);

async function load(deps: AppDeps, actor: Actor, workOrderId: number) {
  const order = await loadWorkOrder(deps, actor, workOrderId);
  const application = await applications.findApplication(deps.db, workOrderId);
  if (!application) throw notFound('legal-aid application');
  return { order, application };
}

type Loaded = Awaited<ReturnType<typeof load>>;

interface Evaluation {
  view: AssignmentCandidates;
  pool: repo.PoolRow[];
  conflicts: Map<number, ConflictResult>;
  currentId: number | null;
}

/** The pool of the order's county, each member's conflict check and the rotation's pick. */
async function evaluate(deps: AppDeps, { order, application }: Loaded): Promise<Evaluation> {
  const now = deps.clock();
  const matterKind = matterKindOf(application.matterCategory);
  const pool = await repo.listPool(deps.db, countyOf(order.divisionCode));
  const onDuty = await repo.listOnDuty(deps.db, shanghaiDateOf(now));
  const organizationIds = [...new Set(pool.flatMap((p) => (p.organizationId === null ? [] : [p.organizationId])))];
  const open = await repo.listOpenCases(
    deps.db,
    pool.map((p) => p.professionalId),
    organizationIds,
    order.id,
  );
  // Decrypted in memory only, for the check: the opposing parties and the clients' ID numbers.
  const cases = open.map((c) => ({
    professionalId: c.professionalId,
    organizationId: c.organizationId,
    case: {
      caseRef: c.code,
      client: { name: c.clientName ?? '', idNumber: c.clientIdCipher ? deps.cipher.decrypt(c.clientIdCipher) : null },
      opposingParty: c.opposingPartyCipher ? { name: deps.cipher.decrypt(c.opposingPartyCipher) } : null,
      handlerName: c.handlerName,
    } satisfies ConflictOpenCase,
  }));
  const opposing = application.opposingPartyCipher ? deps.cipher.decrypt(application.opposingPartyCipher) : null;
  const applicant = order.citizenName ? { name: order.citizenName } : undefined;
  const conflicts = new Map<number, ConflictResult>();
  for (const p of pool) {
    const candidateCases = cases.filter((c) => c.professionalId === p.professionalId).map((c) => c.case);
    const firmCases =
      p.organizationId === null ? [] : cases.filter((c) => c.organizationId === p.organizationId).map((c) => c.case);
    conflicts.set(
      p.professionalId,
      checkConflict({
        // Without an opposing party only the applicant side can clash.
        opposingParty: { name: opposing ?? '' },
        applicant,
        candidateCases,
        firmCases,
      }),
    );
  }
  const aidCandidates: AidCandidate[] = pool.map((p) => ({
    id: p.professionalId,
    name: p.name,
    kind: p.kind as AidHandlerKind,
    openCases: p.openCases ?? 0,
    lastAssignedAt: p.lastAssignedAt ? new Date(p.lastAssignedAt) : null,
    // A member without an organisation cannot receive the order.
    available: p.isActive && p.organizationId !== null,
    onDuty: onDuty.has(p.professionalId),
  }));
  const decision = pickAssignee({ matterKind, candidates: aidCandidates, conflicts });
  const skipped = new Map(decision.skipped.map((s) => [s.id, s]));

  const year = Number(shanghaiDateOf(now).slice(0, 4));
  const kinds = await repo.listHandlerKinds(
    deps.db,
    new Date(`${year}-01-01T00:00:00+08:00`),
    new Date(`${year + 1}-01-01T00:00:00+08:00`),
  );
  const periodCases = kinds.map((k) => ({ handlerKind: k.handlerKind as AidHandlerKind }));
  const outlook = nonLawyerOutlook(periodCases);
  const current = await repo.findCurrent(deps.db, order.id);

  const candidates: AssignmentCandidateView[] = pool.map((p, i) => {
    const c = aidCandidates[i] as AidCandidate;
    const skip = skipped.get(p.professionalId);
    const details = skip
      ? p.organizationId === null && skip.reason === 'unavailable'
        ? [`${p.name}未登记所属机构，无法接收指派。`]
        : skip.details
      : [];
    return {
      professionalId: p.professionalId,
      name: p.name,
      kind: c.kind,
      organizationId: p.organizationId,
      organizationName: p.organizationName,
      openCases: c.openCases,
      lastAssignedAt: c.lastAssignedAt?.toISOString() ?? null,
      onDuty: c.onDuty,
      eligible: !skip,
      skipReason: skip?.reason ?? null,
      details,
      conflicts: conflicts.get(p.professionalId)?.hits ?? [],
      hasAccount: p.userId !== null,
    };
  });
  const chosen = candidates.find((c) => c.professionalId === decision.handlerId);
  const view: AssignmentCandidates = {
    workOrderId: order.id,
    matterKind,
    assignable: application.decision === 'grant',
    candidates,
    suggestion:
      chosen && decision.via
        ? {
            professionalId: chosen.professionalId,
            via: decision.via,
            explanation:
              decision.via === 'duty'
                ? `刑事案件，优先指派当日值班律师${chosen.name}（在办援助案件 ${chosen.openCases} 件）。`
                : `按轮流指派：${chosen.name}（${aidHandlerKindNamesZh[chosen.kind]}）在办援助案件最少（${chosen.openCases} 件）${
                    chosen.lastAssignedAt ? '，且距上次指派最久' : '，且尚未被指派过'
                  }。`,
          }
        : null,
    lawyerShare: lawyerShare(periodCases),
    nonLawyerOutlook: {
      keepsTarget: outlook.keepsTarget,
      after: outlook.after,
      headroom: Number.isFinite(outlook.headroom) ? outlook.headroom : null,
    },
    current: current
      ? {
          professionalId: current.professionalId,
          name: current.name,
          kind: current.handlerKind as AidHandlerKind,
          organizationId: current.organizationId,
          organizationName: current.organizationName,
          via: current.via as 'duty' | 'rotation' | 'manual',
          assignedAt: current.assignedAt.toISOString(),
          assignedByName: current.assignedByName,
        }
      : null,
    version: application.version,
  };
  return { view, pool, conflicts, currentId: current?.id ?? null };
}

/** The candidates for a case in the actor's scope (404 outside it). */
export async function getCandidates(deps: AppDeps, actor: Actor, workOrderId: number): Promise<AssignmentCandidates> {
  return (await evaluate(deps, await load(deps, actor, workOrderId))).view;
}

/**
 * Assigns a granted case: the chosen member, or the rotation's pick. A member the rotation would
 * skip (conflict, not a lawyer on a criminal case, unavailable) is refused with the reasons.
 * The order goes to the handler's organisation (dispatch, or transfer when it is already out)
 * with their account as assignee; then the assignment row and the audit entry.
 */
export async function assign(
  deps: AppDeps,
  actor: Actor,
  workOrderId: number,
  input: LegalAidAssignmentInput,
  ip: string,
): Promise<AssignmentCandidates> {
  const loaded = await load(deps, actor, workOrderId);
  const { order, application } = loaded;
  if (application.decision !== 'grant')
    throw conflict('Only a granted application is assigned: this one is not granted.');
  if (input.version !== application.version) throw versionConflict();
  const { view, pool, conflicts, currentId } = await evaluate(deps, loaded);
  let chosen: AssignmentCandidateView;
  let via: 'duty' | 'rotation' | 'manual';
  if (input.professionalId === undefined) {
    const pick = view.candidates.find((c) => c.professionalId === view.suggestion?.professionalId);
    if (!pick || !view.suggestion)
      throw conflict('Nobody in the aid pool can take this case.', {
        skipped: view.candidates.map((c) => ({ professionalId: c.professionalId, details: c.details })),
      });
    chosen = pick;
    via = view.suggestion.via;
  } else {
    const pick = view.candidates.find((c) => c.professionalId === input.professionalId);
    if (!pick) throw fieldError('body.professionalId', "not in the aid pool of the case's county", 'not_found');
    if (!pick.eligible)
      throw conflict(`${pick.name} cannot take this case: ${pick.details.join(' ')}`, {
        reason: pick.skipReason,
        reasons: pick.details,
      });
    chosen = pick;
    via = view.suggestion?.professionalId === pick.professionalId ? view.suggestion.via : 'manual';
  }
  const member = pool.find((p) => p.professionalId === chosen.professionalId) as repo.PoolRow;
  const organizationId = member.organizationId as number;
  const status = order.status as WorkOrderStatus;
  const action = status === 'received' || status === 'returned' ? 'dispatch' : 'transfer';
  const now = deps.clock();
  const hits = [...conflicts].flatMap(([id, r]) => r.hits.map((h) => ({ professionalId: id, ...h })));
  // The dispatch and the assignment it carries out are one transaction: both or neither.
  await applyAction(
    deps,
    order,
    {
      action,
      organizationId,
      assigneeId: member.userId ?? undefined,
      reason: `法律援助指派：${chosen.name}`,
      version: order.version,
    },
    { actorId: actor.userId, actorKind: 'staff' },
    { routing: 'legal_aid_assignment', via, professionalId: chosen.professionalId },
    async (trx) => {
      if (!(await applications.updateApplication(trx, workOrderId, application.version, {}))) throw versionConflict();
      if (currentId !== null) await repo.endAssignment(trx, currentId, now);
      const { id } = await repo.insertAssignment(trx, {
        workOrderId,
        professionalId: chosen.professionalId,
        organizationId,
        handlerKind: chosen.kind,
        assigneeUserId: member.userId ?? null,
        via,
        conflictHits: JSON.stringify(hits),
        assignedAt: now,
        assignedBy: actor.userId,
      });
      await recordAudit(trx, {
        actorId: actor.userId,
        action: 'legal_aid.assign',
        entityType: 'legal_aid_application',
        entityId: workOrderId,
        divisionCode: order.divisionCode,
        detail: {
          assignmentId: id,
          professionalId: chosen.professionalId,
          organizationId,
          via,
          suggested: view.suggestion?.professionalId ?? null,
          conflictsConsidered: hits.length,
          replaced: currentId,
        },
        ip,
      });
    },
  );
  return getCandidates(deps, actor, workOrderId);
}
