import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { WorkOrderAction } from '../../../shared/domain/work-order.lifecycle';
import { isApiError } from '../../api/api-error';
import { QueryError } from '../../components/query-error';
import { NotFoundResult } from '../../components/result-pages';
import { LegalAidReviewCard } from '../legal-aid/legal-aid-review.card';
import { useWorkOrder } from './work-order.api';
import { LiveBadge, useLiveWorkOrders } from './work-order.live';
import { dangerActions, WorkOrderActionModal } from './work-order-action.modal';
import { WorkOrderHistory } from './work-order-history';
import { WorkOrderSummary } from './work-order-summary';
import { PriorityTag, WorkOrderStatusTag } from './work-order-tags';

const primaryActions: ReadonlySet<WorkOrderAction> = new Set([
  'answer',
  'dispatch',
  'accept',
  'start',
  'resolve',
  'approve_extension',
  'follow_up',
]);

function parseId(raw: string | undefined): number | null {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? id : null;
}

/** One order: its facts, its history, and a button for each action the server says is open to this user. */
export function WorkOrderDetailPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  const order = useWorkOrder(id);
  const live = useLiveWorkOrders(id);
  const [action, setAction] = useState<WorkOrderAction | null>(null);

  if (id === null || isApiError(order.error, 'not_found'))
    return (
      <NotFoundResult
        home="/work-orders"
        homeLabel={t('workOrder.detail.backToList')}
        detail={t('workOrder.detail.notFound')}
      />
    );
  if (order.error) return <QueryError error={order.error} onRetry={() => void order.refetch()} />;
  const current = order.data;
  if (!current) return <Skeleton active />;

  return (
    <div data-testid="work-order-detail" data-status={current.status} data-version={current.version}>
      <Link to="/work-orders">
        <ArrowLeftOutlined /> {t('workOrder.detail.backToList')}
      </Link>
      <Flex align="center" gap={8} wrap style={{ margin: '8px 0 12px' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="work-order-code">
          {current.code}
        </Typography.Title>
        <WorkOrderStatusTag status={current.status} />
        <Tag>{t(`enum.serviceKind.${current.kind}`)}</Tag>
        <PriorityTag priority={current.priority} />
        <Tag variant="filled">{t(`workOrder.channel.${current.channel}`)}</Tag>
        {current.supervised && (
          <Tag color="volcano" data-testid="work-order-supervised">
            {t('workOrder.supervised')}
          </Tag>
        )}
        <LiveBadge connected={live} />
      </Flex>

      {current.extensionRequestedDays !== null && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('workOrder.detail.extensionPending', {
            days: current.extensionRequestedDays,
            reason: current.extensionReason ?? '—',
          })}
        />
      )}

      <Card size="small" title={t('workOrder.detail.actionsTitle')} style={{ marginBottom: 16 }}>
        {current.actions.length === 0 ? (
          <Typography.Text type="secondary" data-testid="no-actions">
            {t('workOrder.detail.noActions')}
          </Typography.Text>
        ) : (
          <Space wrap data-testid="work-order-actions">
            {current.actions.map((name) => (
              <Button
                key={name}
                type={primaryActions.has(name) ? 'primary' : 'default'}
                danger={dangerActions.has(name)}
                onClick={() => setAction(name)}
                data-testid={`action-${name}`}
              >
                {t(`workOrder.action.${name}`)}
              </Button>
            ))}
          </Space>
        )}
      </Card>

      {current.kind === 'legal_aid' && <LegalAidReviewCard workOrderId={current.id} />}

      <WorkOrderSummary order={current} />

      <Card size="small" title={t('workOrder.detail.history')} style={{ marginTop: 16 }}>
        <WorkOrderHistory events={current.events} />
      </Card>

      {action && <WorkOrderActionModal key={action} order={current} action={action} onClose={() => setAction(null)} />}
    </div>
  );
}
