import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  actionPermission,
  legalActions,
  nextStatus,
  type WorkOrderAction,
  type WorkOrderStatus,
  workOrderActions,
  workOrderMoves,
  workOrderStatuses,
} from './work-order.lifecycle';

const cases: [WorkOrderStatus, WorkOrderAction, WorkOrderStatus | undefined][] = [
  ['received', 'answer', 'answered'],
  ['received', 'dispatch', 'dispatched'],
  ['received', 'accept', undefined],
  ['received', 'resolve', undefined],
  ['dispatched', 'accept', 'accepted'],
  ['dispatched', 'return', 'returned'],
  ['dispatched', 'transfer', 'dispatched'],
  ['dispatched', 'dispatch', undefined],
  ['dispatched', 'resolve', undefined],
  ['accepted', 'start', 'in_progress'],
  ['accepted', 'resolve', 'resolved'],
  ['accepted', 'request_extension', 'accepted'],
  ['accepted', 'accept', undefined],
  ['returned', 'dispatch', 'dispatched'],
  ['returned', 'accept', undefined],
  ['in_progress', 'resolve', 'resolved'],
  ['in_progress', 'supervise', 'in_progress'],
  ['in_progress', 'approve_extension', 'in_progress'],
  ['in_progress', 'start', undefined],
  ['resolved', 'follow_up', 'resolved'],
  ['resolved', 'reopen', 'dispatched'],
  ['resolved', 'close', 'closed'],
  ['resolved', 'supervise', undefined],
  ['answered', 'reopen', 'received'],
  ['answered', 'close', 'closed'],
  ['answered', 'dispatch', undefined],
  ['closed', 'note', undefined],
  ['closed', 'reopen', undefined],
];

for (const [from, action, to] of cases) {
  test(`${from} --${action}--> ${to ?? 'refused'}`, () => {
    assert.equal(nextStatus(from, action), to);
  });
}

test('a closed order takes no action at all', () => {
  assert.deepEqual(legalActions('closed'), []);
});

test('every status but closed can be left, and every action is legal somewhere and has a permission', () => {
  for (const status of workOrderStatuses.filter((s) => s !== 'closed')) assert.ok(legalActions(status).length > 0);
  for (const action of workOrderActions) {
    assert.ok(
      workOrderMoves.some((m) => m.action === action),
      `${action} has a move`,
    );
    assert.ok(actionPermission[action], `${action} has a permission`);
  }
});

test('the table names each (from, action) once, so the next status is never ambiguous', () => {
  const keys = workOrderMoves.map((m) => `${m.from}:${m.action}`);
  assert.equal(new Set(keys).size, keys.length);
});

test('legal actions come in table order', () => {
  assert.deepEqual(legalActions('received'), ['answer', 'dispatch', 'supervise', 'remind', 'note']);
});
