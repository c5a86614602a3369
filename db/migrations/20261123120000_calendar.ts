import { type Kysely, sql } from 'kysely';

// The official working-day calendar (工作日历). Weekends rest and weekdays work by default and
// have no row; a row overrides one day: a holiday, or a make-up working weekend day (调休上班).
// `provisional` marks days computed before the State Council published the year's arrangement.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table calendar_day (
      day date primary key,
      kind text not null check (kind in ('holiday', 'workday')),
      name text,
      provisional boolean not null default false,
      updated_by integer references app_user (id),
      updated_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists calendar_day`.execute(db);
}
