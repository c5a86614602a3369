import { type Kysely, sql } from 'kysely';
import { legalDomainEnglishLabels, legalDomainLabels, legalDomains } from '../../src/shared/domain/legal-domain';

// The legal-domain taxonomy (法律领域) becomes data that administrators edit, seeded with the 20
// domains of the question corpus (src/shared/domain/legal-domain.ts). A domain in use is retired
// (is_active false), never deleted: old orders, rules and articles keep a code that still names
// something. Knowledge articles had the 20 codes as a check constraint; they now reference the
// table, so a new domain can be used and an unknown one cannot. Work orders and routing rules
// get no foreign key: their codes were never checked here, and an installation may hold codes
// the seed lacks, so their services check new values instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table legal_domain (
      code text constraint legal_domain_pkey primary key
        check (code ~ '^[a-z]+(_[a-z]+)*$' and char_length(code) <= 40),
      name_zh text not null constraint legal_domain_name_zh_key unique,
      name_en text not null,
      sort_order integer not null,
      is_active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  // Tens apart, so a new domain can be placed between two without renumbering.
  const rows = legalDomains.map(
    (code, i) => sql`(${code}, ${legalDomainLabels[code]}, ${legalDomainEnglishLabels[code]}, ${(i + 1) * 10})`,
  );
  await sql`insert into legal_domain (code, name_zh, name_en, sort_order) values ${sql.join(rows)}`.execute(db);
  await sql`alter table knowledge_article drop constraint knowledge_article_legal_domain_check`.execute(db);
  await sql`
    alter table knowledge_article add constraint knowledge_article_legal_domain_fkey
      foreign key (legal_domain) references legal_domain (code)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table knowledge_article drop constraint knowledge_article_legal_domain_fkey`.execute(db);
  // Fails, and so keeps the table, while an article uses a domain added since: nothing is lost.
  const codes = legalDomains.map((code) => sql.lit(code));
  await sql`
    alter table knowledge_article add constraint knowledge_article_legal_domain_check
      check (legal_domain in (${sql.join(codes)}))`.execute(db);
  await sql`drop table legal_domain`.execute(db);
}
