import { type Kysely, sql } from 'kysely';

// The knowledge base: questions and answers agents search during a call.
// search_tokens holds the jieba tokens of title and keywords (weight A), question (B) and
// answer (C), written by the application as to_tsvector('simple', <space-joined tokens>):
// PostgreSQL has no Chinese parser, so the words are cut before they reach it.
// The legal domains are the list of src/shared/domain/legal-domain.ts as it stood here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table knowledge_article (
      id integer generated always as identity primary key,
      title text not null,
      question text not null,
      answer text not null,
      legal_domain text not null check (legal_domain in (
        'marriage_family', 'labor_dispute', 'traffic_accident', 'debt', 'criminal_defense',
        'contract_dispute', 'real_estate', 'tort', 'company_law', 'medical_dispute',
        'demolition_resettlement', 'administrative_litigation', 'construction_project',
        'intellectual_property', 'general_consultation', 'personal_injury', 'foreign_related',
        'maritime', 'consumer_rights', 'mortgage_guarantee')),
      keywords text[] not null default '{}',
      search_tokens tsvector not null,
      status text not null default 'draft' check (status in ('draft', 'published', 'archived')),
      view_count integer not null default 0,
      created_by integer references app_user (id),
      updated_by integer references app_user (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      is_demo boolean not null default false
    )`.execute(db);
  await sql`create index knowledge_article_search_idx on knowledge_article using gin (search_tokens)`.execute(db);
  // Newest first, per status and per domain: the list without a search.
  await sql`create index knowledge_article_status_idx on knowledge_article (status, id)`.execute(db);
  await sql`create index knowledge_article_domain_idx on knowledge_article (legal_domain, status, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists knowledge_article`.execute(db);
}
