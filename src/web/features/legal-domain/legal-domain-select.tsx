import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLegalDomains } from './legal-domain.api';

type LegalDomainSelectProps = Omit<SelectProps<string>, 'options' | 'mode'>;

/**
 * The active legal domains in the UI language, searchable by name. A record that still carries a
 * domain retired since shows it (marked, not selectable again), so opening it changes nothing.
 */
export function LegalDomainSelect(props: LegalDomainSelectProps) {
  const { t } = useTranslation();
  const domains = useLegalDomains();
  const options: NonNullable<SelectProps<string>['options']> = domains.options.map((domain) => ({
    value: domain.code,
    label: domains.labelOf(domain.code),
  }));
  const current = props.value;
  if (current && !domains.isLoading && !domains.options.some((domain) => domain.code === current)) {
    options.push({
      value: current,
      label: `${domains.labelOf(current)}${t('legalDomain.retiredSuffix')}`,
      disabled: true,
    });
  }
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      loading={domains.isLoading}
      options={options}
      {...props}
    />
  );
}
