import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CalendarOverrides } from './calendar';
import {
  type ApplicationState,
  decisionLetterTitle,
  formatDecisionNumber,
  nextApplicationActions,
  objectionAnswerDeadline,
  reviewDeadline,
} from './legal-aid.application';

const overrides = (days: Record<string, 'holiday' | 'workday'>): CalendarOverrides => ({ get: (d) => days[d] });
const none = overrides({});
// 2026 National Day: 10-01..10-07 holidays, 10-10 (Saturday) a make-up workday (illustrative).
const nationalDay = overrides({
  '2026-10-01': 'holiday',
  '2026-10-02': 'holiday',
  '2026-10-05': 'holiday',
  '2026-10-06': 'holiday',
  '2026-10-07': 'holiday',
  '2026-10-08': 'holiday',
  '2026-10-10': 'workday',
});
const shanghai = (local: string) => new Date(`${local}+08:00`);

describe('reviewDeadline: seven calendar days, the last day moved to a working day', () => {
  const cases: [string, Date, CalendarOverrides, string][] = [
    ['received Monday: the next Monday ends it', shanghai('2026-06-01T10:00:00'), none, '2026-06-09T00:00:00+08:00'],
    [
      'received late at night: the day is still not counted',
      shanghai('2026-06-01T23:59:59'),
      none,
      '2026-06-09T00:00:00+08:00',
    ],
    ['received just after midnight: one day later', shanghai('2026-06-02T00:00:00'), none, '2026-06-10T00:00:00+08:00'],
    ['the seventh day a Saturday: Monday', shanghai('2026-06-06T09:00:00'), none, '2026-06-16T00:00:00+08:00'],
    ['the seventh day a Sunday: Monday', shanghai('2026-06-07T09:00:00'), none, '2026-06-16T00:00:00+08:00'],
    [
      'the seventh day in a holiday: the first working day after',
      shanghai('2026-09-29T09:00:00'),
      nationalDay,
      '2026-10-10T00:00:00+08:00',
    ],
    [
      'a make-up workday can be the last day',
      shanghai('2026-10-03T09:00:00'),
      nationalDay,
      '2026-10-11T00:00:00+08:00',
    ],
  ];
  for (const [name, at, cal, expected] of cases)
    test(name, () => assert.equal(reviewDeadline(at, cal).toISOString(), new Date(expected).toISOString()));
});

describe('objectionAnswerDeadline: five working days', () => {
  const cases: [string, Date, CalendarOverrides, string][] = [
    ['lodged Monday: the next Monday', shanghai('2026-06-01T10:00:00'), none, '2026-06-09T00:00:00+08:00'],
    ['lodged Friday: the next Friday', shanghai('2026-06-05T16:00:00'), none, '2026-06-13T00:00:00+08:00'],
    [
      'lodged on a Saturday: the count starts Monday',
      shanghai('2026-06-06T10:00:00'),
      none,
      '2026-06-13T00:00:00+08:00',
    ],
    [
      'across the holiday and its make-up day',
      shanghai('2026-09-30T10:00:00'),
      nationalDay,
      '2026-10-15T00:00:00+08:00',
    ],
  ];
  for (const [name, at, cal, expected] of cases)
    test(name, () => assert.equal(objectionAnswerDeadline(at, cal).toISOString(), new Date(expected).toISOString()));
});

describe('nextApplicationActions', () => {
  const cases: [ApplicationState, string[]][] = [
    [{ decision: null, objected: false, objectionAnswer: null }, ['decide']],
    [{ decision: 'grant', objected: false, objectionAnswer: null }, []],
    [{ decision: 'refuse', objected: false, objectionAnswer: null }, ['object']],
    [{ decision: 'refuse', objected: true, objectionAnswer: null }, ['answer_objection']],
    [{ decision: 'refuse', objected: true, objectionAnswer: 'uphold' }, []],
    [{ decision: 'grant', objected: true, objectionAnswer: 'overturn' }, []],
  ];
  for (const [state, expected] of cases)
    test(JSON.stringify(state), () => assert.deepEqual(nextApplicationActions(state), expected));
});

describe('formatDecisionNumber and the title', () => {
  const cases: [string, number, number, string][] = [
    ['济法援决', 2026, 12, '济法援决〔2026〕第12号'],
    ['济法援决', 2027, 1, '济法援决〔2027〕第1号'],
  ];
  for (const [prefix, year, seq, expected] of cases)
    test(expected, () => assert.equal(formatDecisionNumber(prefix, year, seq), expected));
  test('a sequence of 0 is refused', () => assert.throws(() => formatDecisionNumber('济法援决', 2026, 0), RangeError));
  test('titles', () => {
    assert.equal(decisionLetterTitle('grant'), '给予法律援助决定书');
    assert.equal(decisionLetterTitle('refuse'), '不予法律援助决定书');
  });
});
