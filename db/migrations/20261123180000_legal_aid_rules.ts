import { type Kysely, sql } from 'kysely';
import { meansTestExemptions } from '../../src/shared/domain/legal-aid.catalogue';

// The legal-aid means test as data (src/shared/domain/legal-aid.eligibility.ts): rule versions by
// region and effective date with their supplementary matters, the editable list of means-test
// exemptions, and the dibao per county. A version is never edited: a change is a new version
// from its date, so every past result still names the rule that produced it.
//
// Division codes carry no foreign key: the divisions are loaded after the migrations (and a
// deployment may load another city's file), so the admin service checks them instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table legal_aid_rule_version (
      id integer generated always as identity primary key,
      -- A city (3708) or a county (370811): the county's version goes before the city's.
      region_prefix varchar(6) collate "C" not null
        check (region_prefix ~ '^[0-9]{4}$' or region_prefix ~ '^[0-9]{4}(0[1-9]|[1-9][0-9])$'),
      -- Asia/Shanghai calendar day from which the version applies.
      effective_from date not null,
      -- Per-mille, so thresholds are exact integer fen; never below the seed policy's 2 ×.
      multiplier_permille integer not null check (multiplier_permille between 2000 and 10000),
      -- Household assets above this go to review; null: no asset cap.
      asset_cap_fen bigint check (asset_cap_fen >= 0),
      note text,
      created_by integer references app_user (id),
      created_at timestamptz not null default now(),
      constraint legal_aid_rule_version_region_date_key unique (region_prefix, effective_from)
    )`.execute(db);
  await sql`
    create table legal_aid_supplementary_matter (
      rule_version_id integer not null references legal_aid_rule_version (id) on delete cascade,
      code text not null check (code ~ '^[a-z]+(_[a-z]+)*$' and char_length(code) <= 40),
      name_zh text not null,
      kind text not null check (kind in ('civil', 'administrative')),
      basis text not null,
      is_review_only boolean not null default false,
      sort_order integer not null,
      primary key (rule_version_id, code),
      unique (rule_version_id, name_zh)
    )`.execute(db);
  await sql`
    create table legal_aid_exemption (
      code text constraint legal_aid_exemption_pkey primary key
        check (code ~ '^[a-z]+(_[a-z]+)*$' and char_length(code) <= 40),
      name_zh text not null constraint legal_aid_exemption_name_zh_key unique,
      basis text not null,
      -- Null: any matter; else only these matter categories (art. 42(3)).
      matter_categories text[] check (matter_categories is null or cardinality(matter_categories) > 0),
      -- Art. 32 circumstances bring their matter into scope; art. 42 groups only skip the income check.
      extends_scope boolean not null default false,
      sort_order integer not null,
      is_active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table legal_aid_dibao (
      division_code varchar(12) collate "C" not null check (division_code ~ '^[0-9]{6}000000$'),
      effective_from date not null,
      monthly_fen integer not null check (monthly_fen between 1 and 10000000),
      is_illustrative boolean not null default false,
      updated_by integer references app_user (id),
      updated_at timestamptz not null default now(),
      primary key (division_code, effective_from)
    )`.execute(db);

  // One city-wide version from the day the Legal Aid Law took effect (2022-01-01), at the seed
  // policy's 2 × dibao and without an asset cap (neither the law nor the policy names an asset
  // figure). Its supplementary matters follow the policy's direction (matters of livelihoods and
  // rural life, "与民生和'三农'问题紧密相关的事项") and are ILLUSTRATIVE, not Jining's published list.
  const [version] = (
    await sql<{ id: number }>`
      insert into legal_aid_rule_version (region_prefix, effective_from, multiplier_permille, asset_cap_fen, note)
      values ('3708', '2022-01-01', 2000, null,
        '法律援助法自2022年1月1日起施行；经济困难标准为当地低保标准的2倍。补充事项为示例数据，请按本地公布的范围修改。')
      returning id`.execute(db)
  ).rows;
  const basis = '济宁市法律援助补充事项（示例数据）';
  const supplementary = [
    ['rural_land_contract', '农村土地承包经营纠纷', 'civil', false],
    ['rural_collective_income', '农村集体经济组织收益分配纠纷', 'civil', false],
    ['agricultural_input_loss', '因种子、化肥、农药等农资质量问题请求赔偿', 'civil', false],
    ['personal_injury_other', '请求其他人身损害赔偿', 'civil', false],
    // Expropriation cases are often collective and large: a person decides each one.
    ['housing_expropriation', '房屋征收与补偿', 'administrative', true],
  ] as const;
  const matterRows = supplementary.map(
    ([code, nameZh, kind, isReviewOnly], i) =>
      sql`(${version!.id}, ${code}, ${nameZh}, ${kind}, ${basis}, ${isReviewOnly}, ${(i + 1) * 10})`,
  );
  await sql`
    insert into legal_aid_supplementary_matter (rule_version_id, code, name_zh, kind, basis, is_review_only, sort_order)
    values ${sql.join(matterRows)}`.execute(db);

  const exemptionRows = meansTestExemptions.map(
    (e, i) =>
      sql`(${e.code}, ${e.nameZh}, ${e.basis}, ${e.matterCategories ? [...e.matterCategories] : null}::text[], ${e.extendsScope}, ${(i + 1) * 10})`,
  );
  await sql`
    insert into legal_aid_exemption (code, name_zh, basis, matter_categories, extends_scope, sort_order)
    values ${sql.join(exemptionRows)}`.execute(db);

  // ILLUSTRATIVE dibao amounts (is_illustrative = true, and every result quoting them says 示例):
  // plausible 2024 Shandong levels, not Jining's published standards — about 1,010 元 per person
  // a month in urban districts (and for the city as a whole), about 830 元 in the counties and
  // county-level cities, whose people are mostly rural. Dated from 2022-01-01 so that every day
  // the seed version covers has a figure. An administrator enters the published amounts (not
  // illustrative) from their dates on the rules page; those then take over.
  const urban = 101_000;
  const rural = 83_000;
  const dibao: [string, number][] = [
    ['370800000000', urban], // 济宁市
    ['370811000000', urban], // 任城区
    ['370812000000', urban], // 兖州区
    ['370871000000', urban], // 济宁高新技术产业开发区
    ['370826000000', rural], // 微山县
    ['370827000000', rural], // 鱼台县
    ['370828000000', rural], // 金乡县
    ['370829000000', rural], // 嘉祥县
    ['370830000000', rural], // 汶上县
    ['370831000000', rural], // 泗水县
    ['370832000000', rural], // 梁山县
    ['370881000000', rural], // 曲阜市
    ['370883000000', rural], // 邹城市
  ];
  const dibaoRows = dibao.map(([code, fen]) => sql`(${code}, '2022-01-01', ${fen}, true)`);
  await sql`
    insert into legal_aid_dibao (division_code, effective_from, monthly_fen, is_illustrative)
    values ${sql.join(dibaoRows)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table legal_aid_dibao`.execute(db);
  await sql`drop table legal_aid_exemption`.execute(db);
  await sql`drop table legal_aid_supplementary_matter`.execute(db);
  await sql`drop table legal_aid_rule_version`.execute(db);
}
