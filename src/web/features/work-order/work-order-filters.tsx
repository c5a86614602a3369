import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type WorkOrderKind, workOrderKinds } from '../../../shared/domain/work-order';
import { type WorkOrderStatus, workOrderStatuses } from '../../../shared/domain/work-order.lifecycle';
import { DivisionPicker } from '../division/division-picker';

export interface WorkOrderListFilters {
  status?: WorkOrderStatus;
  kind?: WorkOrderKind;
  divisionCode?: string;
  q?: string;
}

interface WorkOrderFilterBarProps {
  value: WorkOrderListFilters;
  onChange: (filters: WorkOrderListFilters) => void;
  rootCode: string;
}

/** Status, service, division and code: the filters over any queue. */
export function WorkOrderFilterBar({ value, onChange, rootCode }: WorkOrderFilterBarProps) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <Select<WorkOrderStatus>
        allowClear
        placeholder={t('workOrder.list.allStatuses')}
        aria-label={t('common.filterBy', { field: t('workOrder.field.status') })}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={workOrderStatuses.map((status) => ({ value: status, label: t(`workOrder.status.${status}`) }))}
        style={{ width: 140 }}
        data-testid="work-order-filter-status"
      />
      <Select<WorkOrderKind>
        allowClear
        placeholder={t('workOrder.list.allKinds')}
        aria-label={t('common.filterBy', { field: t('workOrder.field.kind') })}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
        options={workOrderKinds.map((kind) => ({ value: kind, label: t(`enum.serviceKind.${kind}`) }))}
        style={{ width: 170 }}
        data-testid="work-order-filter-kind"
      />
      <DivisionPicker
        rootCode={rootCode}
        allowClear
        placeholder={t('workOrder.list.allDivisions')}
        aria-label={t('common.filterBy', { field: t('workOrder.field.division') })}
        value={value.divisionCode}
        onChange={(divisionCode) => onChange({ ...value, divisionCode })}
        style={{ width: 200 }}
        data-testid="work-order-filter-division"
      />
      <Input.Search
        allowClear
        maxLength={50}
        placeholder={t('workOrder.list.codeSearch')}
        aria-label={t('common.filterBy', { field: t('workOrder.field.code') })}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ width: 240 }}
        data-testid="work-order-filter-q"
      />
    </Flex>
  );
}
