import { type Kysely, sql } from 'kysely';

// Dispatch routing rules, edited by administrators. The defaults send each kind of service to
// the organisations that provide it, starting where the matter is and walking up.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table routing_rule (
      id integer generated always as identity primary key,
      kind text,
      legal_domain text,
      division_prefix varchar(12) collate "C" check (division_prefix ~ '^[0-9]{2,12}$'),
      organization_kinds text[] not null check (cardinality(organization_kinds) > 0),
      start_level text not null check (start_level in ('city', 'county', 'township', 'village')),
      priority integer not null default 100,
      is_active boolean not null default true,
      note text,
      version integer not null default 1,
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    insert into routing_rule (kind, organization_kinds, start_level, priority, note) values
      (null, '{pls_room,pls_station,judicial_office,pls_centre}', 'village', 1000, '兜底：就近的公共法律服务室、站、中心'),
      ('consultation', '{pls_room,pls_station,pls_centre}', 'village', 100, '法律咨询：就近的公共法律服务平台'),
      ('legal_aid', '{legal_aid_centre}', 'county', 100, '法律援助：县级法律援助中心，无则市级'),
      ('mediation', '{mediation_committee,judicial_office,pls_station,pls_centre}', 'village', 100, '人民调解：村（居）调委会，无则乡镇司法所'),
      ('notarization', '{notary_office}', 'county', 100, '公证：县级公证处，无则市级'),
      ('appraisal', '{appraisal_institution}', 'county', 100, '司法鉴定：县级鉴定机构，无则市级'),
      ('special_population', '{judicial_office,justice_bureau}', 'township', 100, '特殊人群帮扶：乡镇司法所'),
      ('legal_education', '{pls_station,pls_centre}', 'township', 100, '法治宣传：乡镇公共法律服务站'),
      ('feedback', '{justice_bureau}', 'county', 100, '意见建议：县级司法局，无则市局')
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table routing_rule`.execute(db);
}
