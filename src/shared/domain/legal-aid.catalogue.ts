/**
 * The catalogue of the legal-aid means test (法律援助经济困难审查): the matters the Legal Aid Law
 * names, the means-test exemptions, the grounds of mandatory appointment, and the bounds of the
 * figures the rule data and the facts hold. Fixed by statute or seeded into the editable tables;
 * legal-aid.rules compiles them with a region's data, legal-aid.eligibility checks against them.
 */

/** Matter-category and exemption codes: lower-case English words joined by `_`. */
export const legalAidCodePattern = /^[a-z]+(_[a-z]+)*$/;
export const legalAidCodeMaxLength = 40;

export const matterKinds = ['criminal', 'civil', 'administrative'] as const;
export type MatterKind = (typeof matterKinds)[number];

export interface MatterCategory {
  code: string;
  nameZh: string;
  kind: MatterKind;
  /** The provision that puts the matter in (or leaves it out of) scope, as the decision letter cites it. */
  basis: string;
}

/** Criminal defence: in scope for every defendant (art. 24); mandatory appointment decides it outright. */
export const criminalDefenseCategory = 'criminal_defense';

/**
 * The statutory matters: criminal defence and victims' representation (art. 24, 29) and the
 * civil and administrative matters of art. 31. Item (7) of art. 31 is four kinds of accident,
 * kept apart because subsidy standards and statistics tell them apart. The code of criminal
 * defence is the legal domain's (`criminal_defense`): one idea, one name.
 */
export const statutoryMatterCategories = [
  { code: 'criminal_defense', nameZh: '刑事辩护', kind: 'criminal', basis: '法律援助法第二十四条' },
  {
    code: 'criminal_victim',
    nameZh: '刑事被害人、自诉人、附带民事诉讼原告人代理',
    kind: 'criminal',
    basis: '法律援助法第二十九条',
  },
  { code: 'state_compensation', nameZh: '请求国家赔偿', kind: 'administrative', basis: '法律援助法第三十一条第一项' },
  {
    code: 'social_insurance_or_assistance',
    nameZh: '请求给予社会保险待遇或者社会救助',
    kind: 'administrative',
    basis: '法律援助法第三十一条第二项',
  },
  { code: 'survivor_pension', nameZh: '请求发给抚恤金', kind: 'administrative', basis: '法律援助法第三十一条第三项' },
  {
    code: 'maintenance',
    nameZh: '请求给付赡养费、抚养费、扶养费',
    kind: 'civil',
    basis: '法律援助法第三十一条第四项',
  },
  {
    code: 'labor_relationship_or_pay',
    nameZh: '请求确认劳动关系或者支付劳动报酬',
    kind: 'civil',
    basis: '法律援助法第三十一条第五项',
  },
  {
    code: 'civil_capacity',
    nameZh: '请求认定公民无民事行为能力或者限制民事行为能力',
    kind: 'civil',
    basis: '法律援助法第三十一条第六项',
  },
  { code: 'work_injury', nameZh: '请求工伤事故人身损害赔偿', kind: 'civil', basis: '法律援助法第三十一条第七项' },
  {
    code: 'traffic_accident',
    nameZh: '请求交通事故人身损害赔偿',
    kind: 'civil',
    basis: '法律援助法第三十一条第七项',
  },
  {
    code: 'food_drug_accident',
    nameZh: '请求食品药品安全事故人身损害赔偿',
    kind: 'civil',
    basis: '法律援助法第三十一条第七项',
  },
  {
    code: 'medical_accident',
    nameZh: '请求医疗事故人身损害赔偿',
    kind: 'civil',
    basis: '法律援助法第三十一条第七项',
  },
  {
    code: 'environmental_damage',
    nameZh: '请求环境污染、生态破坏损害赔偿',
    kind: 'civil',
    basis: '法律援助法第三十一条第八项',
  },
] as const satisfies readonly MatterCategory[];
export type StatutoryMatterCode = (typeof statutoryMatterCategories)[number]['code'];

/**
 * Everything else a citizen may bring, so a pre-check can answer "not in scope" rather than
 * refuse the question: out of scope unless a region lists the matter as supplementary, or an
 * art. 32 circumstance (a good samaritan's claim, a domestic-violence victim's …) makes it one.
 */
export const generalMatterCategories = [
  {
    code: 'other_civil',
    nameZh: '其他民事事项',
    kind: 'civil',
    basis: '法律援助法第三十一条及本地补充事项均未列入',
  },
  {
    code: 'other_administrative',
    nameZh: '其他行政事项',
    kind: 'administrative',
    basis: '法律援助法第三十一条及本地补充事项均未列入',
  },
] as const satisfies readonly MatterCategory[];

/** The codes no region may give a supplementary matter: they already mean something. */
export const builtInMatterCodes: ReadonlySet<string> = new Set(
  [...statutoryMatterCategories, ...generalMatterCategories].map((c) => c.code),
);

export interface MeansTestExemption {
  code: string;
  nameZh: string;
  basis: string;
  /** Only for these matters (art. 42(3): migrant workers' pay or work injury); null: any matter. */
  matterCategories: readonly string[] | null;
  /**
   * Art. 32 circumstances name their own matter (a hero's honour, a good samaritan's claim, an
   * abuse victim's rights): with one of them an otherwise out-of-scope matter is in scope.
   * Art. 42 groups only skip the income check.
   */
  extendsScope: boolean;
}

/**
 * The means-test exemptions of art. 32 (不受经济困难条件的限制) and art. 42 (免予核查经济困难状况):
 * the seed of the editable list (table legal_aid_exemption). Art. 42(1) and (2) name several
 * groups in one item; each is its own entry, as the application records which one applies.
 * The open items (art. 32(5), 42(4): "其他情形/人员" of other laws) become entries an
 * administrator adds.
 */
export const meansTestExemptions = [
  {
    code: 'hero_martyr_next_of_kin',
    nameZh: '英雄烈士近亲属为维护英雄烈士的人格权益',
    basis: '法律援助法第三十二条第一项',
    matterCategories: null,
    extendsScope: true,
  },
  {
    code: 'good_samaritan',
    nameZh: '因见义勇为行为主张相关民事权益',
    basis: '法律援助法第三十二条第二项',
    matterCategories: null,
    extendsScope: true,
  },
  {
    code: 'acquitted_on_retrial',
    nameZh: '再审改判无罪请求国家赔偿',
    basis: '法律援助法第三十二条第三项',
    matterCategories: ['state_compensation'],
    extendsScope: false,
  },
  {
    code: 'abuse_or_domestic_violence_victim',
    nameZh: '遭受虐待、遗弃或者家庭暴力的受害人主张相关权益',
    basis: '法律援助法第三十二条第四项',
    matterCategories: null,
    extendsScope: true,
  },
  {
    code: 'minor_without_income',
    nameZh: '无固定生活来源的未成年人',
    basis: '法律援助法第四十二条第一项',
    matterCategories: null,
    extendsScope: false,
  },
  {
    code: 'elderly_without_income',
    nameZh: '无固定生活来源的老年人',
    basis: '法律援助法第四十二条第一项',
    matterCategories: null,
    extendsScope: false,
  },
  {
    code: 'disabled_without_income',
    nameZh: '无固定生活来源的残疾人',
    basis: '法律援助法第四十二条第一项',
    matterCategories: null,
    extendsScope: false,
  },
  {
    code: 'social_assistance_recipient',
    nameZh: '社会救助对象',
    basis: '法律援助法第四十二条第二项',
    matterCategories: null,
    extendsScope: false,
  },
  {
    code: 'judicial_assistance_recipient',
    nameZh: '司法救助对象',
    basis: '法律援助法第四十二条第二项',
    matterCategories: null,
    extendsScope: false,
  },
  {
    code: 'special_care_recipient',
    nameZh: '优抚对象',
    basis: '法律援助法第四十二条第二项',
    matterCategories: null,
    extendsScope: false,
  },
  {
    code: 'migrant_worker_pay_or_injury',
    nameZh: '申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员',
    basis: '法律援助法第四十二条第三项',
    matterCategories: ['labor_relationship_or_pay', 'work_injury'],
    extendsScope: false,
  },
] as const satisfies readonly MeansTestExemption[];

/**
 * Grounds on which the court, procuratorate or public security organ must have counsel
 * appointed for a criminal defendant (应当通知法律援助机构指派律师): art. 25 and art. 28. Fixed by
 * statute, so constants rather than data; art. 25(1)(7) "法律法规规定的其他人员" is added here
 * when a law names one.
 */
export const appointmentGroundCodes = [
  'minor',
  'visual_hearing_speech_disability',
  'diminished_capacity_adult',
  'possible_life_or_death_sentence',
  'death_penalty_review',
  'trial_in_absentia',
  'court_notified_ordinary_procedure',
  'compulsory_medical_treatment',
] as const;
export type AppointmentGroundCode = (typeof appointmentGroundCodes)[number];

export interface AppointmentGround {
  code: AppointmentGroundCode;
  nameZh: string;
  basis: string;
}

export const appointmentGrounds: readonly AppointmentGround[] = [
  { code: 'minor', nameZh: '未成年人', basis: '法律援助法第二十五条第一款第一项' },
  {
    code: 'visual_hearing_speech_disability',
    nameZh: '视力、听力、言语残疾人',
    basis: '法律援助法第二十五条第一款第二项',
  },
  {
    code: 'diminished_capacity_adult',
    nameZh: '不能完全辨认自己行为的成年人',
    basis: '法律援助法第二十五条第一款第三项',
  },
  {
    code: 'possible_life_or_death_sentence',
    nameZh: '可能被判处无期徒刑、死刑的人',
    basis: '法律援助法第二十五条第一款第四项',
  },
  {
    code: 'death_penalty_review',
    nameZh: '申请法律援助的死刑复核案件被告人',
    basis: '法律援助法第二十五条第一款第五项',
  },
  { code: 'trial_in_absentia', nameZh: '缺席审判案件的被告人', basis: '法律援助法第二十五条第一款第六项' },
  {
    code: 'court_notified_ordinary_procedure',
    nameZh: '适用普通程序审判、人民法院通知指派辩护的被告人',
    basis: '法律援助法第二十五条第二款',
  },
  {
    code: 'compulsory_medical_treatment',
    nameZh: '强制医疗案件的被申请人或者被告人',
    basis: '法律援助法第二十八条',
  },
];

// ---------------------------------------------------------------------------------------------
// Limits.

/** Bounds shared by the schemas and the table checks. */
export const householdSizeLimits = { min: 1, max: 30 } as const;
/** 10亿元 a month: far above any household, far below where integer fen lose precision. */
export const maxMonthlyHouseholdIncomeFen = 100_000_000_000;
export const maxAssetsFen = 100_000_000_000_000;
/**
 * The multiplier in per-mille (2000 = 2 ×): integer arithmetic gives exact thresholds, and
 * regions use factors like 2.5. The floor is the seed policy's "不低于…最低生活保障标准的2倍".
 */
export const multiplierPermilleLimits = { min: 2000, max: 10_000 } as const;
export const defaultMultiplierPermille = 2000;
/** A dibao above 10万元 a month is a typing error, not a standard. */
export const maxDibaoMonthlyFen = 10_000_000;
