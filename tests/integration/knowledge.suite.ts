import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedDemoKnowledge } from '../../src/server/seed/knowledge.demo';
import type { HighlightSegment } from '../../src/shared/domain/knowledge-highlight';
import type { KnowledgeArticle, KnowledgeSearchPage } from '../../src/shared/schemas/knowledge.schema';
import { type Session, startTestApp, type TestApp, uniqueName } from '../support/test-app';

const marked = (segments: HighlightSegment[]) => segments.filter((s) => s.isMatch).map((s) => s.text);
const search = async (session: Session, query: string) => {
  const response = await session.get(`/api/v1/knowledge/articles?${query}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as KnowledgeSearchPage;
};
const q = (text: string) => `q=${encodeURIComponent(text)}`;
const ids = (page: KnowledgeSearchPage) => page.items.map((i) => i.id);

describe('knowledge base', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let leader: Session;

  async function login(role: string) {
    const username = uniqueName('k');
    const created = await admin.post('/api/v1/accounts', {
      username,
      displayName: `知识库测试${role}`,
      roles: [role],
      scopeDivisionCode: '370800000000',
      password: 'knowledge-test-1',
    });
    assert.equal(created.statusCode, 201, created.body);
    return t.login(username, 'knowledge-test-1');
  }

  const newArticle = (overrides: Record<string, unknown> = {}) => ({
    title: '测试：宠物寄养纠纷怎么处理',
    question: '把猫寄养在宠物店，回来发现猫生病了，店家不认账。',
    answer: '寄养属于保管合同，保管人保管不善造成保管物毁损、灭失的，应当承担赔偿责任。',
    legalDomain: 'contract_dispute',
    keywords: ['寄养', '保管合同'],
    ...overrides,
  });

  before(async () => {
    t = await startTestApp();
    await seedDemoKnowledge(t.deps.db);
    admin = await t.admin();
    agent = await login('hotline_agent');
    leader = await login('leader');
  });
  after(() => t.close());

  // Chinese questions as a citizen would put them → the article an agent needs first.
  const rankings: [query: string, firstTitle: string][] = [
    ['公司拖欠工资怎么办', '单位拖欠工资怎么办？'],
    ['离婚后孩子归谁', '离婚后孩子归谁抚养？抚养费怎么定？'],
    ['被狗咬了找谁赔', '被狗咬伤了，谁来赔？'],
    ['交通事故认定书不服', '对交通事故认定书不服怎么办？'],
    ['申请法律援助要什么条件', '哪些人可以申请法律援助？怎么申请？'],
    ['房东不退押金', '房东不退租房押金怎么办？'],
    ['彩礼', '彩礼能要回来吗？'],
  ];
  for (const [query, firstTitle] of rankings) {
    test(`“${query}” finds “${firstTitle}” first`, async () => {
      const page = await search(agent, q(query));
      assert.equal(page.items[0]?.title, firstTitle, page.items.map((i) => i.title).join(' / '));
      assert.ok(page.terms.length > 0);
      const ranks = page.items.map((i) => i.rank ?? 0);
      assert.deepEqual(
        ranks,
        [...ranks].sort((a, b) => b - a),
        'most relevant first',
      );
    });
  }

  test('hits carry the original text with the matched words marked', async () => {
    const page = await search(agent, q('公司拖欠工资怎么办'));
    assert.deepEqual(page.terms, ['公司', '拖欠', '工资', '拖欠工资']);
    const [first] = page.items;
    assert.ok(first);
    assert.deepEqual(marked(first.titleHighlight), ['拖欠工资']);
    assert.equal(first.titleHighlight.map((s) => s.text).join(''), first.title);
    assert.ok(marked(first.snippet).length > 0, 'the snippet marks the words found');
    assert.ok(first.snippet.every((s) => !s.text.includes('\n')));
  });

  test('the legal-domain filter narrows both the search and the list', async () => {
    const maritime = await search(agent, `${q('拖欠工资')}&legalDomain=maritime`);
    assert.ok(maritime.items.length > 0);
    assert.ok(maritime.items.every((i) => i.legalDomain === 'maritime'));
    const family = await search(agent, 'legalDomain=marriage_family&limit=200');
    assert.ok(family.items.length >= 5);
    assert.ok(family.items.every((i) => i.legalDomain === 'marriage_family'));
    assert.deepEqual(family.terms, []);
  });

  test('cursor paging walks the list newest first and the search by rank, each row once', async () => {
    for (const base of ['limit=7', `${q('劳动合同 工资 赔偿')}&limit=3`]) {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: KnowledgeSearchPage = await search(agent, `${base}${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      assert.equal(new Set(seen).size, seen.length, `${base}: no row twice`);
      assert.ok(seen.length > 3, base);
      if (base === 'limit=7')
        assert.deepEqual(
          seen,
          [...seen].sort((a, b) => b - a),
        );
    }
  });

  test('emoji, other scripts and query syntax in q never fail', async () => {
    const inputs = [
      '😀',
      '😀😀欠薪😡',
      'Ｉ　ｌｏｖｅ 法律 🇨🇳',
      "'; drop table knowledge_article; --",
      "a & b | !c <-> d:* 'x'",
      '(工资',
      'مرحبا 离婚',
      'ﷺ ç é 𠀀',
      '\\',
      '<script>alert(1)</script>',
      '?????',
    ];
    for (const input of inputs) {
      const page = await search(agent, q(input));
      assert.ok(Array.isArray(page.items), input);
    }
    assert.equal((await search(agent, q('😀😀欠薪😡'))).items[0]?.legalDomain, 'labor_dispute');
    assert.deepEqual((await search(agent, q('😀？！'))).items, []);
  });

  test('reading an article counts a view and leaves its version alone', async () => {
    const [hit] = (await search(agent, q('工伤认定'))).items;
    assert.ok(hit);
    const first = (await agent.get(`/api/v1/knowledge/articles/${hit.id}`)).json() as KnowledgeArticle;
    const second = (await agent.get(`/api/v1/knowledge/articles/${hit.id}`)).json() as KnowledgeArticle;
    assert.equal(second.viewCount, first.viewCount + 1);
    assert.equal(second.version, first.version);
    assert.equal(second.isDemo, true);
  });

  test('permissions: readers read, editors write, others neither', async () => {
    assert.equal((await t.app.inject({ url: '/api/v1/knowledge/articles' })).statusCode, 401);
    assert.equal((await leader.get('/api/v1/knowledge/articles')).statusCode, 403);
    const written = await agent.post('/api/v1/knowledge/articles', newArticle());
    assert.equal(written.statusCode, 403);
    assert.equal(written.json().code, 'forbidden');
    assert.equal((await agent.get('/api/v1/knowledge/articles?status=draft')).statusCode, 403);
    assert.equal((await agent.get('/api/v1/knowledge/articles?status=published')).statusCode, 200);
    const [hit] = (await search(agent, q('彩礼'))).items;
    assert.equal((await agent.patch(`/api/v1/knowledge/articles/${hit!.id}`, { version: 1 })).statusCode, 403);
    assert.equal((await agent.post(`/api/v1/knowledge/articles/${hit!.id}/archive`, { version: 1 })).statusCode, 403);
  });

  test('a draft is hidden from agents until published; archiving hides it again; all audited', async () => {
    const created = await admin.post('/api/v1/knowledge/articles', newArticle());
    assert.equal(created.statusCode, 201, created.body);
    const draft = created.json() as KnowledgeArticle;
    assert.equal(draft.status, 'draft');
    assert.equal(draft.createdByName, '系统管理员');

    assert.ok(!ids(await search(agent, q('宠物寄养'))).includes(draft.id));
    assert.equal((await agent.get(`/api/v1/knowledge/articles/${draft.id}`)).statusCode, 404);
    assert.equal((await search(admin, q('宠物寄养'))).items[0]?.id, draft.id, 'editors find drafts');

    const published = await admin.patch(`/api/v1/knowledge/articles/${draft.id}`, {
      version: draft.version,
      status: 'published',
    });
    assert.equal(published.statusCode, 200, published.body);
    assert.equal((await search(agent, q('宠物寄养'))).items[0]?.id, draft.id);

    const archived = await admin.post(`/api/v1/knowledge/articles/${draft.id}/archive`, {
      version: published.json().version,
    });
    assert.equal(archived.statusCode, 200, archived.body);
    assert.equal(archived.json().status, 'archived');
    assert.ok(!ids(await search(agent, q('宠物寄养'))).includes(draft.id));
    assert.equal((await agent.get(`/api/v1/knowledge/articles/${draft.id}`)).statusCode, 404);
    assert.ok(
      !ids(await search(admin, q('宠物寄养'))).includes(draft.id),
      'archived is not in the editors’ default view',
    );
    assert.equal((await search(admin, `${q('宠物寄养')}&status=archived`)).items[0]?.id, draft.id);
    const again = await admin.post(`/api/v1/knowledge/articles/${draft.id}/archive`, {
      version: archived.json().version,
    });
    assert.equal(again.statusCode, 409);

    const audit = (await admin.get(`/api/v1/audit-log?entityType=knowledge_article&entityId=${draft.id}`)).json();
    assert.deepEqual(audit.items.map((e: { action: string }) => e.action).sort(), [
      'knowledge.archive',
      'knowledge.create',
      'knowledge.publish',
    ]);
  });

  test('an edit with a stale version answers 409 and changes nothing; a fresh one re-indexes', async () => {
    const article = (await admin.post('/api/v1/knowledge/articles', newArticle({ status: 'published' }))).json();
    const first = await admin.patch(`/api/v1/knowledge/articles/${article.id}`, {
      version: article.version,
      title: '测试：宠物美容受伤谁负责',
    });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().version, article.version + 1);
    const stale = await admin.patch(`/api/v1/knowledge/articles/${article.id}`, {
      version: article.version,
      title: '这次修改不应生效',
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'version_conflict');
    const now = (await admin.get(`/api/v1/knowledge/articles/${article.id}`)).json();
    assert.equal(now.title, '测试：宠物美容受伤谁负责');
    assert.equal(now.version, article.version + 1);
    assert.equal((await search(agent, q('宠物美容'))).items[0]?.id, article.id, 'found by the new title');
    assert.ok(!ids(await search(agent, q('这次修改不应生效'))).includes(article.id));
  });

  test('bad input answers 400 naming the field, and writes nothing', async () => {
    const before = await t.deps.db
      .selectFrom('knowledgeArticle')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const cases: [() => Promise<{ statusCode: number; json(): { errors?: { field: string }[] } }>, string][] = [
      [() => admin.post('/api/v1/knowledge/articles', newArticle({ title: undefined })), 'body.title'],
      [() => admin.post('/api/v1/knowledge/articles', newArticle({ title: '   ' })), 'body.title'],
      [() => admin.post('/api/v1/knowledge/articles', newArticle({ legalDomain: '劳动纠纷' })), 'body.legalDomain'],
      [() => admin.post('/api/v1/knowledge/articles', newArticle({ keywords: ['欠薪', '欠薪'] })), 'body.keywords'],
      [() => admin.post('/api/v1/knowledge/articles', newArticle({ status: 'archived' })), 'body.status'],
      [() => admin.post('/api/v1/knowledge/articles', newArticle({ answer: 'x'.repeat(20_001) })), 'body.answer'],
      [() => admin.patch('/api/v1/knowledge/articles/1', { title: '没有版本号' }), 'body.version'],
      [() => admin.get('/api/v1/knowledge/articles?legalDomain=labour'), 'query.legalDomain'],
      [() => admin.get(`/api/v1/knowledge/articles?${q('长'.repeat(201))}`), 'query.q'],
      [() => admin.get('/api/v1/knowledge/articles?status=deleted'), 'query.status'],
      [() => admin.get('/api/v1/knowledge/articles?cursor=bm90LWEtbnVtYmVy'), 'query.cursor'],
      [() => admin.get('/api/v1/knowledge/articles?sort=rank'), 'query.sort'],
    ];
    for (const [send, field] of cases) {
      const response = await send();
      assert.equal(response.statusCode, 400, field);
      assert.ok(
        response.json().errors?.some((e) => e.field === field),
        `${field}: ${JSON.stringify(response.json())}`,
      );
    }
    const afterwards = await t.deps.db
      .selectFrom('knowledgeArticle')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(afterwards.n, before.n);
  });

  test('an article written with emoji and mixed scripts is stored as written and found', async () => {
    const title = '测试：Wi‑Fi密码被蹭网😅怎么办';
    const created = await admin.post('/api/v1/knowledge/articles', newArticle({ title, status: 'published' }));
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().title, title);
    const [hit] = (await search(agent, q('蹭网 wifi'))).items;
    assert.equal(hit?.id, created.json().id);
    assert.deepEqual(marked(hit!.titleHighlight), ['蹭网']);
  });

  test('the seed writes the demo articles once', async () => {
    assert.equal(await seedDemoKnowledge(t.deps.db), 0);
  });
});
