import { PlusOutlined } from '@ant-design/icons';
import { Flex, Space, Table, Tabs, Tag, Typography } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { WorkOrder } from '../../../shared/schemas/work-order.schema';
import { LinkButton } from '../../components/link-button';
import { LoadMore } from '../../components/load-more';
import { QueryError } from '../../components/query-error';
import { can } from '../auth/auth.hooks';
import { useCurrentUser } from '../auth/current-user';
import { useWorkOrders } from './work-order.api';
import { LiveBadge, useLiveWorkOrders } from './work-order.live';
import { defaultQueueFor, isQueue, queuesFor } from './work-order.queues';
import { formatTime, overdueOf } from './work-order.time';
import { WorkOrderFilterBar, type WorkOrderListFilters } from './work-order-filters';
import { DeadlineText, PriorityTag, WorkOrderStatusTag } from './work-order-tags';

/** 工单中心: the user's queues, filters over them, and one row per order linking to its page. */
export function WorkOrderListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const queues = queuesFor(me);
  const asked = params.get('queue');
  const queue = isQueue(asked) && queues.includes(asked) ? asked : defaultQueueFor(me);
  const [filters, setFilters] = useState<WorkOrderListFilters>({});
  const orders = useWorkOrders({ queue, ...filters });
  const live = useLiveWorkOrders();
  const rows = orders.data?.pages.flatMap((page) => page.items) ?? [];
  const now = Date.now();

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="baseline" gap={12}>
          <Typography.Title level={3}>{t('workOrder.list.title')}</Typography.Title>
          <LiveBadge connected={live} />
        </Flex>
        {can(me, 'work_order.intake') && (
          <LinkButton to="/work-orders/new" type="primary" icon={<PlusOutlined />} data-testid="work-order-new">
            {t('workOrder.list.create')}
          </LinkButton>
        )}
      </Flex>
      <Tabs
        activeKey={queue}
        onChange={(key) => setParams({ queue: key }, { replace: true })}
        items={queues.map((key) => ({
          key,
          label: <span data-testid={`queue-${key}`}>{t(`workOrder.queue.${key}`)}</span>,
        }))}
      />
      <WorkOrderFilterBar value={filters} onChange={setFilters} rootCode={me.scope.code} />
      {orders.error && <QueryError error={orders.error} onRetry={() => void orders.refetch()} />}
      <Table<WorkOrder>
        rowKey="id"
        loading={orders.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1280 }}
        data-testid="work-order-table"
        onRow={(row) => ({ 'data-code': row.code }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'code',
            title: t('workOrder.field.code'),
            width: 180,
            fixed: 'left',
            render: (_, row) => (
              <Link to={`/work-orders/${row.id}`} data-testid="work-order-link">
                {row.code}
              </Link>
            ),
          },
          {
            key: 'kind',
            title: t('workOrder.field.kind'),
            width: 130,
            render: (_, row) => t(`enum.serviceKind.${row.kind}`),
          },
          {
            key: 'status',
            title: t('workOrder.field.status'),
            width: 150,
            render: (_, row) => (
              <Space size={0} wrap>
                <WorkOrderStatusTag status={row.status} />
                <PriorityTag priority={row.priority} />
                {row.supervised && <Tag color="volcano">{t('workOrder.supervised')}</Tag>}
              </Space>
            ),
          },
          { key: 'division', title: t('workOrder.field.division'), dataIndex: 'divisionName', width: 130 },
          {
            key: 'organization',
            title: t('workOrder.field.organization'),
            width: 220,
            render: (_, row) => row.organizationName ?? '—',
          },
          {
            key: 'assignee',
            title: t('workOrder.field.assignee'),
            width: 100,
            render: (_, row) => row.assigneeName ?? '—',
          },
          {
            key: 'deadline',
            title: t('workOrder.field.deadline'),
            width: 210,
            render: (_, row) => {
              const overdue = overdueOf(row, now);
              return overdue.accept && !overdue.resolve ? (
                <DeadlineText iso={row.acceptBy} overdue label={t('workOrder.acceptOverdue')} />
              ) : (
                <DeadlineText iso={row.resolveBy} overdue={overdue.resolve} />
              );
            },
          },
          {
            key: 'createdAt',
            title: t('workOrder.field.createdAt'),
            width: 150,
            render: (_, row) => formatTime(row.createdAt),
          },
        ]}
      />
      <LoadMore
        count={rows.length}
        hasMore={orders.hasNextPage}
        loading={orders.isFetchingNextPage}
        onLoadMore={() => void orders.fetchNextPage()}
      />
    </>
  );
}
