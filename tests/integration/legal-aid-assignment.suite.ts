import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { type Session, startTestApp, type TestApp, uniqueName } from '../support/test-app';

const RENCHENG = '370811000000';
const RENCHENG_VILLAGE = '370811002001';
// Monday 2026-06-01 10:00 in Asia/Shanghai.
const NOW = new Date('2026-06-01T02:00:00Z');
const TODAY = '2026-06-01';

interface Candidate {
  professionalId: number;
  openCases: number;
  eligible: boolean;
  skipReason: string | null;
  details: string[];
  onDuty: boolean;
  conflicts: { caseRef: string; holder: string; kind: string; matchedBy: string; reason: string }[];
}

describe('legal-aid assignment: aid pool, conflict check, rotation, duty lawyers', () => {
  let t: TestApp;
  let clerk: Session;
  let supervisor: Session;
  let dispatcher: Session;
  let zouchengDispatcher: Session;
  const firm: Record<'a' | 'b', number> = { a: 0, b: 0 };
  let office = 0;
  /** L1 and L3 in firm A, L2 in firm B (with an account), G1 a grassroots legal worker. */
  const pro = { l1: 0, l2: 0, l3: 0, g1: 0 };
  let l2UserId = 0;

  let phoneCounter = 0;
  const phone = () => `1390538${String(1000 + phoneCounter++).padStart(4, '0')}`;

  const organization = async (kind: string, name: string) =>
    (
      await t.deps.db
        .insertInto('organization')
        .values({ kind, name: uniqueName(name), divisionCode: RENCHENG })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const professional = async (kind: string, name: string, organizationId: number) =>
    (
      await t.deps.db
        .insertInto('professional')
        .values({ kind, name, organizationId, divisionCode: RENCHENG })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  /** A staff application in 任城区, granted by the supervisor; returns the order id. */
  const grantedCase = async (overrides: Record<string, unknown> = {}, grant = true) => {
    const response = await clerk.post('/api/v1/legal-aid/applications', {
      divisionCode: RENCHENG_VILLAGE,
      householdSize: 3,
      monthlyHouseholdIncomeFen: 300_000,
      matterCategory: 'labor_relationship_or_pay',
      documents: ['identity', 'hardship_statement', 'matter_materials'],
      description: '工资被拖欠，申请法律援助。',
      name: '赵申请',
      phone: phone(),
      channel: 'window',
      ...overrides,
    });
    assert.equal(response.statusCode, 201, response.body);
    const created = response.json() as { workOrderId: number; version: number };
    if (!grant) return created.workOrderId;
    const decided = await supervisor.post(`/api/v1/legal-aid/applications/${created.workOrderId}/decision`, {
      decision: 'grant',
      version: created.version,
    });
    assert.equal(decided.statusCode, 200, decided.body);
    return created.workOrderId;
  };
  const candidatesOf = async (session: Session, id: number) => {
    const response = await session.get(`/api/v1/legal-aid/applications/${id}/assignment-candidates`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as {
      candidates: Candidate[];
      suggestion: { professionalId: number; via: string; explanation: string } | null;
      lawyerShare: { lawyerCases: number; totalCases: number; met: boolean };
      nonLawyerOutlook: { keepsTarget: boolean; headroom: number | null };
      current: { professionalId: number; via: string } | null;
      assignable: boolean;
      version: number;
    };
  };
  const candidate = (list: Candidate[], id: number) => {
    const found = list.find((c) => c.professionalId === id);
    assert.ok(found, `candidate ${id} listed`);
    return found;
  };
  const assign = async (session: Session, id: number, professionalId?: number) => {
    const { version } = await candidatesOf(supervisor, id);
    return session.post(`/api/v1/legal-aid/applications/${id}/assignment`, {
      ...(professionalId !== undefined && { professionalId }),
      version,
    });
  };
  const codeOf = async (id: number) =>
    (await t.deps.db.selectFrom('workOrder').select('code').where('id', '=', id).executeTakeFirstOrThrow()).code;

  before(async () => {
    t = await startTestApp();
    t.setNow(NOW);
    clerk = await t.staff(['window_clerk'], RENCHENG);
    supervisor = await t.staff(['supervisor'], '370800000000');
    dispatcher = await t.staff(['dispatcher'], RENCHENG);
    zouchengDispatcher = await t.staff(['dispatcher'], '370883000000');
    // Only this suite's members: anything already in the county's pool steps aside.
    await t.deps.db
      .updateTable('legalAidPoolMember')
      .set({ isActive: false })
      .where('divisionCode', '=', RENCHENG)
      .execute();
    firm.a = await organization('law_firm', '山东甲律师事务所');
    firm.b = await organization('law_firm', '山东乙律师事务所');
    office = await organization('grassroots_legal_service_office', '任城某法律服务所');
    pro.l1 = await professional('lawyer', '钱一', firm.a);
    pro.l2 = await professional('lawyer', '孙二', firm.b);
    pro.l3 = await professional('lawyer', '李三', firm.a);
    pro.g1 = await professional('grassroots_legal_worker', '周四', office);
    await t.deps.db
      .insertInto('legalAidPoolMember')
      .values([
        { professionalId: pro.l1, kind: 'lawyer', divisionCode: RENCHENG },
        { professionalId: pro.l2, kind: 'lawyer', divisionCode: RENCHENG },
        { professionalId: pro.l3, kind: 'lawyer', divisionCode: RENCHENG },
        { professionalId: pro.g1, kind: 'grassroots_legal_worker', divisionCode: RENCHENG },
      ])
      .execute();
    const l2 = await t.staff(['lawyer'], RENCHENG, firm.b);
    l2UserId = l2.userId;
    await t.deps.db.updateTable('appUser').set({ professionalId: pro.l2 }).where('id', '=', l2UserId).execute();
  });
  beforeEach(() => t.setNow(NOW));
  after(async () => {
    t.setNow(undefined);
    await t.close();
  });

  test('an application not granted is not assigned: 409; the candidates say it is not assignable', async () => {
    const id = await grantedCase({}, false);
    const view = await candidatesOf(supervisor, id);
    assert.equal(view.assignable, false);
    const response = await assign(supervisor, id);
    assert.equal(response.statusCode, 409, response.body);
    assert.match(response.json().detail, /not granted/);
  });

  test('without legal_aid.assign: 403; outside the scope: 404', async () => {
    const id = await grantedCase();
    const url = `/api/v1/legal-aid/applications/${id}`;
    assert.equal((await clerk.get(`${url}/assignment-candidates`)).statusCode, 403);
    assert.equal((await clerk.post(`${url}/assignment`, { version: 2 })).statusCode, 403);
    assert.equal((await zouchengDispatcher.get(`${url}/assignment-candidates`)).statusCode, 404);
    assert.equal((await zouchengDispatcher.post(`${url}/assignment`, { version: 2 })).statusCode, 404);
    assert.equal((await candidatesOf(dispatcher, id)).assignable, true);
  });

  test('the rotation picks the least loaded; the order is dispatched to the firm with the account; history and audit', async () => {
    // A first case to L1 (everyone at 0: the lowest id).
    const first = await grantedCase({ name: '济宁宏达商贸有限责任公司', opposingParty: '吴某甲' });
    const before = await candidatesOf(dispatcher, first);
    assert.equal(before.suggestion?.professionalId, pro.l1);
    const shareBefore = before.lawyerShare;
    const assigned = await assign(dispatcher, first, pro.l1);
    assert.equal(assigned.statusCode, 200, assigned.body);
    assert.equal(assigned.json().current.professionalId, pro.l1);
    assert.equal(assigned.json().current.via, 'rotation');
    assert.equal(assigned.json().lawyerShare.lawyerCases, shareBefore.lawyerCases + 1);
    assert.equal(assigned.json().lawyerShare.totalCases, shareBefore.totalCases + 1);

    // The next case: L1 holds one, so the least loaded with the lowest id is L2.
    const second = await grantedCase({ name: '郑申请', opposingParty: '吴某乙' });
    const view = await candidatesOf(dispatcher, second);
    assert.equal(candidate(view.candidates, pro.l1).openCases, 1);
    assert.equal(candidate(view.candidates, pro.l2).openCases, 0);
    assert.equal(view.suggestion?.professionalId, pro.l2);
    assert.equal(view.suggestion?.via, 'rotation');
    assert.match(view.suggestion?.explanation ?? '', /孙二/);
    const response = await assign(dispatcher, second);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().current.professionalId, pro.l2);

    const order = await t.deps.db
      .selectFrom('workOrder')
      .select(['status', 'organizationId', 'assigneeId'])
      .where('id', '=', second)
      .executeTakeFirstOrThrow();
    assert.deepEqual(order, { status: 'dispatched', organizationId: firm.b, assigneeId: l2UserId });
    const detail = await dispatcher.get(`/api/v1/work-orders/${second}`);
    assert.equal(detail.statusCode, 200, detail.body);
    const dispatch = (
      detail.json().events as { action: string; detail: Record<string, unknown> | null; reason: string | null }[]
    ).find((e) => e.action === 'dispatch');
    assert.ok(dispatch, 'a dispatch event in the history');
    assert.equal(dispatch.detail?.assigneeId, l2UserId);
    assert.equal(dispatch.detail?.routing, 'legal_aid_assignment');
    assert.match(dispatch.reason ?? '', /孙二/);

    const audit = await t.deps.db
      .selectFrom('auditLog')
      .select(['action', 'detail'])
      .where('entityType', '=', 'legal_aid_application')
      .where('entityId', '=', String(second))
      .where('action', '=', 'legal_aid.assign')
      .execute();
    assert.equal(audit.length, 1);
    const rows = await t.deps.db
      .selectFrom('legalAidAssignment')
      .select(['professionalId', 'organizationId', 'via', 'assigneeUserId', 'endedAt'])
      .where('workOrderId', '=', second)
      .execute();
    assert.deepEqual(rows, [
      { professionalId: pro.l2, organizationId: firm.b, via: 'rotation', assigneeUserId: l2UserId, endedAt: null },
    ]);
  });

  test('a conflict (the opposing party is a client of the candidate or the firm, name-normalised) is skipped; a manual pick of it is 409 with the reason', async () => {
    const firstCode = await codeOf(
      (
        await t.deps.db
          .selectFrom('legalAidAssignment')
          .select('workOrderId')
          .where('professionalId', '=', pro.l1)
          .executeTakeFirstOrThrow()
      ).workOrderId,
    );
    // 有限公司 against 有限责任公司, with full-width brackets and spaces around.
    const id = await grantedCase({ name: '冯申请', opposingParty: ' 济宁宏达商贸有限公司（ ）' });
    const view = await candidatesOf(supervisor, id);
    const l1 = candidate(view.candidates, pro.l1);
    assert.equal(l1.eligible, false);
    assert.equal(l1.skipReason, 'conflict');
    assert.equal(l1.conflicts[0]?.holder, 'candidate');
    assert.equal(l1.conflicts[0]?.kind, 'client_is_opposing_party');
    assert.equal(l1.conflicts[0]?.caseRef, firstCode);
    assert.ok(l1.details.some((d) => d.includes(firstCode)));
    // L3 has no case of their own but works in L1's firm.
    const l3 = candidate(view.candidates, pro.l3);
    assert.equal(l3.openCases, 0);
    assert.equal(l3.skipReason, 'conflict');
    assert.equal(l3.conflicts[0]?.holder, 'firm');
    // Least loaded and conflict-free: G1 (L2 holds one case).
    assert.equal(view.suggestion?.professionalId, pro.g1);

    for (const blocked of [pro.l1, pro.l3]) {
      const refused = await assign(supervisor, id, blocked);
      assert.equal(refused.statusCode, 409, refused.body);
      assert.equal(refused.json().reason, 'conflict');
      assert.ok((refused.json().reasons as string[]).some((r) => r.includes(firstCode)));
      assert.match(refused.json().detail, new RegExp(firstCode));
    }
    const notInPool = await assign(supervisor, id, 999_999);
    assert.equal(notInPool.statusCode, 400);
    assert.deepEqual(
      (notInPool.json().errors as { field: string }[]).map((e) => e.field),
      ['body.professionalId'],
    );

    const before = view.lawyerShare;
    assert.equal(view.nonLawyerOutlook.keepsTarget, before.lawyerCases * 1000 >= 400 * (before.totalCases + 1));
    const response = await assign(supervisor, id);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().current.professionalId, pro.g1);
    assert.equal(response.json().lawyerShare.totalCases, before.totalCases + 1);
    assert.equal(response.json().lawyerShare.lawyerCases, before.lawyerCases);
    // G1 has no account: the order goes to the office without an assignee.
    const order = await t.deps.db
      .selectFrom('workOrder')
      .select(['organizationId', 'assigneeId'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(order, { organizationId: office, assigneeId: null });
    // Assigned once: a stale version is refused.
    const stale = await supervisor.post(`/api/v1/legal-aid/applications/${id}/assignment`, {
      version: view.version,
    });
    assert.equal(stale.statusCode, 409, stale.body);
  });

  test('a criminal case goes to the duty lawyer of the day, before the rotation; non-lawyers are left out', async () => {
    await t.deps.db.insertInto('legalAidDutyRoster').values({ dutyDate: TODAY, professionalId: pro.l2 }).execute();
    const id = await grantedCase({
      name: '陈被告',
      matterCategory: 'criminal_defense',
      description: '涉嫌盗窃被羁押，家属申请指派辩护律师。',
    });
    const view = await candidatesOf(supervisor, id);
    assert.equal(candidate(view.candidates, pro.l2).onDuty, true);
    // L3 has no open case, L2 has one: the duty lawyer goes first all the same.
    assert.equal(candidate(view.candidates, pro.l3).openCases, 0);
    assert.equal(view.suggestion?.professionalId, pro.l2);
    assert.equal(view.suggestion?.via, 'duty');
    assert.equal(candidate(view.candidates, pro.g1).skipReason, 'not_a_lawyer');
    const refused = await assign(supervisor, id, pro.g1);
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(refused.json().reason, 'not_a_lawyer');

    const response = await assign(supervisor, id);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().current.professionalId, pro.l2);
    assert.equal(response.json().current.via, 'duty');
  });
});
