import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { normalizePartyName } from '../../src/shared/domain/legal-aid.conflict';
import { type Session, startTestApp, type TestApp, uniqueName } from '../support/test-app';

const RENCHENG_VILLAGE = '370811002001'; // 任城区: illustrative dibao 1,010.00 元, threshold 2,020.00 元 a head
const ZOUCHENG_TOWN = '370883001000'; // 邹城市: another county

/** A valid resident ID number per applicant (GB 11643 check character), so each is a citizen of their own. */
function idNumber(serial: number): string {
  const body = `37081119850317${String(serial % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return `${body}${'10X98765432'[sum % 11]}`;
}
// Monday 2026-06-01 10:00 in Asia/Shanghai.
const NOW = new Date('2026-06-01T02:00:00Z');

const fieldsOf = (response: LightMyRequestResponse) =>
  ((response.json() as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);

/** The text of word/document.xml inside a .docx, read with unzip. */
function documentXml(docx: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'fatong-letter-'));
  try {
    const file = join(dir, 'letter.docx');
    writeFileSync(file, docx);
    return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('legal-aid applications: intake, decision, letter, objection', () => {
  let t: TestApp;
  let clerk: Session;
  let agent: Session;
  let supervisor: Session;
  let zouchengSupervisor: Session;

  let phoneCounter = 0;
  const phone = () => `1390537${String(7000 + phoneCounter++).padStart(4, '0')}`;
  const facts = {
    divisionCode: RENCHENG_VILLAGE,
    householdSize: 4,
    monthlyHouseholdIncomeFen: 500_000, // 1,250.00 元 a head: under the threshold
    matterCategory: 'labor_relationship_or_pay',
    opposingParty: '济宁某建筑工程有限公司',
    documents: ['identity', 'hardship_statement', 'matter_materials'],
    description: '在工地务工三个月，工资被拖欠，申请法律援助追讨劳动报酬。',
  };
  const publicApplication = (overrides: Record<string, unknown> = {}) => ({
    ...facts,
    name: '王秀英',
    phone: phone(),
    idNumber: idNumber(phoneCounter),
    ...overrides,
  });
  const applyPublic = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/public/legal-aid/applications', payload: body, headers });
  const applyStaff = async (session: Session, overrides: Record<string, unknown> = {}) => {
    const response = await session.post('/api/v1/legal-aid/applications', {
      ...facts,
      name: '李建军',
      phone: phone(),
      channel: 'window',
      ...overrides,
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  };
  const orderIdOf = async (code: string) =>
    (await t.deps.db.selectFrom('workOrder').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

  before(async () => {
    t = await startTestApp();
    t.setNow(NOW);
    clerk = await t.staff(['window_clerk'], '370811000000');
    agent = await t.staff(['hotline_agent'], '370800000000');
    supervisor = await t.staff(['supervisor'], '370800000000');
    zouchengSupervisor = await t.staff(['supervisor'], '370883000000');
  });
  beforeEach(() => t.setNow(NOW));
  after(async () => {
    t.setNow(undefined);
    await t.close();
  });

  test('a citizen applies on the portal: a legal_aid order, the application and the means test on receipt', async () => {
    const body = publicApplication();
    const response = await applyPublic(body);
    assert.equal(response.statusCode, 201, response.body);
    const result = response.json();
    assert.match(result.code, /^JN20260601-\d{5}$/);
    assert.equal(result.eligibility.result, 'eligible');
    assert.equal(result.eligibility.ruleVersion.regionPrefix, '3708');
    assert.equal(result.eligibility.thresholdPerCapitaFen, 202_000);
    assert.equal(result.receivedAt, NOW.toISOString());
    // Seven calendar days from Monday 1 June: Monday 8 June is the last day.
    assert.equal(result.reviewBy, '2026-06-08T16:00:00.000Z');

    const order = await t.deps.db
      .selectFrom('workOrder')
      .selectAll()
      .where('code', '=', result.code)
      .executeTakeFirstOrThrow();
    assert.equal(order.kind, 'legal_aid');
    assert.equal(order.channel, 'web');
    const stored = await t.deps.db
      .selectFrom('legalAidApplication')
      .selectAll()
      .where('workOrderId', '=', order.id)
      .executeTakeFirstOrThrow();
    assert.equal(stored.eligibilityResult, 'eligible');
    assert.equal(stored.ruleVersionId, result.eligibility.ruleVersion.id);
    assert.deepEqual((stored.eligibility as { criteria: unknown }).criteria, result.eligibility.criteria);
    assert.deepEqual(stored.documents, ['identity', 'hardship_statement', 'matter_materials']);
    assert.equal(stored.householdSize, 4);
    assert.equal(stored.monthlyHouseholdIncomeFen, 500_000);
    // The opposing party is not stored in the clear, and its lookup hash is there for the conflict check.
    assert.notEqual(stored.opposingPartyCipher, facts.opposingParty);
    assert.equal(t.deps.cipher.decrypt(stored.opposingPartyCipher ?? ''), facts.opposingParty);
    assert.equal(stored.opposingPartyHash, t.deps.cipher.lookupHash(normalizePartyName('济宁某建筑工程 有限公司')));

    // Staff in scope see it, with the phone masked and the criteria of the snapshot.
    const view = await supervisor.get(`/api/v1/legal-aid/applications/${order.id}`);
    assert.equal(view.statusCode, 200, view.body);
    const application = view.json();
    assert.equal(application.applicant.name, '王秀英');
    assert.match(application.applicant.phoneMasked, /^139\*{4}\d{4}$/);
    assert.equal(application.opposingParty, facts.opposingParty);
    assert.equal(application.eligibility.result, 'eligible');
    assert.ok(application.eligibility.criteria.length > 0);
    assert.equal(application.decision, null);
    assert.deepEqual(application.actions, ['decide']);
    // Someone without legal_aid.decide sees no decision to take.
    assert.deepEqual((await agent.get(`/api/v1/legal-aid/applications/${order.id}`)).json().actions, []);
  });

  test('a retry with the same Idempotency-Key gets the same application and writes nothing more', async () => {
    const body = publicApplication();
    const headers = { 'idempotency-key': `legal-aid-${uniqueName('k')}` };
    const first = await applyPublic(body, headers);
    assert.equal(first.statusCode, 201, first.body);
    const second = await applyPublic(body, headers);
    assert.equal(second.statusCode, 201, second.body);
    assert.deepEqual(second.json(), first.json());
    const count = await t.deps.db
      .selectFrom('workOrder')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('idempotencyKey', '=', headers['idempotency-key'])
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });

  test('a clerk applies at the window and a hotline agent on the phone; an income over the threshold is stored as not eligible', async () => {
    const atWindow = await applyStaff(clerk);
    assert.equal(atWindow.channel, 'window');
    assert.equal(atWindow.status, 'received');
    assert.equal(atWindow.eligibility.result, 'eligible');
    assert.equal(atWindow.reviewBy, '2026-06-08T16:00:00.000Z');
    const onPhone = await applyStaff(agent, { channel: 'hotline', monthlyHouseholdIncomeFen: 808_004 });
    assert.equal(onPhone.channel, 'hotline');
    assert.equal(onPhone.eligibility.result, 'not_eligible');
    const income = onPhone.eligibility.criteria.find((c: { id: string }) => c.id === 'economic_hardship');
    assert.equal(income?.passed, false);
  });

  test('the order and its application are one transaction: an application that fails writes no order', async () => {
    const before = await t.deps.db
      .selectFrom('workOrder')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await sql`
      create function refuse_legal_aid_application() returns trigger language plpgsql as $$
      begin raise exception 'refused for the test'; end $$`.execute(t.deps.db);
    await sql`
      create trigger refuse_legal_aid_application before insert on legal_aid_application
      for each row execute function refuse_legal_aid_application()`.execute(t.deps.db);
    try {
      const response = await applyPublic(publicApplication({ description: '这一申请的写入会失败。' }));
      assert.equal(response.statusCode, 500, response.body);
      const staff = await clerk.post('/api/v1/legal-aid/applications', {
        ...facts,
        name: '李建军',
        phone: phone(),
        channel: 'window',
      });
      assert.equal(staff.statusCode, 500, staff.body);
    } finally {
      await sql`drop trigger refuse_legal_aid_application on legal_aid_application`.execute(t.deps.db);
      await sql`drop function refuse_legal_aid_application()`.execute(t.deps.db);
    }
    const afterCount = await t.deps.db
      .selectFrom('workOrder')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n));
  });

  test('bad input gets a 4xx naming each field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [publicApplication({ householdSize: 0 }), 'body.householdSize'],
      [publicApplication({ monthlyHouseholdIncomeFen: -1 }), 'body.monthlyHouseholdIncomeFen'],
      [publicApplication({ monthlyHouseholdIncomeFen: 10.5 }), 'body.monthlyHouseholdIncomeFen'],
      [publicApplication({ matterCategory: 'no_such_matter' }), 'body.matterCategory'],
      [publicApplication({ divisionCode: '110101000000' }), 'body.divisionCode'],
      [publicApplication({ documents: ['passport'] }), 'body.documents.0'],
      [publicApplication({ documents: ['identity', 'identity'] }), 'body.documents'],
      [publicApplication({ idNumber: '370811198503174021' }), 'body.idNumber'], // wrong check character
      [publicApplication({ phone: '12345' }), 'body.phone'],
      [publicApplication({ description: '' }), 'body.description'],
      [publicApplication({ exemptions: ['no_such_exemption'] }), 'body.exemptions.0'],
    ];
    for (const [body, field] of cases) {
      const response = await applyPublic(body);
      assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
      assert.ok(fieldsOf(response).includes(field), `${field} in ${fieldsOf(response)}`);
    }
    const withoutId = publicApplication();
    delete (withoutId as Record<string, unknown>).idNumber;
    assert.ok(fieldsOf(await applyPublic(withoutId)).includes('body.idNumber'));
    // A clerk cannot apply for someone outside their scope.
    const outside = await clerk.post('/api/v1/legal-aid/applications', {
      ...facts,
      divisionCode: ZOUCHENG_TOWN,
      name: '李建军',
      phone: phone(),
      channel: 'window',
    });
    assert.equal(outside.statusCode, 400, outside.body);
    assert.deepEqual(fieldsOf(outside), ['body.divisionCode']);
    const wrongChannel = await clerk.post('/api/v1/legal-aid/applications', {
      ...facts,
      name: '李建军',
      phone: phone(),
      channel: 'web',
    });
    assert.equal(wrongChannel.statusCode, 400);
    assert.ok(fieldsOf(wrongChannel).includes('body.channel'));
  });

  test('a grant: decided once with a numbered letter, audited, an event on the order; a second decision is 409', async () => {
    const application = await applyStaff(clerk);
    const id = application.workOrderId;
    const url = `/api/v1/legal-aid/applications/${id}/decision`;
    // The clerk may not decide.
    assert.equal((await clerk.post(url, { decision: 'grant', version: 1 })).statusCode, 403);
    // A stale version is a conflict.
    assert.equal((await supervisor.post(url, { decision: 'grant', version: 9 })).json().code, 'version_conflict');
    const granted = await supervisor.post(url, {
      decision: 'grant',
      reasons: '符合经济困难标准，事项属于法定范围。',
      version: 1,
    });
    assert.equal(granted.statusCode, 200, granted.body);
    const view = granted.json();
    assert.equal(view.decision.decision, 'grant');
    assert.match(view.decision.letterNumber, /^济法援决〔2026〕第\d+号$/);
    assert.deepEqual(view.actions, []);
    const again = await supervisor.post(url, { decision: 'refuse', reasons: '再次决定', version: view.version });
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json().code, 'conflict');

    const events = await t.deps.db
      .selectFrom('workOrderEvent')
      .select(['action', 'reason', 'detail'])
      .where('workOrderId', '=', id)
      .where('action', '=', 'legal_aid_decision')
      .execute();
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]?.detail, { decision: 'grant', letterNumber: view.decision.letterNumber });
    const audit = await t.deps.db
      .selectFrom('auditLog')
      .select(['action', 'divisionCode'])
      .where('entityType', '=', 'legal_aid_application')
      .where('entityId', '=', String(id))
      .execute();
    assert.deepEqual(audit, [{ action: 'legal_aid.grant', divisionCode: RENCHENG_VILLAGE }]);
    // The order's detail shows the decision among its events.
    const detail = (await supervisor.get(`/api/v1/work-orders/${id}`)).json();
    assert.ok(detail.events.some((e: { action: string }) => e.action === 'legal_aid_decision'));

    // The letter: a valid .docx with the applicant, the number and the decision, under a Chinese file name.
    const letter = await supervisor.get(`/api/v1/legal-aid/applications/${id}/decision-letter.docx`);
    assert.equal(letter.statusCode, 200, letter.body);
    assert.equal(
      letter.headers['content-type'],
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const disposition = String(letter.headers['content-disposition']);
    assert.match(disposition, /^attachment; filename="legal-aid-decision-\d+\.docx"; filename\*=UTF-8''/);
    assert.ok(
      decodeURIComponent(disposition.split("UTF-8''")[1] ?? '').startsWith('给予法律援助决定书-济法援决〔2026〕第'),
    );
    const xml = documentXml(letter.rawPayload);
    assert.ok(xml.includes('李建军'), 'the applicant');
    assert.ok(xml.includes(view.decision.letterNumber), 'the number');
    assert.ok(xml.includes('给予法律援助决定书'), 'the title');
    assert.ok(xml.includes('济宁市法律援助中心'), 'the issuing body');
    assert.ok(xml.includes('2026年6月1日'), 'the date');
  });

  test('letter numbers run on within the year, and an undecided application has no letter', async () => {
    const a = await applyStaff(clerk);
    const b = await applyStaff(clerk);
    assert.equal(
      (await supervisor.get(`/api/v1/legal-aid/applications/${a.workOrderId}/decision-letter.docx`)).statusCode,
      409,
    );
    const first = (
      await supervisor.post(`/api/v1/legal-aid/applications/${a.workOrderId}/decision`, {
        decision: 'grant',
        version: 1,
      })
    ).json();
    const second = (
      await supervisor.post(`/api/v1/legal-aid/applications/${b.workOrderId}/decision`, {
        decision: 'grant',
        version: 1,
      })
    ).json();
    const seq = (n: string) => Number(/第(\d+)号/.exec(n)?.[1]);
    assert.equal(seq(second.decision.letterNumber), seq(first.decision.letterNumber) + 1);
  });

  test('a refusal must give reasons (400 naming body.reasons), and its letter tells how to object', async () => {
    const application = await applyStaff(clerk, { monthlyHouseholdIncomeFen: 2_000_000 });
    const url = `/api/v1/legal-aid/applications/${application.workOrderId}/decision`;
    const bare = await supervisor.post(url, { decision: 'refuse', version: 1 });
    assert.equal(bare.statusCode, 400, bare.body);
    assert.deepEqual(fieldsOf(bare), ['body.reasons']);
    const blank = await supervisor.post(url, { decision: 'refuse', reasons: '   ', version: 1 });
    assert.equal(blank.statusCode, 400);
    assert.deepEqual(fieldsOf(blank), ['body.reasons']);
    const refused = await supervisor.post(url, {
      decision: 'refuse',
      reasons: '家庭人均月收入5,000.00元，高于本地经济困难标准2,020.00元。',
      version: 1,
    });
    assert.equal(refused.statusCode, 200, refused.body);
    assert.deepEqual(refused.json().actions, ['object']);
    const letter = await supervisor.get(
      `/api/v1/legal-aid/applications/${application.workOrderId}/decision-letter.docx`,
    );
    const xml = documentXml(letter.rawPayload);
    assert.ok(xml.includes('不予法律援助决定书'));
    assert.ok(xml.includes('高于本地经济困难标准'), 'the reasons');
    assert.ok(xml.includes('济宁市司法局提出'), 'where to object');
    assert.ok(xml.includes('第四十三条'), 'the legal basis');
  });

  test('staff of another county get 404 for the application, its decision and its letter', async () => {
    const application = await applyStaff(clerk);
    const base = `/api/v1/legal-aid/applications/${application.workOrderId}`;
    assert.equal((await zouchengSupervisor.get(base)).statusCode, 404);
    assert.equal(
      (await zouchengSupervisor.post(`${base}/decision`, { decision: 'grant', version: 1 })).statusCode,
      404,
    );
    assert.equal((await zouchengSupervisor.get(`${base}/decision-letter.docx`)).statusCode, 404);
    assert.equal((await zouchengSupervisor.post(`${base}/objection`, { reason: '异议' })).statusCode, 404);
    // An ordinary order is not an application.
    const order = await clerk.post('/api/v1/work-orders', {
      kind: 'consultation',
      channel: 'window',
      description: '咨询',
      divisionCode: RENCHENG_VILLAGE,
      phone: phone(),
    });
    assert.equal((await supervisor.get(`/api/v1/legal-aid/applications/${order.json().id}`)).statusCode, 404);
  });

  test('an objection to a refusal, answered within five working days: upheld', async () => {
    const application = await applyStaff(clerk, { monthlyHouseholdIncomeFen: 2_000_000 });
    const id = application.workOrderId;
    const base = `/api/v1/legal-aid/applications/${id}`;
    // Nothing to object to before a refusal.
    assert.equal((await clerk.post(`${base}/objection`, { reason: '不服' })).statusCode, 409);
    await supervisor.post(`${base}/decision`, { decision: 'refuse', reasons: '收入高于标准。', version: 1 });
    // Friday 5 June 16:00: five working days end on Friday 12 June.
    t.setNow(new Date('2026-06-05T08:00:00Z'));
    // Sessions lapse while the clock jumps days: log in again on the new day.
    const clerkLater = await t.staff(['window_clerk'], '370811000000');
    const supervisorLater = await t.staff(['supervisor'], '370800000000');
    const objected = await clerkLater.post(`${base}/objection`, { reason: '家中有重病老人，实际支出很大。' });
    assert.equal(objected.statusCode, 200, objected.body);
    const view = objected.json();
    assert.equal(view.objection.by, 'staff');
    assert.equal(view.objection.answerBy, '2026-06-12T16:00:00.000Z');
    assert.deepEqual(view.actions, []); // the clerk may not answer
    assert.equal((await clerkLater.post(`${base}/objection`, { reason: '再次异议' })).statusCode, 409);
    assert.deepEqual((await supervisorLater.get(base)).json().actions, ['answer_objection']);

    const answerUrl = `${base}/objection/answer`;
    assert.equal(
      (await clerkLater.post(answerUrl, { answer: 'uphold', reasons: '维持', version: view.version })).statusCode,
      403,
    );
    const missing = await supervisorLater.post(answerUrl, { answer: 'uphold', version: view.version });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(fieldsOf(missing), ['body.reasons']);
    t.setNow(new Date('2026-06-10T02:00:00Z'));
    const supervisorLast = await t.staff(['supervisor'], '370800000000');
    const upheld = await supervisorLast.post(answerUrl, {
      answer: 'uphold',
      reasons: '经核查，收入确高于标准，维持原决定。',
      version: view.version,
    });
    assert.equal(upheld.statusCode, 200, upheld.body);
    assert.equal(upheld.json().objection.answer, 'uphold');
    assert.equal(upheld.json().decision.decision, 'refuse');
    const again = await supervisorLast.post(answerUrl, {
      answer: 'overturn',
      reasons: '改判',
      version: upheld.json().version,
    });
    assert.equal(again.statusCode, 409);
    const audit = await t.deps.db
      .selectFrom('auditLog')
      .select(['action', 'detail'])
      .where('entityType', '=', 'legal_aid_application')
      .where('entityId', '=', String(id))
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['legal_aid.refuse', 'legal_aid.objection_uphold'],
    );
    assert.equal((audit[1]?.detail as { onTime?: boolean } | undefined)?.onTime, true);
  });

  test('a citizen objects on the portal with code and phone; overturned, it becomes a grant with a new letter', async () => {
    const body = publicApplication({ monthlyHouseholdIncomeFen: 2_000_000 });
    const applied = (await applyPublic(body)).json();
    const id = await orderIdOf(applied.code);
    const refused = (
      await supervisor.post(`/api/v1/legal-aid/applications/${id}/decision`, {
        decision: 'refuse',
        reasons: '收入高于标准。',
        version: 1,
      })
    ).json();
    const objectionUrl = `/api/v1/public/legal-aid/applications/${applied.code}/objection`;
    // A wrong phone answers like an unknown code.
    const wrong = await t.app.inject({
      method: 'POST',
      url: objectionUrl,
      payload: { phone: '13900000000', reason: '不服' },
    });
    assert.equal(wrong.statusCode, 404);
    const objected = await t.app.inject({
      method: 'POST',
      url: objectionUrl,
      payload: { phone: body.phone, reason: '我家五口人只有我一人有收入。' },
    });
    assert.equal(objected.statusCode, 200, objected.body);
    assert.deepEqual(objected.json(), { code: applied.code, answerBy: '2026-06-08T16:00:00.000Z' });
    const view = (await supervisor.get(`/api/v1/legal-aid/applications/${id}`)).json();
    assert.equal(view.objection.by, 'citizen');
    const overturned = await supervisor.post(`/api/v1/legal-aid/applications/${id}/objection/answer`, {
      answer: 'overturn',
      reasons: '申请人提供了新的家庭收支证明，符合条件，予以改正。',
      version: view.version,
    });
    assert.equal(overturned.statusCode, 200, overturned.body);
    const after = overturned.json();
    assert.equal(after.decision.decision, 'grant');
    assert.notEqual(after.decision.letterNumber, refused.decision.letterNumber);
    assert.equal(after.objection.answer, 'overturn');
    const xml = documentXml(
      (await supervisor.get(`/api/v1/legal-aid/applications/${id}/decision-letter.docx`)).rawPayload,
    );
    assert.ok(xml.includes('给予法律援助决定书'));
    assert.ok(xml.includes(after.decision.letterNumber));
    assert.ok(xml.includes('王秀英'));
  });
});
