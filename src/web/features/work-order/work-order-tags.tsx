import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Priority } from '../../../shared/domain/work-order';
import type { WorkOrderStatus } from '../../../shared/domain/work-order.lifecycle';
import { formatDeadline } from './work-order.time';

const statusColor: Record<WorkOrderStatus, string> = {
  received: 'blue',
  answered: 'cyan',
  dispatched: 'geekblue',
  accepted: 'purple',
  returned: 'orange',
  in_progress: 'processing',
  resolved: 'green',
  closed: 'default',
};

export function WorkOrderStatusTag({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColor[status]} data-testid="work-order-status" data-status={status}>
      {t(`workOrder.status.${status}`)}
    </Tag>
  );
}

export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  if (priority !== 'urgent') return null;
  return <Tag color="red">{t('workOrder.priority.urgent')}</Tag>;
}

/** A deadline in Shanghai time, red with an "overdue" tag once it has passed on an open order. */
export function DeadlineText({ iso, overdue, label }: { iso: string | null; overdue: boolean; label?: string }) {
  const { t } = useTranslation();
  if (!iso) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap>
      <Typography.Text type={overdue ? 'danger' : undefined} data-overdue={overdue || undefined}>
        {formatDeadline(iso)}
      </Typography.Text>
      {overdue && (
        <Tag color="red" data-testid="overdue-tag">
          {label ?? t('workOrder.overdue')}
        </Tag>
      )}
    </Space>
  );
}
