import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DivisionPicker } from '../division/division-picker';

export interface DirectoryFilters<K extends string> {
  kind?: K;
  divisionCode?: string;
  q?: string;
}

interface DirectoryFilterBarProps<K extends string> {
  value: DirectoryFilters<K>;
  onChange: (filters: DirectoryFilters<K>) => void;
  kinds: { value: K; label: string }[];
  rootCode: string;
  keywordPlaceholder: string;
}

/** Kind, division and keyword: the filters of both directory lists. */
export function DirectoryFilterBar<K extends string>(props: DirectoryFilterBarProps<K>) {
  const { value, onChange, kinds, rootCode, keywordPlaceholder } = props;
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <Select<K>
        allowClear
        placeholder={t('directory.allKinds')}
        aria-label={t('common.filterBy', { field: t('directory.kind') })}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
        options={kinds}
        style={{ width: 200 }}
        data-testid="directory-filter-kind"
      />
      <DivisionPicker
        rootCode={rootCode}
        allowClear
        placeholder={t('directory.allDivisions')}
        aria-label={t('common.filterBy', { field: t('directory.division') })}
        value={value.divisionCode}
        onChange={(divisionCode) => onChange({ ...value, divisionCode })}
        style={{ width: 220 }}
        data-testid="directory-filter-division"
      />
      <Input.Search
        allowClear
        maxLength={50}
        placeholder={keywordPlaceholder}
        aria-label={t('common.filterBy', { field: t('common.keyword') })}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ width: 240 }}
        data-testid="directory-filter-q"
      />
    </Flex>
  );
}
