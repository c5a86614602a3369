import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { type LegalDomain, legalDomains } from '../../../shared/domain/legal-domain';

type LegalDomainSelectProps = Omit<SelectProps<LegalDomain>, 'options' | 'mode'>;

/** The 20 legal domains in the UI language; searchable by their names. */
export function LegalDomainSelect(props: LegalDomainSelectProps) {
  const { t } = useTranslation();
  return (
    <Select<LegalDomain>
      showSearch={{ optionFilterProp: 'label' }}
      options={legalDomains.map((domain) => ({ value: domain, label: t(`legalDomain.${domain}`) }))}
      {...props}
    />
  );
}
