import { type Kysely, sql } from 'kysely';

// Assignment (指派) of granted legal-aid cases: the aid pool (who takes aid cases, per county),
// the criminal duty-lawyer roster (值班律师) by date, and each assignment with the conflict
// check it passed. A reassignment ends the current row (ended_at) and starts a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table legal_aid_pool_member (
      professional_id integer primary key references professional (id),
      kind text not null check (kind in ('lawyer', 'grassroots_legal_worker', 'legal_aid_centre_staff')),
      division_code varchar(12) collate "C" not null references division (code),
      is_active boolean not null default true,
      is_demo boolean not null default false,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index legal_aid_pool_member_division_idx on legal_aid_pool_member (division_code)`.execute(db);

  await sql`
    create table legal_aid_duty_roster (
      duty_date date not null,
      professional_id integer not null references legal_aid_pool_member (professional_id),
      is_demo boolean not null default false,
      primary key (duty_date, professional_id)
    )`.execute(db);

  await sql`
    create table legal_aid_assignment (
      id integer generated always as identity primary key,
      work_order_id integer not null references legal_aid_application (work_order_id),
      professional_id integer not null references professional (id),
      organization_id integer not null references organization (id),
      handler_kind text not null check (handler_kind in ('lawyer', 'grassroots_legal_worker', 'legal_aid_centre_staff')),
      assignee_user_id integer references app_user (id),
      via text not null check (via in ('duty', 'rotation', 'manual')),
      -- The conflict check as it stood: every candidate's hits (reasons name parties, staff only).
      conflict_hits jsonb not null default '[]',
      assigned_at timestamptz not null,
      assigned_by integer not null references app_user (id),
      ended_at timestamptz
    )`.execute(db);
  await sql`create unique index legal_aid_assignment_current_key on legal_aid_assignment (work_order_id)
    where ended_at is null`.execute(db);
  await sql`create index legal_aid_assignment_professional_idx on legal_aid_assignment (professional_id)
    where ended_at is null`.execute(db);
  await sql`create index legal_aid_assignment_organization_idx on legal_aid_assignment (organization_id)
    where ended_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table legal_aid_assignment`.execute(db);
  await sql`drop table legal_aid_duty_roster`.execute(db);
  await sql`drop table legal_aid_pool_member`.execute(db);
}
