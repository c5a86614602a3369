import type { Selectable } from 'kysely';
import { maskPhone } from '../../../shared/domain/mask';
import { duplicateScore, duplicateThreshold, duplicateWindowDays } from '../../../shared/domain/work-order.duplicate';
import type {
  CurrentCall,
  DuplicateCandidate,
  HotlineCall,
  IncomingCall,
  ScreenPop,
} from '../../../shared/schemas/hotline.schema';
import type { CreateWorkOrder, WorkOrder } from '../../../shared/schemas/work-order.schema';
import type { HotlineCallTable } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { AppError, fieldError, notFound } from '../../http/app-error';
import { loadSegmenter } from '../knowledge/knowledge.segmenter';
import {
  createWorkOrder,
  findCitizenByPhone,
  getWorkOrder,
  listOrdersOfCitizen,
  listRecentOpenMatters,
} from '../work-order/work-order.service';
import * as repo from './hotline.repository';

function toCall(deps: AppDeps, row: Selectable<HotlineCallTable>): HotlineCall {
  return {
    id: row.id,
    line: row.line,
    callerMasked: maskPhone(deps.cipher.decrypt(row.callerPhoneCipher)),
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    durationSeconds: row.durationSeconds,
    workOrderId: row.workOrderId,
  };
}

/** An incoming call: record it against the agent and pop up who is calling and what they asked before. */
export async function receiveCall(deps: AppDeps, actor: Actor, input: IncomingCall): Promise<ScreenPop> {
  const citizen = await findCitizenByPhone(deps, input.callerNumber);
  const call = await repo.insertCall(deps.db, {
    line: input.line,
    callerPhoneCipher: deps.cipher.encrypt(input.callerNumber),
    callerPhoneHash: deps.cipher.lookupHash(input.callerNumber),
    citizenId: citizen?.id ?? null,
    agentId: actor.userId,
    startedAt: input.startedAt ? new Date(input.startedAt) : deps.clock(),
  });
  return screenPop(deps, actor, call, input.callerNumber, citizen);
}

async function screenPop(
  deps: AppDeps,
  actor: Actor,
  call: Selectable<HotlineCallTable>,
  callerNumber: string,
  citizen: { id: number; name: string | null } | undefined,
): Promise<ScreenPop> {
  return {
    call: toCall(deps, call),
    citizen: citizen ? { id: citizen.id, name: citizen.name, phoneMasked: maskPhone(callerNumber) } : null,
    recentOrders: citizen ? await listOrdersOfCitizen(deps, actor, citizen.id) : [],
  };
}

/** A call longer than this is not "still on the line" but a console closed without hanging up. */
const longestCallHours = 12;

/**
 * The agent's call still on the line, with its screen-pop: a console reloaded mid-call resumes
 * it, and a call a phone system posted in the agent's session pops up. The full number goes
 * back only to the agent who took the call: they heard it, and the order form starts with it.
 */
export async function currentCall(deps: AppDeps, actor: Actor): Promise<CurrentCall> {
  const since = new Date(deps.clock().getTime() - longestCallHours * 3_600_000);
  const call = await repo.findOpenCallOfAgent(deps.db, actor.userId, since);
  if (!call) return { call: null };
  const callerNumber = deps.cipher.decrypt(call.callerPhoneCipher);
  const citizen = await findCitizenByPhone(deps, callerNumber);
  return { call: { pop: await screenPop(deps, actor, call, callerNumber, citizen), callerNumber } };
}

async function callOfAgent(deps: AppDeps, actor: Actor, id: number) {
  const call = await repo.findCallOfAgent(deps.db, id, actor.userId);
  if (!call) throw notFound('call');
  return call;
}

export async function getCall(deps: AppDeps, actor: Actor, id: number): Promise<HotlineCall> {
  return toCall(deps, await callOfAgent(deps, actor, id));
}

/** Hanging up records the duration; a call ends once. */
export async function endCall(deps: AppDeps, actor: Actor, id: number, endedAt?: string): Promise<HotlineCall> {
  const call = await callOfAgent(deps, actor, id);
  const end = endedAt ? new Date(endedAt) : deps.clock();
  if (end < call.startedAt) throw fieldError('body.endedAt', 'must not be before the call started', 'before_start');
  const seconds = Math.round((end.getTime() - call.startedAt.getTime()) / 1000);
  const ended = await repo.endCall(deps.db, id, end, seconds);
  if (!ended) throw new AppError('conflict', 'This call has already ended.');
  return toCall(deps, ended);
}

/** The order an agent records for a call, linked to it in the same transaction. */
export async function recordOrderForCall(
  deps: AppDeps,
  actor: Actor,
  callId: number,
  input: CreateWorkOrder,
): Promise<WorkOrder> {
  const call = await callOfAgent(deps, actor, callId);
  if (call.workOrderId) throw new AppError('conflict', 'This call already has its work order.');
  // The phone on the order may differ from the caller's: people call for a parent or a neighbour.
  return createWorkOrder(deps, actor, { ...input, channel: 'hotline' }, async (trx, workOrderId) => {
    if (!(await repo.linkCall(trx, callId, actor.userId, workOrderId)))
      throw new AppError('conflict', 'This call already has its work order.');
  });
}

/** The same caller's open matters of the last 30 days that read like this one. */
export async function findDuplicates(
  deps: AppDeps,
  actor: Actor,
  query: { phone: string; kind: string; description: string },
): Promise<DuplicateCandidate[]> {
  const citizen = await findCitizenByPhone(deps, query.phone);
  if (!citizen) return [];
  const since = new Date(deps.clock().getTime() - duplicateWindowDays * 86_400_000);
  const open = await listRecentOpenMatters(deps, actor, citizen.id, since);
  if (open.length === 0) return [];
  const segmenter = await loadSegmenter();
  const matter = { tokens: segmenter.tokenize(query.description), kind: query.kind };
  const scored = open
    .map((o) => ({
      id: o.id,
      score: duplicateScore({ tokens: segmenter.tokenize(o.description), kind: o.kind }, matter),
    }))
    .filter((o) => o.score >= duplicateThreshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
  return Promise.all(scored.map(async (s) => ({ order: await getWorkOrder(deps, actor, s.id), score: s.score })));
}
