import { type Kysely, sql } from 'kysely';

// Foundation tables: divisions, organisations, professionals, accounts, sessions, audit.
// Raw SQL so the same file reads the same on PGlite and PostgreSQL 15.
// Division codes use the "C" collation so `LIKE 'prefix%'` scope filters use the btree index.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await sql`
    create table division (
      code varchar(12) collate "C" primary key check (code ~ '^[0-9]{12}$'),
      name text not null,
      level text not null check (level in ('province', 'city', 'county', 'township', 'village')),
      kind text,
      parent_code varchar(12) collate "C"
    )`.execute(db);
  await sql`create index division_parent_idx on division (parent_code, code)`.execute(db);
  await sql`create index division_name_trgm_idx on division using gin (name gin_trgm_ops)`.execute(db);

  await sql`
    create table organization (
      id integer generated always as identity primary key,
      kind text not null,
      name text not null,
      division_code varchar(12) collate "C" not null references division (code),
      parent_id integer references organization (id),
      address text,
      service_phone text,
      is_demo boolean not null default false,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index organization_division_idx on organization (division_code, kind)`.execute(db);
  await sql`create index organization_name_trgm_idx on organization using gin (name gin_trgm_ops)`.execute(db);

  await sql`
    create table professional (
      id integer generated always as identity primary key,
      kind text not null,
      name text not null,
      organization_id integer references organization (id),
      division_code varchar(12) collate "C" not null references division (code),
      licence_no text,
      phone_cipher text,
      phone_hash text,
      is_demo boolean not null default false,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index professional_division_idx on professional (division_code, kind)`.execute(db);
  await sql`create index professional_organization_idx on professional (organization_id)`.execute(db);

  await sql`
    create table app_user (
      id integer generated always as identity primary key,
      username text not null,
      display_name text not null,
      password_hash text not null,
      roles text[] not null check (cardinality(roles) > 0),
      scope_division_code varchar(12) collate "C" not null references division (code),
      organization_id integer references organization (id),
      professional_id integer references professional (id),
      phone_cipher text,
      phone_hash text,
      is_disabled boolean not null default false,
      must_change_password boolean not null default false,
      is_demo boolean not null default false,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      last_login_at timestamptz
    )`.execute(db);
  await sql`create unique index app_user_username_idx on app_user (lower(username))`.execute(db);
  await sql`create index app_user_scope_idx on app_user (scope_division_code)`.execute(db);

  await sql`
    create table user_session (
      id text primary key,
      user_id integer not null references app_user (id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      ip text,
      user_agent text
    )`.execute(db);
  await sql`create index user_session_user_idx on user_session (user_id)`.execute(db);

  await sql`
    create table login_attempt (
      id bigint generated always as identity primary key,
      username text not null,
      ip text not null,
      succeeded boolean not null,
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index login_attempt_username_idx on login_attempt (lower(username), at)`.execute(db);
  await sql`create index login_attempt_ip_idx on login_attempt (ip, at)`.execute(db);

  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor_id integer references app_user (id),
      action text not null,
      entity_type text not null,
      entity_id text,
      division_code varchar(12) collate "C",
      detail jsonb not null default '{}'::jsonb,
      ip text
    )`.execute(db);
  await sql`create index audit_log_entity_idx on audit_log (entity_type, entity_id, at)`.execute(db);
  await sql`create index audit_log_actor_idx on audit_log (actor_id, at)`.execute(db);
  // The audit trail is evidence: the database itself refuses to rewrite it.
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db);

  await sql`
    create table app_setting (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'app_setting',
    'audit_log',
    'login_attempt',
    'user_session',
    'app_user',
    'professional',
    'organization',
    'division',
  ]) {
    await sql`drop table if exists ${sql.table(table)} cascade`.execute(db);
  }
  await sql`drop function if exists audit_log_append_only()`.execute(db);
}
