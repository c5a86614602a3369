import { type Kysely, sql } from 'kysely';

// Messages to citizens (SMS), written in the same transaction as what they announce and sent
// by a job: a message is never lost when a process dies, and a failed send is retried.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table message_outbox (
      id integer generated always as identity primary key,
      channel text not null check (channel in ('sms')),
      recipient_cipher text not null,
      body text not null,
      purpose text not null,
      work_order_id integer references work_order (id),
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
      attempts smallint not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      provider_message_id text,
      sent_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index message_outbox_due_idx on message_outbox (next_attempt_at) where status = 'pending'`.execute(
    db,
  );
  await sql`create index message_outbox_order_idx on message_outbox (work_order_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table message_outbox`.execute(db);
}
