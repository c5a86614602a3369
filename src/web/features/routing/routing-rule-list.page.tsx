import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingRuleView } from '../../../shared/schemas/routing.schema';
import { isApiError } from '../../api/api-error';
import { useErrorMessage } from '../../components/error-message';
import { QueryError } from '../../components/query-error';
import { useLegalDomains } from '../legal-domain/legal-domain.api';
import { DivisionPrefixName } from './division-prefix-name';
import { useRefreshRoutingRules, useRoutingRules, useUpdateRoutingRule } from './routing.api';
import { RoutingRuleDrawer } from './routing-rule.drawer';

/** 分派规则: which organisations each kind of matter goes to, and where the search starts. */
export function RoutingRuleListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const rules = useRoutingRules();
  const domains = useLegalDomains();
  const update = useUpdateRoutingRule();
  const refresh = useRefreshRoutingRules();
  // undefined: closed; 'new': adding; a number: editing that rule.
  const [editing, setEditing] = useState<number | 'new' | undefined>(undefined);
  const rows = rules.data ?? [];
  const editedRule = typeof editing === 'number' ? (rows.find((rule) => rule.id === editing) ?? null) : null;
  const any = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

  const toggle = (rule: RoutingRuleView, isActive: boolean) =>
    update.mutate(
      { id: rule.id, input: { version: rule.version, isActive } },
      {
        onSuccess: () => message.success(isActive ? t('routing.admin.activated') : t('routing.admin.deactivated')),
        onError: (error) => {
          if (isApiError(error, 'version_conflict')) {
            message.warning(t('routing.admin.versionConflict'));
            void refresh();
          } else message.error(errorText(error));
        },
      },
    );

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3}>{t('routing.admin.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="routing-create">
          {t('routing.admin.create')}
        </Button>
      </Flex>
      <Alert type="info" showIcon title={t('routing.admin.hint')} style={{ marginBottom: 16 }} />
      {rules.error && <QueryError error={rules.error} onRetry={() => void rules.refetch()} />}
      <Table<RoutingRuleView>
        rowKey="id"
        size="middle"
        loading={rules.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1300 }}
        data-testid="routing-table"
        onRow={(row) => ({ 'data-rule-id': row.id }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'kind',
            title: t('routing.field.kind'),
            width: 150,
            render: (_, row) => (row.kind ? t(`enum.serviceKind.${row.kind}`) : any(t('routing.any.short'))),
          },
          {
            key: 'legalDomain',
            title: t('routing.field.legalDomain'),
            width: 130,
            render: (_, row) => (row.legalDomain ? domains.labelOf(row.legalDomain) : any(t('routing.any.short'))),
          },
          {
            key: 'area',
            title: t('routing.field.divisionPrefix'),
            width: 190,
            render: (_, row) =>
              row.divisionPrefix ? <DivisionPrefixName prefix={row.divisionPrefix} /> : any(t('routing.any.short')),
          },
          {
            key: 'organizationKinds',
            title: t('routing.field.organizationKinds'),
            width: 300,
            render: (_, row) => (
              <Flex gap={4} wrap>
                {row.organizationKinds.map((kind) => (
                  <Tag key={kind}>{t(`enum.organizationKind.${kind}`)}</Tag>
                ))}
              </Flex>
            ),
          },
          {
            key: 'startLevel',
            title: t('routing.field.startLevel'),
            width: 110,
            render: (_, row) => t(`enum.divisionLevel.${row.startLevel}`),
          },
          { key: 'priority', title: t('routing.field.priority'), dataIndex: 'priority', width: 90 },
          {
            key: 'isActive',
            title: t('routing.field.isActive'),
            width: 90,
            render: (_, row) => (
              <Switch
                checked={row.isActive}
                loading={update.isPending && update.variables?.id === row.id}
                onChange={(checked) => toggle(row, checked)}
                aria-label={t('routing.field.isActive')}
                data-testid="routing-toggle"
              />
            ),
          },
          { key: 'note', title: t('routing.field.note'), render: (_, row) => row.note ?? '—' },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 90,
            fixed: 'right',
            render: (_, row) => (
              <Button
                size="small"
                icon={<EditOutlined />}
                onClick={() => setEditing(row.id)}
                data-testid="routing-edit"
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <RoutingRuleDrawer open={editing !== undefined} rule={editedRule} onClose={() => setEditing(undefined)} />
    </>
  );
}
