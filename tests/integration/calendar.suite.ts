import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Session, startTestApp, type TestApp, uniqueName } from '../support/test-app';

const deadlineUrl = (from: string, workingDays: number | string) =>
  `/api/v1/calendar/deadline?from=${encodeURIComponent(from)}&workingDays=${workingDays}`;

describe('working-day calendar (工作日历)', () => {
  let t: TestApp;
  let admin: Session;
  let dispatcher: Session;
  before(async () => {
    t = await startTestApp();
    admin = await t.admin();
    const username = uniqueName('cal');
    const created = await admin.post('/api/v1/accounts', {
      username,
      displayName: '日历派单员',
      roles: ['dispatcher'],
      scopeDivisionCode: '370800000000',
      password: 'calendar-pass-1',
    });
    assert.equal(created.statusCode, 201, created.body);
    dispatcher = await t.login(username, 'calendar-pass-1');
  });
  after(() => t.close());

  const countDays = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('calendarDay')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const calendarAudit = () =>
    t.deps.db.selectFrom('auditLog').selectAll().where('entityType', '=', 'calendar_day').orderBy('id').execute();

  test('any staff member lists a year: the 2026 Spring Festival and its make-up Saturdays', async () => {
    const response = await dispatcher.get('/api/v1/calendar/days?year=2026');
    assert.equal(response.statusCode, 200, response.body);
    const view = response.json();
    assert.equal(view.year, 2026);
    assert.equal(view.provisional, false);
    const byDate = new Map(view.days.map((d: { date: string }) => [d.date, d]));
    for (let day = 15; day <= 23; day++) {
      assert.equal((byDate.get(`2026-02-${day}`) as { kind: string })?.kind, 'holiday', `2026-02-${day}`);
    }
    assert.deepEqual(
      view.days.filter((d: { kind: string }) => d.kind === 'workday').map((d: { date: string }) => d.date),
      ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    );
    assert.equal((byDate.get('2026-10-01') as { name: string }).name, '国庆节');
    assert.equal(view.days.length, 39);
  });

  test('2027 is provisional: the statutory holidays only, flagged', async () => {
    const view = (await dispatcher.get('/api/v1/calendar/days?year=2027')).json();
    assert.equal(view.provisional, true);
    assert.equal(view.days.length, 13);
    assert.ok(view.days.every((d: { provisional: boolean; kind: string }) => d.provisional && d.kind === 'holiday'));
    assert.deepEqual(
      view.days.filter((d: { name: string }) => d.name === '春节').map((d: { date: string }) => d.date),
      ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'],
    );
    const empty = (await dispatcher.get('/api/v1/calendar/days?year=2030')).json();
    assert.deepEqual(empty, { year: 2030, provisional: true, days: [] });
  });

  test('without a year, the current Shanghai year (the injected clock)', async () => {
    t.setNow(new Date('2025-12-31T16:30:00Z')); // 00:30 on 2026-01-01 in Shanghai
    try {
      assert.equal((await dispatcher.get('/api/v1/calendar/days')).json().year, 2026);
    } finally {
      t.setNow(new Date());
    }
  });

  test('logged out: 401', async () => {
    const response = await t.app.inject({ url: '/api/v1/calendar/days?year=2026' });
    assert.equal(response.statusCode, 401);
  });

  test('the deadline endpoint counts across the Spring Festival', async () => {
    const cases: [string, number, string, string][] = [
      ['2026-02-13T10:00:00+08:00', 0, '2026-02-13T16:00:00.000Z', '2026-02-13'],
      ['2026-02-13T10:00:00+08:00', 1, '2026-02-14T16:00:00.000Z', '2026-02-14'],
      ['2026-02-13T10:00:00+08:00', 2, '2026-02-24T16:00:00.000Z', '2026-02-24'],
      ['2026-02-14T09:00:00+08:00', 1, '2026-02-24T16:00:00.000Z', '2026-02-24'],
      ['2026-02-13T16:00:00Z', 1, '2026-02-24T16:00:00.000Z', '2026-02-24'],
      ['2026-02-24T08:00:00+08:00', 4, '2026-02-28T16:00:00.000Z', '2026-02-28'],
    ];
    for (const [from, n, deadline, lastWorkingDay] of cases) {
      const response = await dispatcher.get(deadlineUrl(from, n));
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(
        response.json(),
        { from: new Date(from).toISOString(), workingDays: n, deadline, lastWorkingDay, provisional: false },
        `${from} + ${n}`,
      );
    }
    const into2027 = (await dispatcher.get(deadlineUrl('2027-02-01T10:00:00+08:00', 10))).json();
    assert.equal(into2027.provisional, true);
    const beyond = (await dispatcher.get(deadlineUrl('2030-03-01T10:00:00+08:00', 1))).json();
    assert.equal(beyond.provisional, true, 'a year without calendar days is not known yet');
  });

  test('an administrator sets and clears a day; both are audited and deadlines follow at once', async () => {
    const before = await dispatcher.get(deadlineUrl('2026-03-06T17:00:00+08:00', 1));
    assert.equal(before.json().deadline, '2026-03-09T16:00:00.000Z');

    const set = await admin.request({
      method: 'PUT',
      url: '/api/v1/calendar/days/2026-03-09',
      payload: { kind: 'holiday', name: '  临时放假  ' },
    });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual(
      { ...(set.json() as object), updatedAt: undefined },
      {
        date: '2026-03-09',
        kind: 'holiday',
        name: '临时放假',
        provisional: false,
        updatedAt: undefined,
        updatedByName: '系统管理员',
      },
    );
    const listed = (await dispatcher.get('/api/v1/calendar/days?year=2026')).json();
    assert.ok(listed.days.some((d: { date: string; kind: string }) => d.date === '2026-03-09' && d.kind === 'holiday'));
    const moved = await dispatcher.get(deadlineUrl('2026-03-06T17:00:00+08:00', 1));
    assert.equal(moved.json().deadline, '2026-03-10T16:00:00.000Z', 'the cache was invalidated by the write');

    const cleared = await admin.request({ method: 'DELETE', url: '/api/v1/calendar/days/2026-03-09' });
    assert.equal(cleared.statusCode, 200, cleared.body);
    const back = await dispatcher.get(deadlineUrl('2026-03-06T17:00:00+08:00', 1));
    assert.equal(back.json().deadline, '2026-03-09T16:00:00.000Z');
    const again = await admin.request({ method: 'DELETE', url: '/api/v1/calendar/days/2026-03-09' });
    assert.equal(again.statusCode, 404);

    const audit = await calendarAudit();
    assert.deepEqual(
      audit.map((a) => [a.action, a.entityId, a.detail]),
      [
        ['calendar.set_day', '2026-03-09', { kind: 'holiday', name: '临时放假', before: null }],
        ['calendar.clear_day', '2026-03-09', { before: { kind: 'holiday', name: '临时放假', provisional: false } }],
      ],
    );
    assert.ok(audit.every((a) => a.actorId !== null && a.divisionCode === null));
  });

  test('editing a provisional day confirms it; a make-up workday must be a weekend day', async () => {
    const confirmed = await admin.request({
      method: 'PUT',
      url: '/api/v1/calendar/days/2027-02-05',
      payload: { kind: 'holiday', name: '春节' },
    });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.equal(confirmed.json().provisional, false);

    const saturday = await admin.request({
      method: 'PUT',
      url: '/api/v1/calendar/days/2027-01-30',
      payload: { kind: 'workday', name: '春节' },
    });
    assert.equal(saturday.statusCode, 200, saturday.body);
    assert.equal(saturday.json().kind, 'workday');

    const weekday = await admin.request({
      method: 'PUT',
      url: '/api/v1/calendar/days/2027-02-01',
      payload: { kind: 'workday', name: '春节' },
    });
    assert.equal(weekday.statusCode, 400);
    assert.deepEqual(
      weekday.json().errors.map((e: { field: string }) => e.field),
      ['body.kind'],
    );
  });

  test('invalid input answers 400 naming the field, and writes nothing', async () => {
    const daysBefore = await countDays();
    const auditBefore = (await calendarAudit()).length;
    const put = (date: string, payload: unknown) =>
      admin.request({ method: 'PUT', url: `/api/v1/calendar/days/${date}`, payload: payload as object });
    const cases: [string, Promise<{ statusCode: number; json(): { errors?: { field: string }[] } }>, string][] = [
      ['not a real date', put('2026-02-30', { kind: 'holiday', name: 'x' }), 'path.date'],
      ['not a date at all', put('tomorrow', { kind: 'holiday', name: 'x' }), 'path.date'],
      ['year before 2000', put('1999-10-01', { kind: 'holiday', name: 'x' }), 'path.date'],
      ['unknown kind', put('2026-03-09', { kind: 'vacation', name: 'x' }), 'body.kind'],
      ['empty name', put('2026-03-09', { kind: 'holiday', name: '   ' }), 'body.name'],
      ['missing name', put('2026-03-09', { kind: 'holiday' }), 'body.name'],
      ['unknown field', put('2026-03-09', { kind: 'holiday', name: 'x', provisional: true }), 'body.provisional'],
      ['delete a non-date', admin.request({ method: 'DELETE', url: '/api/v1/calendar/days/2026-13-01' }), 'path.date'],
      ['year 1999', admin.get('/api/v1/calendar/days?year=1999'), 'query.year'],
      ['year 2101', admin.get('/api/v1/calendar/days?year=2101'), 'query.year'],
      ['year not a number', admin.get('/api/v1/calendar/days?year=abc'), 'query.year'],
      ['unknown query field', admin.get('/api/v1/calendar/days?year=2026&month=2'), 'query.month'],
      ['from not an instant', admin.get(deadlineUrl('2026-02-30T10:00:00+08:00', 1)), 'query.from'],
      ['from without offset', admin.get(deadlineUrl('2026-02-13T10:00:00', 1)), 'query.from'],
      ['negative working days', admin.get(deadlineUrl('2026-02-13T10:00:00Z', -1)), 'query.workingDays'],
      ['fractional working days', admin.get(deadlineUrl('2026-02-13T10:00:00Z', '1.5')), 'query.workingDays'],
      ['missing working days', admin.get('/api/v1/calendar/deadline?from=2026-02-13T10:00:00Z'), 'query.workingDays'],
    ];
    for (const [label, pending, field] of cases) {
      const response = await pending;
      assert.equal(response.statusCode, 400, label);
      const fields = response.json().errors?.map((e) => e.field) ?? [];
      assert.ok(fields.includes(field), `${label}: ${fields.join(', ')}`);
    }
    assert.equal(await countDays(), daysBefore);
    assert.equal((await calendarAudit()).length, auditBefore);
  });

  test('a non-administrator may read but not edit: 403', async () => {
    const put = await dispatcher.request({
      method: 'PUT',
      url: '/api/v1/calendar/days/2026-03-09',
      payload: { kind: 'holiday', name: '越权' },
    });
    assert.equal(put.statusCode, 403);
    const del = await dispatcher.request({ method: 'DELETE', url: '/api/v1/calendar/days/2026-02-16' });
    assert.equal(del.statusCode, 403);
    const still = (await dispatcher.get('/api/v1/calendar/days?year=2026')).json();
    assert.ok(still.days.some((d: { date: string }) => d.date === '2026-02-16'));
    assert.ok(!still.days.some((d: { date: string }) => d.date === '2026-03-09'));
  });
});
