import type { Kysely } from 'kysely';
import {
  addCalendarDays,
  type CalendarOverrides,
  isWorkingDay,
  shanghaiDateOf,
  startOfShanghaiDay,
} from '../../shared/domain/calendar';
import { type DivisionLevel, scopePrefix } from '../../shared/domain/division';
import type { Role } from '../../shared/domain/role';
import type { WorkOrder, WorkOrderActionInput } from '../../shared/schemas/work-order.schema';
import type { Database } from '../db/schema';
import type { AppDeps } from '../deps';
import type { Actor } from '../http/actor';
import { loadCalendarOverrides } from '../modules/calendar/calendar.service';
import { endCall, receiveCall, recordOrderForCall } from '../modules/hotline/hotline.service';
import { sendDueMessages } from '../modules/message/message.service';
import { logSmsProvider } from '../modules/message/sms.provider';
import { actOnWorkOrder } from '../modules/work-order/work-order.action';
import { ratePublicWorkOrder } from '../modules/work-order/work-order.rating';
import { createPublicWorkOrder, createWorkOrder } from '../modules/work-order/work-order.service';
import { sweepOverdueWorkOrders } from '../modules/work-order/work-order.sweep';
import { renchengCode } from './demo-city.figures';
import { mobilePhone, personName, residentIdNumber } from './demo-names';
import { Random } from './demo-random';
import { DemoSeedError } from './demo-seed.error';
import { type DemoActorName, type DemoStep, type DemoWhen, demoMatters } from './demo-work-order.fixtures';

/**
 * The demo work orders (demo-work-order.fixtures): each matter is played through the product's
 * own use cases — intake on the portal, at the window or on a hotline call, the dispatcher's,
 * lawyer's and supervisor's actions, the citizen's rating, the overdue sweep and the message
 * sender — on a copy of the deps whose clock is moved back over the last fifteen working days.
 * So every order carries the code, events, deadlines, citizen and messages the product makes,
 * and a fresh demo opens on queues with something in them.
 *
 * Runs once per database, after the demo accounts exist: a marker row claimed before the first
 * write keeps two processes starting at once from playing it twice, and a database that already
 * holds work orders (someone is using it) gets none.
 */

export const demoWorkOrdersSettingKey = 'demo.work_orders_seeded';
export const demoWorkOrdersStep = '演示工单';

export interface DemoWorkOrderResult {
  /** Orders written now; 0 when skipped. */
  written: number;
  skipped?: 'already_seeded' | 'orders_exist';
}

type Progress = (step: string, done: number, total: number) => void;

const actorNames: readonly DemoActorName[] = ['agent', 'clerk', 'dispatcher', 'lawyer', 'supervisor'];

/** The staff the scripts act as, read from their accounts (what resolveActor reads from a session). */
async function loadDemoActors(db: Kysely<Database>): Promise<Record<DemoActorName, Actor>> {
  const rows = await db
    .selectFrom('appUser as u')
    .innerJoin('division as d', 'd.code', 'u.scopeDivisionCode')
    .leftJoin('organization as o', 'o.id', 'u.organizationId')
    .select([
      'u.id',
      'u.username',
      'u.displayName',
      'u.roles',
      'u.scopeDivisionCode',
      'd.name as scopeName',
      'd.level as scopeLevel',
      'u.organizationId',
      'o.name as organizationName',
    ])
    .where('u.username', 'in', actorNames)
    .where('u.isDemo', '=', true)
    .where('u.isDisabled', '=', false)
    .execute();
  const actors = {} as Record<DemoActorName, Actor>;
  for (const name of actorNames) {
    const row = rows.find((r) => r.username === name);
    if (!row)
      throw new DemoSeedError(`The demo account "${name}" is missing or disabled; the demo work orders need it.`);
    actors[name] = {
      userId: row.id,
      username: row.username,
      displayName: row.displayName,
      roles: row.roles as Role[],
      scopeCode: row.scopeDivisionCode,
      scopeName: row.scopeName,
      scopeLevel: row.scopeLevel as DivisionLevel,
      scopePrefix: scopePrefix(row.scopeDivisionCode),
      organizationId: row.organizationId,
      organizationName: row.organizationName,
      mustChangePassword: false,
      // No session: the seed calls the services directly.
      sessionId: 'demo-seed',
      csrfToken: 'demo-seed',
    };
  }
  if (actors.lawyer.organizationId === null) throw new DemoSeedError('The demo lawyer has no law firm.');
  return actors;
}

/** Where an order may first be sent by mistake: a notary office of 任城区. */
async function findNotaryOffice(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('organization')
    .select('id')
    .where('kind', '=', 'notary_office')
    .where('divisionCode', 'like', `${scopePrefix(renchengCode)}%`)
    .orderBy('id')
    .executeTakeFirst();
  if (!row) throw new DemoSeedError('No notary office in 任城区 for the demo work orders.');
  return row.id;
}

/** The villages and communities of each township the matters name, in code order. */
async function readVillages(db: Kysely<Database>): Promise<Map<string, string[]>> {
  const townships = [...new Set(demoMatters.map((m) => m.township))];
  const rows = await db
    .selectFrom('division')
    .select(['code', 'parentCode'])
    .where('parentCode', 'in', townships)
    .where('level', '=', 'village')
    .orderBy('code')
    .execute();
  const villages = new Map<string, string[]>(townships.map((t) => [t, []]));
  for (const row of rows) villages.get(row.parentCode!)!.push(row.code);
  return villages;
}

/** days[i] is the i-th working day before `today` (days[0] is today itself, working day or not). */
function workingDaysBack(today: string, count: number, calendar: CalendarOverrides): string[] {
  const days = [today];
  for (let date = today; days.length <= count; ) {
    date = addCalendarDays(date, -1);
    if (isWorkingDay(date, calendar)) days.push(date);
  }
  return days;
}

interface Citizen {
  name: string;
  phone: string;
  divisionCode: string;
  idNumber: string | undefined;
  /** Hotline only: how long the call had lasted when the agent recorded the order. */
  callSeconds: number;
}

/** The invented person behind each matter: the same every run (seeded by the matter's key). */
function inventCitizens(villages: Map<string, string[]>): Citizen[] {
  const phones = new Set<string>();
  return demoMatters.map((matter) => {
    const rng = new Random(`demo-work-order:${matter.key}`);
    const person = personName(rng, matter.citizen === 'female' ? 1 : matter.citizen === 'male' ? 0 : 0.5);
    let phone = mobilePhone(rng);
    while (phones.has(phone)) phone = mobilePhone(rng);
    phones.add(phone);
    const candidates = villages.get(matter.township) ?? [];
    const divisionCode = candidates.length > 0 ? rng.pick(candidates) : matter.township;
    return {
      name: person.name,
      phone,
      divisionCode,
      idNumber: matter.withIdNumber ? residentIdNumber(rng, divisionCode, person.isFemale, [1962, 1996]) : undefined,
      callSeconds: rng.int(150, 660),
    };
  });
}

interface Entry {
  at: Date;
  /** Resolves true when the step may have queued a text message. */
  run: () => Promise<boolean>;
}

// The message job's provider, without the log lines: these messages were "sent" in the past.
const quietSms = logSmsProvider({ info: () => {} });

const minute = 60_000;

/** What the scripts act on: the demo staff, the invented citizens, and the orders as they are made. */
class Stage {
  readonly ids: number[] = [];
  private readonly codes: string[] = [];
  /** Versions as the seed last saw them; forgotten when the sweep or a citizen may have changed the order. */
  private readonly versions = new Map<number, number>();

  constructor(
    private readonly deps: AppDeps,
    private readonly actors: Record<DemoActorName, Actor>,
    private readonly notaryOfficeId: number,
    private readonly citizens: readonly Citizen[],
  ) {}

  /** The deps with the clock stopped at `when`. */
  at(when: Date): AppDeps {
    return { ...this.deps, clock: () => when };
  }

  /** The matter comes in on its channel; true when it was answered on the spot (a rating request goes out). */
  async intake(index: number, when: Date): Promise<boolean> {
    const matter = demoMatters[index]!;
    const citizen = this.citizens[index]!;
    const fields = {
      kind: matter.kind,
      description: matter.description,
      divisionCode: citizen.divisionCode,
      phone: citizen.phone,
      name: citizen.name,
    };
    if (matter.channel === 'web' || matter.channel === 'kiosk') {
      const { code } = await createPublicWorkOrder(this.at(when), { ...fields, channel: matter.channel });
      const row = await this.deps.db.selectFrom('workOrder').select('id').where('code', '=', code).executeTakeFirst();
      this.ids[index] = row!.id;
      this.codes[index] = code;
      return false;
    }
    const staffFields = {
      ...fields,
      legalDomain: matter.legalDomain,
      priority: 'normal' as const,
      idNumber: citizen.idNumber,
      answer: matter.answer,
    };
    let order: WorkOrder;
    if (matter.channel === 'window') {
      order = await createWorkOrder(this.at(when), this.actors.clerk, { ...staffFields, channel: 'window' });
    } else {
      // A call: it rings, the agent records the order while the caller is on the line, the caller hangs up.
      const agent = this.actors.agent;
      const rang = new Date(when.getTime() - citizen.callSeconds * 1000);
      const pop = await receiveCall(this.at(rang), agent, {
        callerNumber: citizen.phone,
        line: '12348',
        startedAt: rang.toISOString(),
      });
      order = await recordOrderForCall(this.at(when), agent, pop.call.id, { ...staffFields, channel: 'hotline' });
      const hungUp = new Date(when.getTime() + 40_000);
      await endCall(this.at(hungUp), agent, pop.call.id, hungUp.toISOString());
    }
    this.ids[index] = order.id;
    this.codes[index] = order.code;
    this.versions.set(order.id, order.version);
    return matter.answer !== undefined;
  }

  /** One step of a script; true when it resolved the order (a rating request goes out). */
  async act(index: number, step: DemoStep, when: Date): Promise<boolean> {
    const toLawyer = { organizationId: this.actors.lawyer.organizationId!, assigneeId: this.actors.lawyer.userId };
    switch (step.do) {
      case 'dispatch':
        await this.perform(
          index,
          'dispatcher',
          step.to === 'lawyer'
            ? { action: 'dispatch', ...toLawyer }
            : { action: 'dispatch', organizationId: this.notaryOfficeId },
          when,
        );
        return false;
      case 'transfer':
        await this.perform(index, 'dispatcher', { action: 'transfer', reason: step.reason, ...toLawyer }, when);
        return false;
      case 'accept':
      case 'start':
        await this.perform(index, 'lawyer', { action: step.do }, when);
        return false;
      case 'note':
        await this.perform(index, step.by, { action: 'note', reason: step.reason }, when);
        return false;
      case 'return':
        await this.perform(index, 'lawyer', { action: 'return', reason: step.reason }, when);
        return false;
      case 'request_extension':
        await this.perform(
          index,
          'lawyer',
          { action: 'request_extension', extensionDays: step.days, reason: step.reason },
          when,
        );
        return false;
      case 'approve_extension':
      case 'reject_extension':
        await this.perform(index, 'supervisor', { action: step.do, reason: step.reason }, when);
        return false;
      case 'resolve':
        await this.perform(index, 'lawyer', { action: 'resolve', result: step.result }, when);
        return true;
      case 'rate':
        await ratePublicWorkOrder(this.at(when), this.codes[index]!, {
          phone: this.citizens[index]!.phone,
          rating: step.rating,
          comment: step.comment,
        });
        this.versions.delete(this.ids[index]!);
        return false;
    }
  }

  private async perform(index: number, who: DemoActorName, input: ActionInput, when: Date) {
    const id = this.ids[index]!;
    const version =
      this.versions.get(id) ??
      (await this.deps.db.selectFrom('workOrder').select('version').where('id', '=', id).executeTakeFirstOrThrow())
        .version;
    const order = await actOnWorkOrder(this.at(when), this.actors[who], id, { ...input, version });
    this.versions.set(id, order.version);
  }

  /** The overdue sweep as the job runs it; true when it reminded or supervised anything (a notice may go out). */
  async sweep(when: Date): Promise<boolean> {
    const result = await sweepOverdueWorkOrders(this.at(when));
    if (result.reminded + result.supervised === 0) return false;
    this.versions.clear();
    return true;
  }
}

type ActionInput = Omit<WorkOrderActionInput, 'version'>;

/** A refusal from a use case names the script and step it came from. */
function inScript(key: string, step: string, run: () => Promise<boolean>) {
  return () =>
    run().catch((error: Error) => {
      throw new DemoSeedError(`Demo work order ${key}, ${step}: ${error.message}`);
    });
}

export async function seedDemoWorkOrders(deps: AppDeps, onProgress?: Progress): Promise<DemoWorkOrderResult> {
  const { db } = deps;
  const marker = await db.selectFrom('appSetting').select('key').where('key', '=', demoWorkOrdersSettingKey).execute();
  if (marker.length > 0) return { written: 0, skipped: 'already_seeded' };
  if (await db.selectFrom('workOrder').select('id').limit(1).executeTakeFirst())
    return { written: 0, skipped: 'orders_exist' };

  // Everything the scripts need is read before the marker is claimed: a database without the
  // demo accounts fails here, writes nothing, and can try again on its next start.
  const stage = new Stage(
    deps,
    await loadDemoActors(db),
    await findNotaryOffice(db),
    inventCitizens(await readVillages(db)),
  );
  const now = deps.clock();
  const today = shanghaiDateOf(now);
  const earliest = Math.max(...demoMatters.flatMap((m) => [m.at[0], ...m.steps.map((s) => s.at[0])]));
  const calendar = await loadCalendarOverrides(db);
  const days = workingDaysBack(today, earliest, calendar);
  const instant = ([daysAgo, time]: DemoWhen) => new Date(`${days[daysAgo]}T${time}:00+08:00`);

  // One timeline for every script and the jobs, played in time order: the sweep sees each
  // order exactly as it stood at that moment.
  const timeline: Entry[] = [];
  demoMatters.forEach((matter, index) => {
    const created = instant(matter.at);
    timeline.push({ at: created, run: inScript(matter.key, 'intake', () => stage.intake(index, created)) });
    for (const step of matter.steps) {
      const when = instant(step.at);
      if (when <= created) throw new DemoSeedError(`Demo work order ${matter.key}: a step before its intake.`);
      timeline.push({ at: when, run: inScript(matter.key, step.do, () => stage.act(index, step, when)) });
    }
  });
  // The overdue sweep runs every minute. Every deadline and every escalation point of a normal
  // order is a count of working days, so it falls at the midnight that ends a working day: a
  // sweep a minute past each such midnight, and one now, does what the job would have done.
  for (let date = days[earliest]!; date < today; date = addCalendarDays(date, 1)) {
    const sweepAt = new Date(startOfShanghaiDay(addCalendarDays(date, 1)).getTime() + minute);
    if (isWorkingDay(date, calendar) && sweepAt < now) timeline.push({ at: sweepAt, run: () => stage.sweep(sweepAt) });
  }
  timeline.push({ at: now, run: () => stage.sweep(now) });
  // A stable sort: steps at one instant keep the order they were written in.
  timeline.sort((a, b) => a.at.getTime() - b.at.getTime());

  const claimed = await db
    .insertInto('appSetting')
    .values({ key: demoWorkOrdersSettingKey, value: JSON.stringify({ startedAt: now.toISOString() }) })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  if (!claimed) return { written: 0, skipped: 'already_seeded' };

  onProgress?.(demoWorkOrdersStep, 0, timeline.length);
  for (const [done, entry] of timeline.entries()) {
    // The message job sends what a step queued within the minute.
    if (await entry.run())
      await sendDueMessages(stage.at(new Date(Math.min(entry.at.getTime() + minute, now.getTime()))), quietSms);
    onProgress?.(demoWorkOrdersStep, done + 1, timeline.length);
  }

  await db
    .updateTable('appSetting')
    .set({ value: JSON.stringify({ startedAt: now.toISOString(), orders: stage.ids.length }), updatedAt: now })
    .where('key', '=', demoWorkOrdersSettingKey)
    .execute();
  return { written: stage.ids.length };
}
