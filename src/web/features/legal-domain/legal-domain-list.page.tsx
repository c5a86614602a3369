import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalDomainView } from '../../../shared/schemas/legal-domain.schema';
import { useErrorMessage } from '../../components/error-message';
import { QueryError } from '../../components/query-error';
import { useLegalDomainAdminList, useUpdateLegalDomain } from './legal-domain.api';
import { LegalDomainDrawer } from './legal-domain.drawer';

/** 法律领域: the taxonomy of articles, rules and orders; domains are added, renamed, retired, restored. */
export function LegalDomainListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const domains = useLegalDomainAdminList();
  const update = useUpdateLegalDomain();
  // undefined: closed; code null: adding; a code: editing that domain ('new' is a possible code).
  const [editing, setEditing] = useState<{ code: string | null } | undefined>(undefined);
  const rows = domains.data ?? [];
  const edited = editing?.code ? (rows.find((d) => d.code === editing.code) ?? null) : null;

  const setActive = (domain: LegalDomainView, isActive: boolean) =>
    update.mutate(
      { code: domain.code, input: { isActive } },
      {
        onSuccess: () => message.success(isActive ? t('legalDomain.restoredDone') : t('legalDomain.retiredDone')),
        onError: (error) => message.error(errorText(error)),
      },
    );

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3}>{t('legalDomain.title')}</Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ code: null })}
          data-testid="legal-domain-create"
        >
          {t('legalDomain.create')}
        </Button>
      </Flex>
      <Alert type="info" showIcon title={t('legalDomain.intro')} style={{ marginBottom: 16 }} />
      {domains.error && <QueryError error={domains.error} onRetry={() => void domains.refetch()} />}
      <Table<LegalDomainView>
        rowKey="code"
        size="middle"
        loading={domains.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        data-testid="legal-domain-table"
        onRow={(row) => ({ 'data-code': row.code }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'sortOrder', title: t('legalDomain.field.sortOrder'), dataIndex: 'sortOrder', width: 80 },
          {
            key: 'nameZh',
            title: t('legalDomain.field.nameZh'),
            width: 160,
            render: (_, row) => (
              <Typography.Text delete={!row.isActive} type={row.isActive ? undefined : 'secondary'}>
                {row.nameZh}
              </Typography.Text>
            ),
          },
          { key: 'nameEn', title: t('legalDomain.field.nameEn'), dataIndex: 'nameEn' },
          {
            key: 'code',
            title: t('legalDomain.field.code'),
            width: 220,
            render: (_, row) => (
              <Typography.Text type="secondary" code>
                {row.code}
              </Typography.Text>
            ),
          },
          {
            key: 'isActive',
            title: t('legalDomain.field.isActive'),
            width: 100,
            render: (_, row) =>
              row.isActive ? (
                <Tag color="green">{t('legalDomain.active')}</Tag>
              ) : (
                <Tag data-testid="legal-domain-retired">{t('legalDomain.retired')}</Tag>
              ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 190,
            fixed: 'right',
            render: (_, row) => {
              const busy = update.isPending && update.variables?.code === row.code;
              return (
                <Space>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => setEditing({ code: row.code })}
                    data-testid="legal-domain-edit"
                  >
                    {t('common.edit')}
                  </Button>
                  {row.isActive ? (
                    <Popconfirm
                      title={t('legalDomain.retireConfirm', { name: row.nameZh })}
                      onConfirm={() => setActive(row, false)}
                    >
                      <Button size="small" danger loading={busy} data-testid="legal-domain-retire">
                        {t('legalDomain.retire')}
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Button
                      size="small"
                      loading={busy}
                      onClick={() => setActive(row, true)}
                      data-testid="legal-domain-restore"
                    >
                      {t('legalDomain.restore')}
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      <LegalDomainDrawer open={editing !== undefined} domain={edited} onClose={() => setEditing(undefined)} />
    </>
  );
}
