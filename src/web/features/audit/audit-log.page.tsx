import { Flex, Input, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../shared/schemas/audit.schema';
import { LoadMore } from '../../components/load-more';
import { QueryError } from '../../components/query-error';
import { zhCN } from '../../i18n/zh-CN';
import { type AuditFilters, useAuditLog } from './audit.api';

type Actions = typeof zhCN.audit.actions;
/** `auth.login`, `account.create`…: the resources nest them by the part before the dot. */
type KnownAction = { [G in keyof Actions]: `${G}.${Extract<keyof Actions[G], string>}` }[keyof Actions];
type KnownEntityType = keyof typeof zhCN.audit.entityTypes;

function isKnownAction(action: string): action is KnownAction {
  const [group, name] = action.split('.');
  if (!group || !name || !Object.hasOwn(zhCN.audit.actions, group)) return false;
  return Object.hasOwn(zhCN.audit.actions[group as keyof Actions], name);
}
const isKnownEntityType = (type: string): type is KnownEntityType => Object.hasOwn(zhCN.audit.entityTypes, type);

/** The append-only audit trail in the caller's scope, newest first. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useAuditLog(filters);
  const rows = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <Typography.Title level={3}>{t('audit.title')}</Typography.Title>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          maxLength={50}
          placeholder={t('audit.filterEntityType')}
          aria-label={t('common.filterBy', { field: t('audit.entityType') })}
          onSearch={(value) => setFilters({ ...filters, entityType: value.trim() || undefined })}
          style={{ width: 220 }}
        />
        <Input.Search
          allowClear
          maxLength={50}
          placeholder={t('audit.filterEntityId')}
          aria-label={t('common.filterBy', { field: t('audit.entityId') })}
          onSearch={(value) => setFilters({ ...filters, entityId: value.trim() || undefined })}
          style={{ width: 180 }}
        />
      </Flex>
      {log.error && <QueryError error={log.error} onRetry={() => void log.refetch()} />}
      <Table<AuditEntryView>
        rowKey="id"
        size="middle"
        loading={log.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1000 }}
        data-testid="audit-table"
        columns={[
          {
            key: 'at',
            title: t('audit.at'),
            width: 170,
            render: (_, row) => dayjs(row.at).format('YYYY-MM-DD HH:mm:ss'),
          },
          { key: 'actor', title: t('audit.actor'), width: 130, render: (_, row) => row.actorName ?? '—' },
          {
            key: 'action',
            title: t('audit.action'),
            width: 140,
            render: (_, row) => (isKnownAction(row.action) ? t(`audit.actions.${row.action}`) : row.action),
          },
          {
            key: 'entity',
            title: t('audit.entityType'),
            width: 150,
            render: (_, row) =>
              `${isKnownEntityType(row.entityType) ? t(`audit.entityTypes.${row.entityType}`) : row.entityType}${
                row.entityId ? ` #${row.entityId}` : ''
              }`,
          },
          {
            key: 'detail',
            title: t('audit.detail'),
            render: (_, row) =>
              Object.keys(row.detail).length > 0 ? (
                <Typography.Text
                  code
                  ellipsis={{ tooltip: JSON.stringify(row.detail, null, 2) }}
                  style={{ maxWidth: 360 }}
                >
                  {JSON.stringify(row.detail)}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          { key: 'ip', title: t('audit.ip'), width: 130, render: (_, row) => row.ip ?? '—' },
        ]}
      />
      <LoadMore
        count={rows.length}
        hasMore={log.hasNextPage}
        loading={log.isFetchingNextPage}
        onLoadMore={() => void log.fetchNextPage()}
      />
    </>
  );
}
