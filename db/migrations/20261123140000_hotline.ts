import { type Kysely, sql } from 'kysely';

// 12348 hotline calls: what the phone system reports, who took the call, how long it lasted
// and the work order it produced.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table hotline_call (
      id integer generated always as identity primary key,
      line text not null,
      caller_phone_cipher text not null,
      caller_phone_hash text not null,
      citizen_id integer references citizen (id),
      agent_id integer references app_user (id),
      started_at timestamptz not null,
      ended_at timestamptz,
      duration_seconds integer check (duration_seconds >= 0),
      work_order_id integer references work_order (id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index hotline_call_agent_idx on hotline_call (agent_id, started_at)`.execute(db);
  await sql`create index hotline_call_caller_idx on hotline_call (caller_phone_hash, started_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table hotline_call`.execute(db);
}
