import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addWorkingDays,
  type CalendarDayKind,
  isCalendarDate,
  isWorkingDay,
  nextOfficeTime,
  noOverrides,
  shanghaiDateOf,
  startOfShanghaiDay,
  workingDaysBetween,
} from './calendar';

/** Every day from `from` to `to`, inclusive (UTC date arithmetic, independent of the code under test). */
function range(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

// The State Council's 2026 arrangement (国办发明电〔2025〕7号), as in db/seeds/calendar.
const holidays2026 = [
  ...range('2026-01-01', '2026-01-03'),
  ...range('2026-02-15', '2026-02-23'),
  ...range('2026-04-04', '2026-04-06'),
  ...range('2026-05-01', '2026-05-05'),
  ...range('2026-06-19', '2026-06-21'),
  ...range('2026-09-25', '2026-09-27'),
  ...range('2026-10-01', '2026-10-07'),
];
const workdays2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
const cn2026 = new Map<string, CalendarDayKind>([
  ...holidays2026.map((d): [string, CalendarDayKind] => [d, 'holiday']),
  ...workdays2026.map((d): [string, CalendarDayKind] => [d, 'workday']),
]);

/** An instant written in Shanghai local time. */
const at = (local: string) => new Date(`${local}+08:00`);
/** The deadline that ends the given working day: 24:00 of it, i.e. 00:00 Shanghai of the next day. */
const endOf = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000);

describe('isWorkingDay', () => {
  const cases: [string, boolean, string][] = [
    ['2026-02-13', true, 'Friday before the Spring Festival'],
    ['2026-02-14', true, 'make-up Saturday (调休上班)'],
    ['2026-02-15', false, 'Sunday inside the holiday'],
    ['2026-02-16', false, 'Monday inside the holiday'],
    ['2026-02-21', false, 'Saturday inside the holiday'],
    ['2026-02-23', false, 'last holiday day, a Monday'],
    ['2026-02-24', true, 'first working day after'],
    ['2026-02-28', true, 'second make-up Saturday'],
    ['2026-03-07', false, 'ordinary Saturday'],
    ['2026-03-08', false, 'ordinary Sunday'],
    ['2026-03-09', true, 'ordinary Monday'],
    ['2026-10-07', false, 'National Day week, Wednesday'],
    ['2026-10-10', true, 'National Day make-up Saturday'],
  ];
  for (const [date, expected, label] of cases) {
    test(`${date} ${label} → ${expected}`, () => assert.equal(isWorkingDay(date, cn2026), expected));
  }

  test('without overrides only weekends rest', () => {
    assert.equal(isWorkingDay('2026-02-16', noOverrides), true);
    assert.equal(isWorkingDay('2026-02-14', noOverrides), false);
  });

  test('a date that is not a real date is refused', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-2-1', '20260201', '']) {
      assert.equal(isCalendarDate(bad), false, bad);
      assert.throws(() => isWorkingDay(bad, cn2026), RangeError, bad);
    }
    assert.equal(isCalendarDate('2024-02-29'), true);
    assert.equal(isCalendarDate('2026-02-29'), false);
  });
});

describe('addWorkingDays (民法典 art. 201: the starting day is not counted; ends 24:00 of the last day)', () => {
  const cases: [string, Date, number, Date][] = [
    // The 2026 Spring Festival: holiday 02-15..02-23, make-up Saturdays 02-14 and 02-28.
    ['Friday start, next day is a make-up Saturday', at('2026-02-13T10:00:00'), 1, endOf('2026-02-14')],
    ['Friday start, second day jumps the holiday', at('2026-02-13T10:00:00'), 2, endOf('2026-02-24')],
    ['Thursday start, three days', at('2026-02-12T09:30:00'), 3, endOf('2026-02-24')],
    ['make-up Saturday start', at('2026-02-14T09:00:00'), 1, endOf('2026-02-24')],
    ['start inside the holiday, on its Saturday', at('2026-02-21T11:00:00'), 1, endOf('2026-02-24')],
    ['start on the last holiday day', at('2026-02-23T20:00:00'), 1, endOf('2026-02-24')],
    ['counts the second make-up Saturday', at('2026-02-24T08:00:00'), 4, endOf('2026-02-28')],
    ['after it, Sunday rests again', at('2026-02-24T08:00:00'), 5, endOf('2026-03-02')],
    // Ordinary weeks.
    ['ordinary Friday start', at('2026-03-06T17:00:00'), 1, endOf('2026-03-09')],
    ['ordinary Friday start, a week', at('2026-03-06T17:00:00'), 5, endOf('2026-03-13')],
    ['ordinary Saturday start', at('2026-03-07T10:00:00'), 1, endOf('2026-03-09')],
    ['ordinary Sunday start', at('2026-03-08T10:00:00'), 2, endOf('2026-03-10')],
    // National Day week: holiday 10-01..10-07, make-up Sunday 09-20 and Saturday 10-10.
    ['eve of National Day', at('2026-09-30T15:00:00'), 1, endOf('2026-10-08')],
    ['eve of National Day, into the make-up Saturday', at('2026-09-30T15:00:00'), 3, endOf('2026-10-10')],
    ['eve of National Day, past it', at('2026-09-30T15:00:00'), 4, endOf('2026-10-12')],
    ['Saturday before the make-up Sunday', at('2026-09-19T10:00:00'), 1, endOf('2026-09-20')],
    ['start inside National Day', at('2026-10-03T10:00:00'), 10, endOf('2026-10-20')],
    // n = 0: the starting day itself, working day or not.
    ['n = 0 on a working day', at('2026-02-13T10:00:00'), 0, endOf('2026-02-13')],
    ['n = 0 on a holiday', at('2026-02-16T10:00:00'), 0, endOf('2026-02-16')],
    // Large n: 2026 has 261 weekdays − 19 weekday holidays + 6 make-up days = 248 working days.
    ['the whole of 2026', at('2025-12-31T12:00:00'), 248, endOf('2026-12-31')],
    ['one past it (2027 has no overrides here)', at('2025-12-31T12:00:00'), 249, endOf('2027-01-01')],
    // Near midnight in Shanghai (16:00 UTC): the starting day is the Shanghai day.
    ['23:59:59.999 Friday counts as Friday', new Date('2026-02-13T15:59:59.999Z'), 1, endOf('2026-02-14')],
    ['00:00 Saturday counts as Saturday', new Date('2026-02-13T16:00:00.000Z'), 1, endOf('2026-02-24')],
    ['00:00:00.001 Monday', new Date('2026-03-08T16:00:00.001Z'), 1, endOf('2026-03-10')],
  ];
  for (const [label, start, n, expected] of cases) {
    test(`${label}: +${n}`, () => {
      const deadline = addWorkingDays(start, n, cn2026);
      assert.equal(deadline.toISOString(), expected.toISOString());
      // A deadline is always 00:00 in Shanghai, i.e. 16:00 UTC.
      assert.equal(deadline.getUTCHours(), 16);
      if (n > 0) assert.equal(workingDaysBetween(start, new Date(deadline.getTime() - 1), cn2026), n);
    });
  }

  test('the deadline instant is 16:00 UTC of the last working day', () => {
    assert.equal(addWorkingDays(at('2026-02-13T10:00:00'), 1, cn2026).toISOString(), '2026-02-14T16:00:00.000Z');
  });

  test('10,000 working days without overrides are exactly 2,000 weeks', () => {
    // From Monday 2024-01-01, 2,000 Tuesday-to-Monday weeks end on a Monday, 14,000 days later.
    const deadline = addWorkingDays(at('2024-01-01T12:00:00'), 10_000, noOverrides);
    const lastDay = new Date(Date.UTC(2024, 0, 1) + 14_000 * 86_400_000).toISOString().slice(0, 10);
    assert.equal(deadline.toISOString(), endOf(lastDay).toISOString());
  });

  test('refuses a negative or fractional count', () => {
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => addWorkingDays(at('2026-02-13T10:00:00'), n, cn2026), RangeError, String(n));
    }
  });
});

describe('workingDaysBetween (for reports)', () => {
  const cases: [string, Date, Date, number][] = [
    ['same day', at('2026-02-13T09:00:00'), at('2026-02-13T18:00:00'), 0],
    ['Friday to the make-up Saturday', at('2026-02-13T09:00:00'), at('2026-02-14T18:00:00'), 1],
    ['Friday to a holiday Monday', at('2026-02-13T09:00:00'), at('2026-02-23T18:00:00'), 1],
    ['across the Spring Festival', at('2026-02-13T09:00:00'), at('2026-02-24T09:00:00'), 2],
    ['backwards', at('2026-02-24T09:00:00'), at('2026-02-13T09:00:00'), -2],
    ['ordinary week', at('2026-03-06T17:00:00'), at('2026-03-13T09:00:00'), 5],
    ['National Day week', at('2026-09-30T09:00:00'), at('2026-10-10T09:00:00'), 3],
    ['Shanghai midnight, not UTC', new Date('2026-03-08T15:59:59Z'), new Date('2026-03-08T16:00:00Z'), 1],
  ];
  for (const [label, a, b, expected] of cases) {
    test(label, () => assert.equal(workingDaysBetween(a, b, cn2026), expected));
  }
});

describe('Shanghai days', () => {
  test('an instant falls on its Shanghai date whatever the process time zone', () => {
    assert.equal(shanghaiDateOf(new Date('2026-02-13T15:59:59.999Z')), '2026-02-13');
    assert.equal(shanghaiDateOf(new Date('2026-02-13T16:00:00.000Z')), '2026-02-14');
    assert.equal(startOfShanghaiDay('2026-02-14').toISOString(), '2026-02-13T16:00:00.000Z');
  });
});

describe('nextOfficeTime (messages to staff in office hours, 08:30–17:30 on working days)', () => {
  const overrides = { get: (date: string) => cn2026.get(date) };
  const cases: [string, Date, Date][] = [
    ['during office hours: now', at('2026-03-04T10:15:00'), at('2026-03-04T10:15:00')],
    ['08:30 exactly: now', at('2026-03-04T08:30:00'), at('2026-03-04T08:30:00')],
    ['early morning: 08:30 the same day', at('2026-03-04T00:01:00'), at('2026-03-04T08:30:00')],
    ['17:30 exactly: the next morning', at('2026-03-04T17:30:00'), at('2026-03-05T08:30:00')],
    ['Friday evening: Monday morning', at('2026-03-06T19:00:00'), at('2026-03-09T08:30:00')],
    ['00:01 Saturday: Monday morning', at('2026-03-07T00:01:00'), at('2026-03-09T08:30:00')],
    ['before the Spring Festival: the make-up Saturday', at('2026-02-13T18:00:00'), at('2026-02-14T08:30:00')],
    ['inside the holiday: the first day back', at('2026-02-18T10:00:00'), at('2026-02-24T08:30:00')],
    ['on a make-up Saturday: now', at('2026-02-28T09:00:00'), at('2026-02-28T09:00:00')],
  ];
  for (const [label, instant, expected] of cases) {
    test(label, () => assert.equal(nextOfficeTime(instant, overrides).toISOString(), expected.toISOString()));
  }
});
