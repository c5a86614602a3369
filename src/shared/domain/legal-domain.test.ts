import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isLegalDomain,
  legalDomainCodeMaxLength,
  legalDomainCodePattern,
  legalDomainEnglishLabels,
  legalDomainLabels,
  legalDomainOfLabel,
  legalDomains,
} from './legal-domain';

test('twenty domains, snake_case codes, each with a distinct Chinese label and an English one', () => {
  assert.equal(legalDomains.length, 20);
  assert.equal(new Set(legalDomains).size, 20);
  for (const domain of legalDomains) {
    assert.match(domain, legalDomainCodePattern, domain);
    assert.ok(domain.length <= legalDomainCodeMaxLength, domain);
  }
  const labels = legalDomains.map((d) => legalDomainLabels[d]);
  assert.equal(new Set(labels).size, 20);
  for (const label of labels) assert.match(label, /^[\u4e00-\u9fff]{2,4}$/, label);
  const english = legalDomains.map((d) => legalDomainEnglishLabels[d]);
  assert.equal(new Set(english).size, 20);
  for (const label of english) assert.match(label, /^[A-Z][A-Za-z -]+$/, label);
});

// The code pattern the table's check constraint and every schema share.
const codes: [string, boolean][] = [
  ['tort', true],
  ['labor_dispute', true],
  ['elder_care_fraud', true],
  ['_tort', false],
  ['tort_', false],
  ['labor__dispute', false],
  ['Labor', false],
  ['labor-dispute', false],
  ['labor1', false],
  ['', false],
];
for (const [code, valid] of codes) {
  test(`code "${code}" is ${valid ? '' : 'not '}domain-shaped`, () =>
    assert.equal(legalDomainCodePattern.test(code), valid));
}

// The corpus's labels (../shared/datasets/legal-questions/README.md) map onto the codes.
const labels: [string, string | undefined][] = [
  ['婚姻家庭', 'marriage_family'],
  ['劳动纠纷', 'labor_dispute'],
  ['交通事故', 'traffic_accident'],
  ['债权债务', 'debt'],
  ['刑事辩护', 'criminal_defense'],
  ['合同纠纷', 'contract_dispute'],
  ['房产纠纷', 'real_estate'],
  ['侵权', 'tort'],
  ['公司法', 'company_law'],
  ['医疗纠纷', 'medical_dispute'],
  ['拆迁安置', 'demolition_resettlement'],
  ['行政诉讼', 'administrative_litigation'],
  ['建设工程', 'construction_project'],
  ['知识产权', 'intellectual_property'],
  ['综合咨询', 'general_consultation'],
  ['人身损害', 'personal_injury'],
  ['涉外法律', 'foreign_related'],
  ['海事海商', 'maritime'],
  ['消费权益', 'consumer_rights'],
  ['抵押担保', 'mortgage_guarantee'],
  [' 劳动纠纷 ', 'labor_dispute'],
  ['劳动', undefined],
  ['labor_dispute', undefined],
  ['', undefined],
];
for (const [label, domain] of labels) {
  test(`label "${label}" → ${domain}`, () => assert.equal(legalDomainOfLabel(label), domain));
}

test('isLegalDomain accepts the codes only', () => {
  assert.ok(isLegalDomain('tort'));
  assert.ok(!isLegalDomain('侵权'));
  assert.ok(!isLegalDomain('Tort'));
  assert.ok(!isLegalDomain('toString'));
});
