/**
 * Legal domains (法律领域): the subject a citizen's question is about. Shared by the knowledge
 * base (each article has one), routing rules and the work order (triage labels an order with one).
 *
 * The taxonomy itself is data: the `legal_domain` table, edited by administrators (add, rename,
 * retire). The 20 domains below are its seed (db/migrations/20261123170000_legal_domain.ts) and the
 * mapping of the corpus's labels for the dataset tools: they are the categories of the Chinese
 * legal-advice question corpus behind LawBench task 2-4 (see ../shared/datasets/legal-questions/README.md),
 * so a triage model trained on those labels speaks the same codes. Order: the README's (a taxonomy,
 * not a ranking). Editing them changes new installations only; a running one changes its table.
 */

/** What a domain code looks like: lower-case English words joined by `_` (labor_dispute). */
export const legalDomainCodePattern = /^[a-z]+(_[a-z]+)*$/;
export const legalDomainCodeMaxLength = 40;

export const legalDomains = [
  'marriage_family',
  'labor_dispute',
  'traffic_accident',
  'debt',
  'criminal_defense',
  'contract_dispute',
  'real_estate',
  'tort',
  'company_law',
  'medical_dispute',
  'demolition_resettlement',
  'administrative_litigation',
  'construction_project',
  'intellectual_property',
  'general_consultation',
  'personal_injury',
  'foreign_related',
  'maritime',
  'consumer_rights',
  'mortgage_guarantee',
] as const;
export type LegalDomain = (typeof legalDomains)[number];

/** The Chinese names, exactly as the corpus labels them (and as the zh-CN UI shows them). */
export const legalDomainLabels: Record<LegalDomain, string> = {
  marriage_family: '婚姻家庭',
  labor_dispute: '劳动纠纷',
  traffic_accident: '交通事故',
  debt: '债权债务',
  criminal_defense: '刑事辩护',
  contract_dispute: '合同纠纷',
  real_estate: '房产纠纷',
  tort: '侵权',
  company_law: '公司法',
  medical_dispute: '医疗纠纷',
  demolition_resettlement: '拆迁安置',
  administrative_litigation: '行政诉讼',
  construction_project: '建设工程',
  intellectual_property: '知识产权',
  general_consultation: '综合咨询',
  personal_injury: '人身损害',
  foreign_related: '涉外法律',
  maritime: '海事海商',
  consumer_rights: '消费权益',
  mortgage_guarantee: '抵押担保',
};

/** The English names the seed gives the 20 domains (the en-US UI shows them). */
export const legalDomainEnglishLabels: Record<LegalDomain, string> = {
  marriage_family: 'Marriage and family',
  labor_dispute: 'Labour disputes',
  traffic_accident: 'Traffic accidents',
  debt: 'Debts',
  criminal_defense: 'Criminal defence',
  contract_dispute: 'Contract disputes',
  real_estate: 'Housing and property',
  tort: 'Torts',
  company_law: 'Company law',
  medical_dispute: 'Medical disputes',
  demolition_resettlement: 'Expropriation and resettlement',
  administrative_litigation: 'Administrative litigation',
  construction_project: 'Construction projects',
  intellectual_property: 'Intellectual property',
  general_consultation: 'General questions',
  personal_injury: 'Personal injury',
  foreign_related: 'Foreign-related matters',
  maritime: 'Maritime and shipping',
  consumer_rights: 'Consumer rights',
  mortgage_guarantee: 'Mortgages and guarantees',
};

const byLabel = new Map<string, LegalDomain>(legalDomains.map((domain) => [legalDomainLabels[domain], domain]));

/** One of the 20 seed codes (not: a domain of the running taxonomy, which is the table's). */
export function isLegalDomain(value: string): value is LegalDomain {
  return (legalDomains as readonly string[]).includes(value);
}

/** The domain a Chinese label names (labelled data, imports); undefined for anything else. */
export function legalDomainOfLabel(label: string): LegalDomain | undefined {
  return byLabel.get(label.trim());
}
