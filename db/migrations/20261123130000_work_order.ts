import { type Kysely, sql } from 'kysely';

// Work orders: one citizen record across channels, the order, its event history, and the
// daily counter behind the tracking codes.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Phone and ID numbers are encrypted; the keyed hashes find the same citizen from any channel.
  await sql`
    create table citizen (
      id integer generated always as identity primary key,
      name text,
      phone_cipher text,
      phone_hash text,
      id_number_cipher text,
      id_number_hash text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index citizen_phone_idx on citizen (phone_hash)`.execute(db);
  await sql`create unique index citizen_id_number_idx on citizen (id_number_hash)`.execute(db);

  await sql`
    create table work_order_counter (
      day date primary key,
      last_value integer not null
    )`.execute(db);

  await sql`
    create table work_order (
      id integer generated always as identity primary key,
      code text not null unique,
      kind text not null,
      legal_domain text,
      channel text not null,
      priority text not null default 'normal' check (priority in ('normal', 'urgent')),
      status text not null,
      division_code varchar(12) collate "C" not null references division (code),
      citizen_id integer not null references citizen (id),
      description text not null,
      organization_id integer references organization (id),
      assignee_id integer references app_user (id),
      created_by integer references app_user (id),
      accept_by timestamptz,
      resolve_by timestamptz not null,
      accepted_at timestamptz,
      resolved_at timestamptz,
      closed_at timestamptz,
      result text,
      supervised boolean not null default false,
      -- 0 on time, 1 overdue and reminded (催办), 2 escalated to supervision (督办).
      overdue_level smallint not null default 0,
      reminded_at timestamptz,
      extension_requested_days smallint,
      extension_reason text,
      reopen_count smallint not null default 0,
      rating smallint check (rating between 1 and 5),
      rating_comment text,
      idempotency_key text unique,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  // Scope filters are division-prefix LIKEs; queues read by status and deadline.
  await sql`create index work_order_division_idx on work_order (division_code, status)`.execute(db);
  await sql`create index work_order_status_idx on work_order (status, accept_by, resolve_by)`.execute(db);
  await sql`create index work_order_organization_idx on work_order (organization_id, status)`.execute(db);
  await sql`create index work_order_assignee_idx on work_order (assignee_id, status)`.execute(db);
  await sql`create index work_order_citizen_idx on work_order (citizen_id, created_at)`.execute(db);

  await sql`
    create table work_order_event (
      id bigint generated always as identity primary key,
      work_order_id integer not null references work_order (id),
      action text not null,
      from_status text,
      to_status text not null,
      actor_id integer references app_user (id),
      actor_kind text not null check (actor_kind in ('staff', 'citizen', 'system')),
      reason text,
      detail jsonb not null default '{}',
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index work_order_event_order_idx on work_order_event (work_order_id, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table work_order_event`.execute(db);
  await sql`drop table work_order`.execute(db);
  await sql`drop table work_order_counter`.execute(db);
  await sql`drop table citizen`.execute(db);
}
