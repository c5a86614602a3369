import { type Kysely, sql } from 'kysely';

// A legal-aid application (法律援助申请): the facts of a work order of kind legal_aid, the means
// test as it stood when the application was received, the decision with its letter number, and
// an objection to a refusal with its answer. One row per order, written in the intake transaction.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table legal_aid_application (
      work_order_id integer primary key references work_order (id),
      household_size integer not null check (household_size between 1 and 30),
      monthly_household_income_fen bigint not null check (monthly_household_income_fen >= 0),
      assets_fen bigint check (assets_fen >= 0),
      matter_category text not null,
      exemptions text[] not null default '{}',
      appointment_grounds text[] not null default '{}',
      -- The opposing party is someone's personal data: encrypted, with a lookup hash the
      -- conflict check matches on.
      opposing_party_cipher text,
      opposing_party_hash text,
      documents text[] not null default '{}',
      -- The eligibility result as computed on receipt: result, criteria, threshold, rule version.
      eligibility jsonb not null,
      eligibility_result text not null check (eligibility_result in ('eligible', 'not_eligible', 'needs_review')),
      rule_version_id integer not null references legal_aid_rule_version (id),
      received_at timestamptz not null,
      review_by timestamptz not null,
      decision text check (decision in ('grant', 'refuse')),
      decision_reasons text,
      decided_by integer references app_user (id),
      decided_at timestamptz,
      letter_year integer,
      letter_sequence integer,
      letter_number text,
      objection_reason text,
      objected_at timestamptz,
      objection_actor_kind text check (objection_actor_kind in ('staff', 'citizen')),
      objection_answer_by timestamptz,
      objection_answer text check (objection_answer in ('uphold', 'overturn')),
      objection_answer_reasons text,
      objection_answered_by integer references app_user (id),
      objection_answered_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      constraint legal_aid_application_letter_key unique (letter_year, letter_sequence),
      constraint legal_aid_application_refusal_reasons check (decision is distinct from 'refuse' or decision_reasons is not null),
      constraint legal_aid_application_decided check ((decision is null) = (decided_at is null)),
      constraint legal_aid_application_objection check (objected_at is null or decision is not null)
    )`.execute(db);
  await sql`create index legal_aid_application_opposing_idx on legal_aid_application (opposing_party_hash)
    where opposing_party_hash is not null`.execute(db);
  await sql`create index legal_aid_application_undecided_idx on legal_aid_application (review_by)
    where decision is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table legal_aid_application`.execute(db);
}
