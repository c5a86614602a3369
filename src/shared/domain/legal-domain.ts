/**
 * Legal domains (法律领域): the subject a citizen's question is about. Shared by the knowledge
 * base (each article has one) and the work order (triage labels an order with one).
 *
 * The 20 domains are the categories of the Chinese legal-advice question corpus behind
 * LawBench task 2-4 (see ../shared/datasets/legal-questions/README.md), so a triage model
 * trained on those labels speaks the same list. Order: the README's (a taxonomy, not a ranking).
 */
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

const byLabel = new Map<string, LegalDomain>(legalDomains.map((domain) => [legalDomainLabels[domain], domain]));

export function isLegalDomain(value: string): value is LegalDomain {
  return (legalDomains as readonly string[]).includes(value);
}

/** The domain a Chinese label names (labelled data, imports); undefined for anything else. */
export function legalDomainOfLabel(label: string): LegalDomain | undefined {
  return byLabel.get(label.trim());
}
