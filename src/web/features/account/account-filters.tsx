import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { roles } from '../../../shared/domain/role';
import { DivisionPicker } from '../division/division-picker';
import type { AccountFilters } from './account.api';

interface AccountFilterBarProps {
  value: AccountFilters;
  rootCode: string;
  onChange: (filters: AccountFilters) => void;
}

export function AccountFilterBar({ value, rootCode, onChange }: AccountFilterBarProps) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        maxLength={50}
        placeholder={t('account.filterKeyword')}
        aria-label={t('common.filterBy', { field: t('common.keyword') })}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ width: 220 }}
        data-testid="account-filter-q"
      />
      <Select
        allowClear
        placeholder={t('account.filterRole')}
        virtual={false}
        aria-label={t('common.filterBy', { field: t('account.roles') })}
        value={value.role}
        onChange={(role) => onChange({ ...value, role })}
        options={roles.map((role) => ({ value: role, label: t(`enum.role.${role}`) }))}
        style={{ width: 170 }}
        data-testid="account-filter-role"
      />
      <Select
        aria-label={t('common.filterBy', { field: t('account.status') })}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={(['all', 'active', 'disabled'] as const).map((status) => ({
          value: status,
          label: t(`enum.accountStatus.${status}`),
        }))}
        style={{ width: 130 }}
        data-testid="account-filter-status"
      />
      <DivisionPicker
        rootCode={rootCode}
        allowClear
        placeholder={t('account.filterDivision')}
        aria-label={t('common.filterBy', { field: t('account.scope') })}
        value={value.divisionCode}
        onChange={(divisionCode) => onChange({ ...value, divisionCode })}
        style={{ width: 220 }}
        data-testid="account-filter-division"
      />
    </Flex>
  );
}
