import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import {
  appointmentGroundCodes,
  meansTestExemptions,
  statutoryMatterCategories,
} from '../../src/shared/domain/legal-aid.catalogue';
import { type Session, startTestApp, type TestApp } from '../support/test-app';

const RENCHENG_VILLAGE = '370811002001'; // 任城区: illustrative urban dibao 1,010.00 元
const YANZHOU_TOWN = '370812001000'; // 兖州区: the same, no county version of its own
const WEISHAN_TOWN = '370826001000'; // 微山县夏镇街道: illustrative rural dibao 830.00 元
// Every step runs on a fixed clock: the versions this suite adds are dated from it, whatever the real date.
const NOW = new Date('2026-06-01T02:00:00Z');
const BEFORE_JULY = new Date('2026-06-30T15:59:59Z'); // 2026-06-30 23:59:59 in Asia/Shanghai
const JULY = new Date('2026-06-30T16:00:00Z'); // 2026-07-01 00:00 in Asia/Shanghai

interface Criterion {
  id: string;
  passed: boolean;
  detail: string;
}
interface Problem {
  code: string;
  errors?: { field: string; code: string }[];
}

const fieldsOf = (response: LightMyRequestResponse) =>
  ((response.json() as Problem).errors ?? []).map((e) => `${e.field}:${e.code}`);

describe('legal-aid eligibility: the public pre-check and the rule data', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let countyAdmin: Session;

  const base = {
    divisionCode: RENCHENG_VILLAGE,
    householdSize: 4,
    monthlyHouseholdIncomeFen: 500_000,
    matterCategory: 'labor_relationship_or_pay',
  };
  const precheck = (body: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/public/legal-aid/precheck', payload: body });
  const passing = async (body: Record<string, unknown>) => {
    const response = await precheck(body);
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as {
      result: string;
      criteria: Criterion[];
      thresholdPerCapitaFen: number | null;
      perCapitaIncomeFen: number;
      ruleVersion: { id: number; regionPrefix: string; effectiveFrom: string };
      dibao: { divisionCode: string; monthlyFen: number; isIllustrative: boolean } | null;
      on: string;
    };
  };
  const rules = (divisionCode: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/public/legal-aid/rules?divisionCode=${divisionCode}` });
  const put = (session: Session, url: string, payload: unknown) =>
    session.request({ method: 'PUT', url, payload: payload as object });
  const audit = (entityType: string) =>
    t.deps.db
      .selectFrom('auditLog')
      .select(['action', 'entityId', 'divisionCode', 'actorId', 'detail'])
      .where('entityType', '=', entityType)
      .orderBy('id')
      .execute();

  before(async () => {
    t = await startTestApp();
    t.setNow(NOW);
    admin = await t.admin();
    agent = await t.staff(['hotline_agent'], '370800000000');
    countyAdmin = await t.staff(['admin'], '370811000000');
  });
  // A test that moved the clock and failed half-way must not leave the next one a month on.
  beforeEach(() => t.setNow(NOW));
  after(async () => {
    t.setNow(undefined);
    await t.close();
  });

  test('the rules in force for a division: the seeded city version, the illustrative dibao, what the pre-check accepts', async () => {
    const response = await rules(RENCHENG_VILLAGE);
    assert.equal(response.statusCode, 200, response.body);
    const view = response.json();
    assert.equal(view.divisionCode, RENCHENG_VILLAGE);
    assert.equal(view.on, '2026-06-01');
    assert.equal(view.ruleVersion.regionPrefix, '3708');
    assert.equal(view.ruleVersion.effectiveFrom, '2022-01-01');
    assert.equal(view.multiplierPermille, 2000);
    assert.equal(view.assetCapFen, null);
    assert.deepEqual(view.dibao, {
      divisionCode: '370811000000',
      effectiveFrom: '2022-01-01',
      monthlyFen: 101_000,
      isIllustrative: true,
    });
    assert.equal(view.thresholdPerCapitaFen, 202_000);
    const categories = view.matterCategories as { code: string; nameZh: string; source: string; inScope: boolean }[];
    assert.deepEqual(
      categories.filter((c) => c.source === 'statutory').map((c) => c.code),
      statutoryMatterCategories.map((c) => c.code),
    );
    assert.deepEqual(
      categories.filter((c) => c.source === 'supplementary').map((c) => `${c.code}:${c.inScope}`),
      [
        'rural_land_contract:true',
        'rural_collective_income:true',
        'agricultural_input_loss:true',
        'personal_injury_other:true',
        'housing_expropriation:false',
      ],
    );
    assert.deepEqual(
      categories.filter((c) => c.source === 'general').map((c) => `${c.code}:${c.inScope}`),
      ['other_civil:false', 'other_administrative:false'],
    );
    assert.equal(categories.find((c) => c.code === 'maintenance')?.nameZh, '请求给付赡养费、抚养费、扶养费');
    assert.deepEqual(
      view.exemptions.map((e: { code: string }) => e.code),
      meansTestExemptions.map((e) => e.code),
    );
    assert.deepEqual(
      view.appointmentGrounds.map((g: { code: string }) => g.code),
      [...appointmentGroundCodes],
    );
    // A rural county: its own illustrative dibao.
    assert.equal((await rules(WEISHAN_TOWN)).json().thresholdPerCapitaFen, 166_000);
    // The city itself has a dibao of its own.
    assert.equal((await rules('370800000000')).json().thresholdPerCapitaFen, 202_000);
  });

  test('a household under the threshold is eligible, with the figures and the rule version named', async () => {
    const outcome = await passing(base);
    assert.equal(outcome.result, 'eligible');
    assert.deepEqual(outcome.criteria, [
      {
        id: 'matter_in_scope',
        passed: true,
        detail: '“请求确认劳动关系或者支付劳动报酬”属于法律援助事项范围（法律援助法第三十一条第五项）。',
      },
      {
        id: 'economic_hardship',
        passed: true,
        detail:
          '家庭人均月收入 1,250.00 元（5,000.00 元 ÷ 4 人），低于困难标准 2,020.00 元（示例低保 1,010.00 元 × 2）。',
      },
    ]);
    assert.equal(outcome.thresholdPerCapitaFen, 202_000);
    assert.equal(outcome.perCapitaIncomeFen, 125_000);
    assert.equal(outcome.ruleVersion.regionPrefix, '3708');
    assert.equal(outcome.ruleVersion.effectiveFrom, '2022-01-01');
    assert.equal(outcome.dibao?.isIllustrative, true);
    assert.equal(outcome.on, '2026-06-01');
  });

  test('exactly at the threshold passes, one fen over per head fails', async () => {
    const at = await passing({ ...base, householdSize: 2, monthlyHouseholdIncomeFen: 404_000 });
    assert.equal(at.result, 'eligible');
    assert.match(at.criteria[1]!.detail, /等于困难标准 2,020\.00 元/);
    const under = await passing({ ...base, householdSize: 2, monthlyHouseholdIncomeFen: 403_998 });
    assert.equal(under.result, 'eligible');
    const over = await passing({ ...base, householdSize: 2, monthlyHouseholdIncomeFen: 404_002 });
    assert.equal(over.result, 'not_eligible');
    assert.deepEqual(over.criteria[1], {
      id: 'economic_hardship',
      passed: false,
      detail:
        '家庭人均月收入 2,020.01 元（4,040.02 元 ÷ 2 人），高于困难标准 2,020.00 元（示例低保 1,010.00 元 × 2），不符合经济困难条件。',
    });
  });

  test('the routes around the income check: an exemption, an appointment ground; and what is out of scope or for review', async () => {
    const rich = { ...base, monthlyHouseholdIncomeFen: 10_000_000 };
    const exempt = await passing({ ...rich, exemptions: ['migrant_worker_pay_or_injury'] });
    assert.equal(exempt.result, 'eligible');
    assert.deepEqual(
      exempt.criteria.map((c) => `${c.id}:${c.passed}`),
      ['matter_in_scope:true', 'means_test_exemption:true', 'economic_hardship:true'],
    );
    assert.match(exempt.criteria[2]!.detail, /进城务工人员”情形，免予核查经济困难状况/);

    const appointed = await passing({
      ...rich,
      matterCategory: 'criminal_defense',
      appointmentGrounds: ['possible_life_or_death_sentence'],
    });
    assert.equal(appointed.result, 'eligible');
    assert.match(appointed.criteria[1]!.detail, /可能被判处无期徒刑、死刑的人（法律援助法第二十五条第一款第四项）/);
    assert.equal(appointed.criteria[2]!.detail, '属于应当指派辩护情形，不审查经济困难状况。');

    const outOfScope = await passing({ ...base, matterCategory: 'other_civil' });
    assert.equal(outOfScope.result, 'not_eligible');
    assert.equal(outOfScope.criteria[0]!.passed, false);
    const widened = await passing({ ...base, matterCategory: 'other_civil', exemptions: ['good_samaritan'] });
    assert.equal(widened.result, 'eligible');

    const review = await passing({ ...base, matterCategory: 'housing_expropriation' });
    assert.equal(review.result, 'needs_review');
    const supplementary = await passing({ ...base, matterCategory: 'rural_land_contract' });
    assert.equal(supplementary.result, 'eligible');
    assert.match(supplementary.criteria[0]!.detail, /本地补充事项（济宁市法律援助补充事项（示例数据））/);
  });

  test('bad input is a 400 naming the field', async () => {
    const cases: [string, Record<string, unknown>, string[]][] = [
      ['negative income', { ...base, monthlyHouseholdIncomeFen: -1 }, ['body.monthlyHouseholdIncomeFen:too_small']],
      [
        'income in part fen',
        { ...base, monthlyHouseholdIncomeFen: 10.5 },
        ['body.monthlyHouseholdIncomeFen:invalid_type'],
      ],
      [
        'income as text',
        { ...base, monthlyHouseholdIncomeFen: '5000' },
        ['body.monthlyHouseholdIncomeFen:invalid_type'],
      ],
      ['a household of none', { ...base, householdSize: 0 }, ['body.householdSize:too_small']],
      ['a household of 31', { ...base, householdSize: 31 }, ['body.householdSize:too_big']],
      ['negative assets', { ...base, assetsFen: -5 }, ['body.assetsFen:too_small']],
      [
        'an unknown category',
        { ...base, matterCategory: 'space_law' },
        ['body.matterCategory:unknown_matter_category'],
      ],
      ['a category that is not a code', { ...base, matterCategory: '劳动' }, ['body.matterCategory:invalid_format']],
      [
        'an unknown exemption',
        { ...base, exemptions: ['good_samaritan', 'rich_uncle'] },
        ['body.exemptions.1:unknown_exemption'],
      ],
      [
        'an exemption twice',
        { ...base, exemptions: ['good_samaritan', 'good_samaritan'] },
        ['body.exemptions.1:duplicate'],
      ],
      [
        'an unknown ground',
        { ...base, matterCategory: 'criminal_defense', appointmentGrounds: ['famous'] },
        ['body.appointmentGrounds.0:invalid_value'],
      ],
      [
        'a ground outside criminal defence',
        { ...base, appointmentGrounds: ['minor'] },
        ['body.appointmentGrounds.0:not_applicable'],
      ],
      ['another city', { ...base, divisionCode: '440300000000' }, ['body.divisionCode:out_of_area']],
      ['the province above the city', { ...base, divisionCode: '370000000000' }, ['body.divisionCode:out_of_area']],
      ['a neighbouring city', { ...base, divisionCode: '370900000000' }, ['body.divisionCode:out_of_area']],
      [
        'a code inside the city that names nothing',
        { ...base, divisionCode: '370811999999' },
        ['body.divisionCode:unknown_division'],
      ],
      ['not a division code', { ...base, divisionCode: '3708' }, ['body.divisionCode:invalid_format']],
      ['a field nobody asked for', { ...base, surprise: 1 }, ['body.surprise:unrecognized_key']],
      [
        'no matter at all',
        { divisionCode: RENCHENG_VILLAGE, householdSize: 1, monthlyHouseholdIncomeFen: 0 },
        ['body.matterCategory:invalid_type'],
      ],
      [
        'several things at once',
        { ...base, divisionCode: '370811999999', matterCategory: 'space_law', exemptions: ['rich_uncle'] },
        [
          'body.divisionCode:unknown_division',
          'body.matterCategory:unknown_matter_category',
          'body.exemptions.0:unknown_exemption',
        ],
      ],
    ];
    for (const [name, body, fields] of cases) {
      const response = await precheck(body);
      assert.equal(response.statusCode, 400, `${name}: ${response.body}`);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/, name);
      assert.deepEqual(fieldsOf(response), fields, name);
    }
    const listing: [string, string, string[]][] = [
      ['no division', '', ['query.divisionCode:invalid_type']],
      ['another city', '?divisionCode=440300000000', ['query.divisionCode:out_of_area']],
      ['a code that names nothing', '?divisionCode=370811999999', ['query.divisionCode:unknown_division']],
      ['an unknown parameter', `?divisionCode=${RENCHENG_VILLAGE}&surprise=1`, ['query.surprise:unrecognized_key']],
    ];
    for (const [name, query, fields] of listing) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/public/legal-aid/rules${query}` });
      assert.equal(response.statusCode, 400, `${name}: ${response.body}`);
      assert.deepEqual(fieldsOf(response), fields, name);
    }
  });

  test('the rule data is for administrators with legal_aid.rules.manage', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/legal-aid/rule-versions' });
    assert.equal(anonymous.statusCode, 401);
    for (const [method, url, payload] of [
      ['GET', '/api/v1/legal-aid/rule-versions', undefined],
      ['POST', '/api/v1/legal-aid/rule-versions', { regionPrefix: '3708', effectiveFrom: '2026-07-01' }],
      ['GET', '/api/v1/legal-aid/dibao', undefined],
      ['PUT', '/api/v1/legal-aid/dibao/370811000000', { effectiveFrom: '2026-07-01', monthlyFen: 100_000 }],
      ['GET', '/api/v1/legal-aid/exemptions', undefined],
      ['POST', '/api/v1/legal-aid/exemptions', { code: 'x_y', nameZh: '测试', basis: '测试' }],
      ['PATCH', '/api/v1/legal-aid/exemptions/good_samaritan', { isActive: false }],
    ] as const) {
      const response = await agent.request({ method, url, ...(payload && { payload }) });
      assert.equal(response.statusCode, 403, `${method} ${url}: ${response.body}`);
    }
    const versions = await admin.get('/api/v1/legal-aid/rule-versions');
    assert.equal(versions.statusCode, 200, versions.body);
    assert.deepEqual(
      versions
        .json()
        .items.map((v: { regionPrefix: string; regionName: string; status: string }) => [
          v.regionPrefix,
          v.regionName,
          v.status,
        ]),
      [['3708', '济宁市', 'in_force']],
    );
    const dibao = (await admin.get('/api/v1/legal-aid/dibao')).json().items;
    assert.equal(dibao.length, 13);
    assert.ok(dibao.every((d: { isIllustrative: boolean; isInForce: boolean }) => d.isIllustrative && d.isInForce));
    assert.equal(dibao.find((d: { divisionCode: string }) => d.divisionCode === '370826000000').divisionName, '微山县');
  });

  test('rule versions are checked: a real city or county in the scope, one per region and day, no built-in codes', async () => {
    const version = (body: Record<string, unknown>, session = admin) =>
      session.post('/api/v1/legal-aid/rule-versions', { effectiveFrom: '2026-09-01', ...body });
    const cases: [string, Session, Record<string, unknown>, number, string[]][] = [
      ['a county ending 00', admin, { regionPrefix: '370800' }, 400, ['body.regionPrefix:invalid_format']],
      ['a city that is not loaded', admin, { regionPrefix: '3709' }, 400, ['body.regionPrefix:unknown_division']],
      [
        'the city, for a county administrator',
        countyAdmin,
        { regionPrefix: '3708' },
        400,
        ['body.regionPrefix:out_of_scope'],
      ],
      [
        'below the policy floor of 2 ×',
        admin,
        { regionPrefix: '3708', multiplierPermille: 1500 },
        400,
        ['body.multiplierPermille:too_small'],
      ],
      ['not a date', admin, { regionPrefix: '3708', effectiveFrom: '2026-02-30' }, 400, ['body.effectiveFrom:custom']],
      [
        'the seed version day again',
        admin,
        { regionPrefix: '3708', effectiveFrom: '2022-01-01' },
        409,
        ['body.effectiveFrom:taken'],
      ],
      [
        'a supplementary matter with a statutory code',
        admin,
        {
          regionPrefix: '3708',
          supplementaryMatters: [{ code: 'maintenance', nameZh: '赡养', kind: 'civil', basis: '测试' }],
        },
        400,
        ['body.supplementaryMatters.0.code:reserved'],
      ],
      [
        'a supplementary matter twice',
        admin,
        {
          regionPrefix: '3708',
          supplementaryMatters: [
            { code: 'a_b', nameZh: '甲', kind: 'civil', basis: '测试' },
            { code: 'a_b', nameZh: '乙', kind: 'civil', basis: '测试' },
          ],
        },
        400,
        ['body.supplementaryMatters.1.code:duplicate'],
      ],
    ];
    for (const [name, session, body, status, fields] of cases) {
      const response = await version(body, session);
      assert.equal(response.statusCode, status, `${name}: ${response.body}`);
      assert.deepEqual(fieldsOf(response), fields, name);
    }
    assert.equal((await admin.get('/api/v1/legal-aid/rule-versions')).json().items.length, 1, 'nothing was written');
  });

  test('a new version and a new dibao take effect on their date, a county version before the city one; audited', async () => {
    const cityVersion = await admin.post('/api/v1/legal-aid/rule-versions', {
      regionPrefix: '3708',
      effectiveFrom: '2026-07-01',
      multiplierPermille: 2500,
      assetCapFen: 10_000_000,
      note: '自2026年7月1日起困难标准调整为低保的2.5倍',
      supplementaryMatters: [
        { code: 'rural_land_contract', nameZh: '农村土地承包经营纠纷', kind: 'civil', basis: '济宁市补充事项（测试）' },
        { code: 'elderly_care_contract', nameZh: '养老服务合同纠纷', kind: 'civil', basis: '济宁市补充事项（测试）' },
      ],
    });
    assert.equal(cityVersion.statusCode, 201, cityVersion.body);
    const created = cityVersion.json();
    assert.equal(created.status, 'scheduled');
    assert.equal(created.regionName, '济宁市');
    assert.equal(created.supplementaryMatters.length, 2);
    assert.equal(created.supplementaryMatters[0].isReviewOnly, false);
    // A county administrator sets the county's own version: 3 × from the same day.
    const countyVersion = await countyAdmin.post('/api/v1/legal-aid/rule-versions', {
      regionPrefix: '370811',
      effectiveFrom: '2026-07-01',
      multiplierPermille: 3000,
    });
    assert.equal(countyVersion.statusCode, 201, countyVersion.body);
    // 兖州区 publishes its dibao from the same day.
    const dibao = await put(admin, '/api/v1/legal-aid/dibao/370812000000', {
      effectiveFrom: '2026-07-01',
      monthlyFen: 105_000,
    });
    assert.equal(dibao.statusCode, 200, dibao.body);
    const { updatedAt, ...dibaoView } = dibao.json() as Record<string, unknown>;
    assert.equal(typeof updatedAt, 'string');
    assert.deepEqual(dibaoView, {
      divisionCode: '370812000000',
      divisionName: '兖州区',
      effectiveFrom: '2026-07-01',
      monthlyFen: 105_000,
      isIllustrative: false,
      isInForce: false,
    });

    // 兖州区, 2,200.00 元 a head, assets declared.
    const household = {
      divisionCode: YANZHOU_TOWN,
      householdSize: 2,
      monthlyHouseholdIncomeFen: 440_000,
      matterCategory: 'maintenance',
      assetsFen: 2_000_000,
    };
    t.setNow(BEFORE_JULY);
    const before = await passing(household);
    assert.equal(before.on, '2026-06-30');
    assert.equal(before.result, 'not_eligible');
    assert.equal(before.ruleVersion.effectiveFrom, '2022-01-01');
    assert.equal(before.thresholdPerCapitaFen, 202_000);
    assert.equal((await precheck({ ...household, matterCategory: 'elderly_care_contract' })).statusCode, 400);

    t.setNow(JULY);
    const afterChange = await passing(household);
    assert.equal(afterChange.on, '2026-07-01');
    assert.equal(afterChange.result, 'eligible', JSON.stringify(afterChange.criteria));
    assert.deepEqual(afterChange.ruleVersion, { id: created.id, regionPrefix: '3708', effectiveFrom: '2026-07-01' });
    assert.equal(afterChange.thresholdPerCapitaFen, 262_500);
    assert.match(afterChange.criteria[1]!.detail, /低于困难标准 2,625\.00 元（低保 1,050\.00 元 × 2\.5）。$/);
    assert.match(afterChange.criteria[2]!.detail, /家庭资产 20,000\.00 元，未超过上限 100,000\.00 元/);
    // The new supplementary list replaced the old one.
    assert.equal((await passing({ ...household, matterCategory: 'elderly_care_contract' })).result, 'eligible');
    const dropped = await precheck({ ...household, matterCategory: 'housing_expropriation' });
    assert.deepEqual(fieldsOf(dropped), ['body.matterCategory:unknown_matter_category']);
    // 任城区 has its own version from the same day, ahead of the city's.
    const rencheng = await passing({ ...household, divisionCode: RENCHENG_VILLAGE });
    assert.deepEqual(rencheng.ruleVersion, {
      id: countyVersion.json().id,
      regionPrefix: '370811',
      effectiveFrom: '2026-07-01',
    });
    assert.equal(rencheng.thresholdPerCapitaFen, 303_000);
    assert.equal((await rules(RENCHENG_VILLAGE)).json().ruleVersion.regionPrefix, '370811');
    // 微山县 has no version of its own: the city's, with its own dibao.
    assert.equal((await passing({ ...household, divisionCode: WEISHAN_TOWN })).thresholdPerCapitaFen, 207_500);

    t.setNow(NOW);
    const statuses = (await admin.get('/api/v1/legal-aid/rule-versions'))
      .json()
      .items.map(
        (v: { regionPrefix: string; effectiveFrom: string; status: string }) =>
          `${v.regionPrefix}@${v.effectiveFrom}:${v.status}`,
      );
    assert.deepEqual(statuses, [
      '3708@2022-01-01:in_force',
      '3708@2026-07-01:scheduled',
      '370811@2026-07-01:scheduled',
    ]);

    const versionAudit = await audit('legal_aid_rule_version');
    assert.deepEqual(
      versionAudit.map((a) => [a.action, a.entityId, a.divisionCode]),
      [
        ['legal_aid.create_rule_version', String(created.id), '370800000000'],
        ['legal_aid.create_rule_version', String(countyVersion.json().id), '370811000000'],
      ],
    );
    const versionDetails = versionAudit.map((a) => a.detail as { multiplierPermille: number });
    assert.equal(versionDetails[0]?.multiplierPermille, 2500);
    // Setting the same day again replaces the amount, and the audit keeps what it replaced.
    const corrected = await put(admin, '/api/v1/legal-aid/dibao/370812000000', {
      effectiveFrom: '2026-07-01',
      monthlyFen: 104_500,
    });
    assert.equal(corrected.json().monthlyFen, 104_500);
    const dibaoAudit = await audit('legal_aid_dibao');
    assert.deepEqual(
      dibaoAudit.map((a) => [a.action, a.entityId, a.divisionCode]),
      [
        ['legal_aid.set_dibao', '370812000000@2026-07-01', '370812000000'],
        ['legal_aid.set_dibao', '370812000000@2026-07-01', '370812000000'],
      ],
    );
    const dibaoDetails = dibaoAudit.map((a) => a.detail as { before: { monthlyFen: number } | null });
    assert.equal(dibaoDetails[0]?.before, null);
    assert.equal(dibaoDetails[1]?.before?.monthlyFen, 105_000);
  });

  test('dibao edits are checked: a city or county that exists, in the scope, a positive amount', async () => {
    const cases: [string, Session, string, Record<string, unknown>, string[]][] = [
      [
        'a township',
        admin,
        '370811002000',
        { effectiveFrom: '2026-07-01', monthlyFen: 100_000 },
        ['path.code:not_a_region'],
      ],
      [
        'a county not loaded',
        admin,
        '370899000000',
        { effectiveFrom: '2026-07-01', monthlyFen: 100_000 },
        ['path.code:unknown_division'],
      ],
      [
        'a neighbouring county',
        countyAdmin,
        '370812000000',
        { effectiveFrom: '2026-07-01', monthlyFen: 100_000 },
        ['path.code:out_of_scope'],
      ],
      [
        'no amount',
        admin,
        '370811000000',
        { effectiveFrom: '2026-07-01', monthlyFen: 0 },
        ['body.monthlyFen:too_small'],
      ],
      [
        'an amount in yuan with decimals',
        admin,
        '370811000000',
        { effectiveFrom: '2026-07-01', monthlyFen: 1010.5 },
        ['body.monthlyFen:invalid_type'],
      ],
    ];
    for (const [name, session, code, body, fields] of cases) {
      const response = await put(session, `/api/v1/legal-aid/dibao/${code}`, body);
      assert.equal(response.statusCode, 400, `${name}: ${response.body}`);
      assert.deepEqual(fieldsOf(response), fields, name);
    }
  });

  test('the exemption list is edited: retired entries are refused, new ones accepted, all audited', async () => {
    const retired = await admin.patch('/api/v1/legal-aid/exemptions/special_care_recipient', { isActive: false });
    assert.equal(retired.statusCode, 200, retired.body);
    assert.equal(retired.json().isActive, false);
    const refused = await precheck({ ...base, exemptions: ['special_care_recipient'] });
    assert.deepEqual(fieldsOf(refused), ['body.exemptions.0:unknown_exemption']);
    const listed = (await rules(RENCHENG_VILLAGE)).json().exemptions.map((e: { code: string }) => e.code);
    assert.ok(!listed.includes('special_care_recipient'));
    const all = (await admin.get('/api/v1/legal-aid/exemptions')).json().items;
    assert.equal(all.length, meansTestExemptions.length, 'retired entries stay on the list');
    assert.equal(
      (await admin.patch('/api/v1/legal-aid/exemptions/special_care_recipient', { isActive: true })).statusCode,
      200,
    );

    // Art. 42(4): another group a regulation names, limited to one matter.
    const added = await admin.post('/api/v1/legal-aid/exemptions', {
      code: 'disaster_victim',
      nameZh: '因自然灾害等原因导致生活困难的受灾群众',
      basis: '法律援助法第四十二条第四项（测试）',
      matterCategories: ['maintenance'],
    });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(added.json().sortOrder, (meansTestExemptions.length + 1) * 10);
    const rich = { ...base, matterCategory: 'maintenance', monthlyHouseholdIncomeFen: 10_000_000 };
    assert.equal((await passing({ ...rich, exemptions: ['disaster_victim'] })).result, 'eligible');
    const elsewhere = await passing({ ...rich, matterCategory: 'work_injury', exemptions: ['disaster_victim'] });
    assert.equal(elsewhere.result, 'not_eligible');
    assert.match(elsewhere.criteria[1]!.detail, /仅适用于“请求给付赡养费、抚养费、扶养费”事项/);

    const bad: [string, string, string, Record<string, unknown>, number, string[]][] = [
      [
        'a taken code',
        'POST',
        '/api/v1/legal-aid/exemptions',
        { code: 'good_samaritan', nameZh: '新名称', basis: '测试' },
        409,
        ['body.code:taken'],
      ],
      [
        'a taken name',
        'POST',
        '/api/v1/legal-aid/exemptions',
        { code: 'new_one', nameZh: '社会救助对象', basis: '测试' },
        409,
        ['body.nameZh:taken'],
      ],
      [
        'an unknown matter',
        'PATCH',
        '/api/v1/legal-aid/exemptions/disaster_victim',
        { matterCategories: ['space_law'] },
        400,
        ['body.matterCategories.0:unknown_matter_category'],
      ],
      ['nothing to change', 'PATCH', '/api/v1/legal-aid/exemptions/disaster_victim', {}, 400, ['body:custom']],
      ['no such exemption', 'PATCH', '/api/v1/legal-aid/exemptions/no_such_thing', { isActive: false }, 404, []],
    ];
    for (const [name, method, url, payload, status, fields] of bad) {
      const response = await admin.request({ method: method as 'POST', url, payload });
      assert.equal(response.statusCode, status, `${name}: ${response.body}`);
      assert.deepEqual(fieldsOf(response), fields, name);
    }
    assert.deepEqual(
      (await audit('legal_aid_exemption')).map((a) => [a.action, a.entityId, a.divisionCode]),
      [
        ['legal_aid.retire_exemption', 'special_care_recipient', null],
        ['legal_aid.restore_exemption', 'special_care_recipient', null],
        ['legal_aid.create_exemption', 'disaster_victim', null],
      ],
    );
  });
});
