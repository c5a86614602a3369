import { Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type OrganizationKind, organizationKinds } from '../../../shared/domain/organization';
import type { Organization } from '../../../shared/schemas/organization.schema';
import { LoadMore } from '../../components/load-more';
import { QueryError } from '../../components/query-error';
import { useCurrentUser } from '../auth/current-user';
import { useOrganizations } from './directory.api';
import { DirectoryFilterBar, type DirectoryFilters } from './directory-filters';

export function OrganizationListPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [filters, setFilters] = useState<DirectoryFilters<OrganizationKind>>({});
  const organizations = useOrganizations(filters);
  const rows = organizations.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <Typography.Title level={3}>{t('directory.organizationsTitle')}</Typography.Title>
      <DirectoryFilterBar
        value={filters}
        onChange={setFilters}
        rootCode={me.scope.code}
        keywordPlaceholder={t('directory.keywordOrganization')}
        kinds={organizationKinds.map((kind) => ({ value: kind, label: t(`enum.organizationKind.${kind}`) }))}
      />
      {organizations.error && <QueryError error={organizations.error} onRetry={() => void organizations.refetch()} />}
      <Table<Organization>
        rowKey="id"
        loading={organizations.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 960 }}
        data-testid="organization-table"
        columns={[
          {
            key: 'name',
            title: t('directory.name'),
            render: (_, row) => (
              <>
                <Link to={`/directory/organizations/${row.id}`}>{row.name}</Link>{' '}
                {row.isDemo && <Tag>{t('common.demo')}</Tag>}
              </>
            ),
          },
          {
            key: 'kind',
            title: t('directory.kind'),
            width: 160,
            render: (_, row) => <Tag color="blue">{t(`enum.organizationKind.${row.kind}`)}</Tag>,
          },
          { key: 'division', title: t('directory.division'), dataIndex: 'divisionName', width: 140 },
          { key: 'address', title: t('directory.address'), render: (_, row) => row.address ?? '—' },
          { key: 'phone', title: t('directory.servicePhone'), width: 140, render: (_, row) => row.servicePhone ?? '—' },
          {
            key: 'count',
            title: t('directory.professionalCount'),
            dataIndex: 'professionalCount',
            width: 90,
            align: 'right',
          },
        ]}
      />
      <LoadMore
        count={rows.length}
        hasMore={organizations.hasNextPage}
        loading={organizations.isFetchingNextPage}
        onLoadMore={() => void organizations.fetchNextPage()}
      />
    </>
  );
}
