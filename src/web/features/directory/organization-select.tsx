import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganizationOptions } from './directory.api';

interface OrganizationSelectProps {
  value?: number | null;
  onChange?: (id: number | null) => void;
  /** The name of the current value, which may not be among the first matches. */
  valueLabel?: string | null;
  id?: string;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Searches /api/v1/organizations?q= as the user types. */
export function OrganizationSelect({ value, onChange, valueLabel, id }: OrganizationSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const options = useOrganizationOptions(q);

  const items = (options.data ?? []).map((org) => ({
    value: org.id,
    label: `${org.name}（${t(`enum.organizationKind.${org.kind}`)}）`,
  }));
  if (value && valueLabel && !items.some((item) => item.value === value)) {
    items.unshift({ value, label: valueLabel });
  }

  return (
    <Select<number>
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={items}
      loading={options.isFetching}
      placeholder={t('account.organizationPlaceholder')}
      notFoundContent={options.isFetching ? undefined : t('common.empty')}
      data-testid="organization-select"
    />
  );
}
