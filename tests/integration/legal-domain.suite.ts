import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { legalDomainLabels, legalDomains } from '../../src/shared/domain/legal-domain';
import { type Session, startTestApp, type TestApp } from '../support/test-app';

interface Domain {
  code: string;
  nameZh: string;
  nameEn: string;
  sortOrder: number;
  isActive: boolean;
}
interface Problem {
  code: string;
  errors?: { field: string; code: string }[];
}

const fieldsOf = (problem: Problem) => (problem.errors ?? []).map((e) => `${e.field}:${e.code}`);

describe('legal-domain taxonomy', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let supervisor: Session;

  const listed = async (session: Session, url = '/api/v1/legal-domains') => {
    const response = await session.get(url);
    assert.equal(response.statusCode, 200, response.body);
    return response.json().items as Domain[];
  };
  const publicList = async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/public/legal-domains' });
    assert.equal(response.statusCode, 200, response.body);
    return response.json().items as Domain[];
  };
  const audit = (code: string) =>
    t.deps.db
      .selectFrom('auditLog')
      .select(['action', 'actorId', 'detail'])
      .where('entityType', '=', 'legal_domain')
      .where('entityId', '=', code)
      .orderBy('id')
      .execute();
  const article = (legalDomain: string, title = `测试：养老合同纠纷 ${legalDomain}`) =>
    admin.post('/api/v1/knowledge/articles', {
      title,
      question: '养老院收了预付费后关门了，钱能要回来吗？',
      answer: '可以要求退还剩余预付费用，协商不成的可以向法院起诉。',
      legalDomain,
      status: 'published',
    });

  before(async () => {
    t = await startTestApp();
    admin = await t.admin();
    agent = await t.staff(['hotline_agent'], '370800000000');
    supervisor = await t.staff(['supervisor'], '370800000000');
  });
  after(() => t.close());

  test('the 20 seed domains, in the corpus order, for staff and for the public portal', async () => {
    const staff = await listed(agent);
    assert.deepEqual(
      staff.map((d) => d.code),
      [...legalDomains],
    );
    assert.deepEqual(
      staff.map((d) => d.nameZh),
      legalDomains.map((code) => legalDomainLabels[code]),
    );
    assert.deepEqual(staff[1], {
      code: 'labor_dispute',
      nameZh: '劳动纠纷',
      nameEn: 'Labour disputes',
      sortOrder: 20,
      isActive: true,
    });
    assert.deepEqual(await publicList(), staff);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/legal-domains' });
    assert.equal(anonymous.statusCode, 401);
    const retired = await agent.get('/api/v1/legal-domains?includeRetired=true');
    assert.equal(retired.statusCode, 200, 'staff see retired names too: old orders keep showing them');
    assert.equal((await agent.get('/api/v1/legal-domains?includeRetired=yes')).statusCode, 400);
  });

  test('an administrator adds a domain: placed last, listed everywhere, audited; others may not', async () => {
    const created = await admin.post('/api/v1/legal-domains', {
      code: 'elder_care',
      nameZh: '养老服务',
      nameEn: 'Elder care',
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.deepEqual(created.json(), {
      code: 'elder_care',
      nameZh: '养老服务',
      nameEn: 'Elder care',
      sortOrder: 210,
      isActive: true,
    });
    assert.equal((await listed(agent)).at(-1)?.code, 'elder_care');
    assert.equal((await publicList()).at(-1)?.code, 'elder_care');
    const entries = await audit('elder_care');
    assert.deepEqual(
      entries.map((e) => e.action),
      ['legal_domain.create'],
    );
    assert.deepEqual(
      entries.map((e) => (e.detail as Domain).nameZh),
      ['养老服务'],
    );

    const byAgent = await agent.post('/api/v1/legal-domains', { code: 'pets', nameZh: '宠物纠纷', nameEn: 'Pets' });
    assert.equal(byAgent.statusCode, 403);
    // Knowledge editors are not taxonomy editors.
    assert.equal((await supervisor.patch('/api/v1/legal-domains/elder_care', { nameEn: 'Elderly' })).statusCode, 403);
    assert.equal((await listed(admin)).filter((d) => d.code === 'pets').length, 0);
  });

  test('a taken code or Chinese name answers 409 naming the field', async () => {
    const sameCode = await admin.post('/api/v1/legal-domains', {
      code: 'labor_dispute',
      nameZh: '劳动争议',
      nameEn: 'Labour',
    });
    assert.equal(sameCode.statusCode, 409, sameCode.body);
    assert.equal(sameCode.json().code, 'conflict');
    assert.deepEqual(fieldsOf(sameCode.json()), ['body.code:taken']);
    const sameName = await admin.post('/api/v1/legal-domains', {
      code: 'family',
      nameZh: '婚姻家庭',
      nameEn: 'Family',
    });
    assert.equal(sameName.statusCode, 409, sameName.body);
    assert.deepEqual(fieldsOf(sameName.json()), ['body.nameZh:taken']);
    const renamed = await admin.patch('/api/v1/legal-domains/elder_care', { nameZh: '劳动纠纷' });
    assert.equal(renamed.statusCode, 409, renamed.body);
    assert.deepEqual(fieldsOf(renamed.json()), ['body.nameZh:taken']);
    assert.equal((await listed(admin)).length, 21, 'nothing written');
  });

  test('bad input answers 400 naming the field; the code cannot be changed', async () => {
    const cases: [() => ReturnType<Session['post']>, string][] = [
      [() => admin.post('/api/v1/legal-domains', { code: 'Elder-Care', nameZh: '养老', nameEn: 'Eld' }), 'body.code'],
      [() => admin.post('/api/v1/legal-domains', { code: 'elder_', nameZh: '养老', nameEn: 'Eld' }), 'body.code'],
      [() => admin.post('/api/v1/legal-domains', { code: 'x'.repeat(41), nameZh: '养老', nameEn: 'E' }), 'body.code'],
      [() => admin.post('/api/v1/legal-domains', { code: 'pets', nameZh: '  ', nameEn: 'Pets' }), 'body.nameZh'],
      [() => admin.post('/api/v1/legal-domains', { code: 'pets', nameZh: '宠物', nameEn: 'Pets\nand' }), 'body.nameEn'],
      [
        () => admin.post('/api/v1/legal-domains', { code: 'pets', nameZh: '宠物', nameEn: 'P', sortOrder: -1 }),
        'body.sortOrder',
      ],
      [() => admin.patch('/api/v1/legal-domains/elder_care', { code: 'elderly_care' }), 'body.code'],
      [() => admin.patch('/api/v1/legal-domains/elder_care', {}), 'body'],
      [() => admin.patch('/api/v1/legal-domains/Elder', { nameEn: 'Elder care' }), 'path.code'],
    ];
    for (const [send, field] of cases) {
      const response = await send();
      assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
      assert.ok(
        (response.json() as Problem).errors?.some((e) => e.field === field),
        `${field}: ${response.body}`,
      );
    }
    assert.equal((await admin.patch('/api/v1/legal-domains/no_such_domain', { nameEn: 'X' })).statusCode, 404);
    assert.equal((await listed(admin)).length, 21, 'nothing written');
  });

  test('an edit renames and reorders, audited with what it was', async () => {
    const edited = await admin.patch('/api/v1/legal-domains/elder_care', { nameEn: 'Elderly care', sortOrder: 15 });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().nameEn, 'Elderly care');
    assert.deepEqual(
      (await listed(agent)).slice(0, 3).map((d) => d.code),
      ['marriage_family', 'elder_care', 'labor_dispute'],
    );
    const entry = (await audit('elder_care')).at(-1);
    assert.equal(entry?.action, 'legal_domain.update');
    assert.deepEqual(entry?.detail, {
      before: { code: 'elder_care', nameZh: '养老服务', nameEn: 'Elder care', sortOrder: 210, isActive: true },
      changes: { nameEn: 'Elderly care', sortOrder: 15 },
    });
  });

  test('knowledge articles and searches take active domains only, naming the field', async () => {
    const unknown = await article('pet_grooming');
    assert.equal(unknown.statusCode, 400, unknown.body);
    assert.deepEqual(fieldsOf(unknown.json()), ['body.legalDomain:unknown_legal_domain']);
    const search = await agent.get('/api/v1/knowledge/articles?legalDomain=pet_grooming');
    assert.equal(search.statusCode, 400);
    assert.deepEqual(fieldsOf(search.json()), ['query.legalDomain:unknown_legal_domain']);

    // A domain added a moment ago is usable at once, and its articles are found by it.
    const created = await article('elder_care');
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().legalDomain, 'elder_care');
    const found = await agent.get('/api/v1/knowledge/articles?legalDomain=elder_care');
    assert.equal(found.statusCode, 200, found.body);
    assert.deepEqual(
      found.json().items.map((i: { id: number }) => i.id),
      [created.json().id],
    );
  });

  test('a retired domain stays on what has it, is listed for administrators only, and is refused for anything new', async () => {
    const rule = await admin.post('/api/v1/routing-rules', {
      legalDomain: 'elder_care',
      organizationKinds: ['pls_centre'],
      startLevel: 'county',
      note: '养老服务（测试）',
    });
    assert.equal(rule.statusCode, 201, rule.body);
    const kept = (await admin.get('/api/v1/knowledge/articles?legalDomain=elder_care')).json().items[0];

    const retired = await admin.patch('/api/v1/legal-domains/elder_care', { isActive: false });
    assert.equal(retired.statusCode, 200, retired.body);
    assert.equal(retired.json().isActive, false);
    assert.equal((await audit('elder_care')).at(-1)?.action, 'legal_domain.retire');
    assert.ok(!(await listed(agent)).some((d) => d.code === 'elder_care'));
    assert.ok(!(await listed(admin)).some((d) => d.code === 'elder_care'), 'without includeRetired: active only');
    assert.ok(!(await publicList()).some((d) => d.code === 'elder_care'));
    const all = await listed(admin, '/api/v1/legal-domains?includeRetired=true');
    assert.deepEqual(
      all.find((d) => d.code === 'elder_care'),
      { code: 'elder_care', nameZh: '养老服务', nameEn: 'Elderly care', sortOrder: 15, isActive: false },
    );

    // Nothing new takes it: an article, a search, an article moved to it, a rule.
    const refused = await article('elder_care', '测试：停用领域的新问答');
    assert.equal(refused.statusCode, 400, refused.body);
    assert.deepEqual(fieldsOf(refused.json()), ['body.legalDomain:unknown_legal_domain']);
    assert.equal((await agent.get('/api/v1/knowledge/articles?legalDomain=elder_care')).statusCode, 400);
    const other = await article('consumer_rights', '测试：消费预付卡');
    assert.equal(other.statusCode, 201, other.body);
    const moved = await admin.patch(`/api/v1/knowledge/articles/${other.json().id}`, {
      version: other.json().version,
      legalDomain: 'elder_care',
    });
    assert.equal(moved.statusCode, 400, moved.body);
    assert.deepEqual(fieldsOf(moved.json()), ['body.legalDomain:unknown_legal_domain']);
    const newRule = await admin.post('/api/v1/routing-rules', {
      legalDomain: 'elder_care',
      organizationKinds: ['pls_centre'],
      startLevel: 'county',
    });
    assert.equal(newRule.statusCode, 400, newRule.body);
    assert.deepEqual(fieldsOf(newRule.json()), ['body.legalDomain:unknown_legal_domain']);
    const unknownRule = await admin.post('/api/v1/routing-rules', {
      legalDomain: 'pet_grooming',
      organizationKinds: ['pls_centre'],
      startLevel: 'county',
    });
    assert.deepEqual(fieldsOf(unknownRule.json()), ['body.legalDomain:unknown_legal_domain']);

    // What has it keeps it: the article is still read and edited, the rule edited with it unchanged.
    const read = await admin.get(`/api/v1/knowledge/articles/${kept.id}`);
    assert.equal(read.json().legalDomain, 'elder_care');
    const retitled = await admin.patch(`/api/v1/knowledge/articles/${kept.id}`, {
      version: read.json().version,
      title: '测试：养老机构关门后预付费怎么退',
      legalDomain: 'elder_care',
    });
    assert.equal(retitled.statusCode, 200, retitled.body);
    // As the drawer sends it: every field, the domain unchanged.
    const { id: ruleId, ...ruleFields } = rule.json() as { id: number } & Record<string, unknown>;
    const noted = await admin.patch(`/api/v1/routing-rules/${ruleId}`, {
      ...ruleFields,
      note: '养老服务（测试，已停用领域）',
    });
    assert.equal(noted.statusCode, 200, noted.body);
    assert.equal(noted.json().legalDomain, 'elder_care');

    const restored = await admin.patch('/api/v1/legal-domains/elder_care', { isActive: true });
    assert.equal(restored.statusCode, 200, restored.body);
    assert.equal((await audit('elder_care')).at(-1)?.action, 'legal_domain.restore');
    assert.equal((await article('elder_care', '测试：恢复后的领域')).statusCode, 201);
    const actors = new Set((await audit('elder_care')).map((e) => e.actorId));
    assert.equal(actors.size, 1, 'every change by the administrator who made it');
  });
});
