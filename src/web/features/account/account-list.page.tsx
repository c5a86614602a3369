import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/schemas/account.schema';
import { LoadMore } from '../../components/load-more';
import { MaskedReveal } from '../../components/masked-reveal';
import { QueryError } from '../../components/query-error';
import { RoleTags } from '../../components/role-tags';
import { can } from '../auth/auth.hooks';
import { useCurrentUser } from '../auth/current-user';
import { type AccountFilters, revealAccountPhone, useAccounts } from './account.api';
import { AccountCreateModal } from './account-create.modal';
import { AccountEditDrawer } from './account-edit.drawer';
import { AccountFilterBar } from './account-filters';
import { AccountStatusTag } from './account-status-tag';
import { TemporaryPasswordModal } from './temporary-password.modal';

export function AccountListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [filters, setFilters] = useState<AccountFilters>({ status: 'all' });
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  // undefined: no modal; null or a string: the answer of a create or a reset, shown once.
  const [temporaryPassword, setTemporaryPassword] = useState<string | null | undefined>(undefined);
  const accounts = useAccounts(filters);
  const rows = accounts.data?.pages.flatMap((page) => page.items) ?? [];
  const canReveal = can(me, 'account.reveal_personal');

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3}>{t('account.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="account-create">
          {t('account.create')}
        </Button>
      </Flex>
      <AccountFilterBar value={filters} rootCode={me.scope.code} onChange={setFilters} />
      {accounts.error && <QueryError error={accounts.error} onRetry={() => void accounts.refetch()} />}
      <Table<Account>
        rowKey="id"
        size="middle"
        loading={accounts.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1400 }}
        data-testid="account-table"
        columns={[
          { key: 'username', title: t('account.username'), dataIndex: 'username', width: 140 },
          { key: 'displayName', title: t('account.displayName'), dataIndex: 'displayName', width: 120 },
          { key: 'roles', title: t('account.roles'), width: 200, render: (_, row) => <RoleTags roles={row.roles} /> },
          { key: 'scope', title: t('account.scope'), render: (_, row) => row.scope.name, width: 140 },
          {
            key: 'organization',
            title: t('account.organization'),
            render: (_, row) => row.organizationName ?? '—',
            width: 180,
          },
          {
            key: 'phone',
            title: t('account.phone'),
            width: 190,
            render: (_, row) => (
              <MaskedReveal
                subject={`account-${row.id}`}
                masked={row.phoneMasked}
                canReveal={canReveal}
                confirmTitle={t('account.revealConfirm')}
                reveal={() => revealAccountPhone(row.id).then((result) => result.phone)}
                testId="reveal-phone"
              />
            ),
          },
          {
            key: 'status',
            title: t('account.status'),
            width: 190,
            render: (_, row) => <AccountStatusTag account={row} />,
          },
          {
            key: 'lastLogin',
            title: t('account.lastLogin'),
            width: 150,
            render: (_, row) =>
              row.lastLoginAt ? dayjs(row.lastLoginAt).format('YYYY-MM-DD HH:mm') : t('account.neverLoggedIn'),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            fixed: 'right',
            width: 90,
            render: (_, row) => (
              <Button type="link" size="small" onClick={() => setEditingId(row.id)} data-testid="account-edit">
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <LoadMore
        count={rows.length}
        hasMore={accounts.hasNextPage}
        loading={accounts.isFetchingNextPage}
        onLoadMore={() => void accounts.fetchNextPage()}
      />
      <AccountCreateModal
        open={creating}
        rootCode={me.scope.code}
        onClose={() => setCreating(false)}
        onCreated={(password) => {
          setCreating(false);
          setTemporaryPassword(password);
        }}
      />
      <AccountEditDrawer
        accountId={editingId}
        rootCode={me.scope.code}
        onClose={() => setEditingId(null)}
        onTemporaryPassword={setTemporaryPassword}
      />
      <TemporaryPasswordModal password={temporaryPassword} onClose={() => setTemporaryPassword(undefined)} />
    </>
  );
}
