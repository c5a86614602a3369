import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Professional } from '../../../shared/schemas/organization.schema';
import { LoadMore } from '../../components/load-more';
import { QueryError } from '../../components/query-error';
import { type ProfessionalFilters, useProfessionals } from './directory.api';

/** Professionals matching the filters, paged by "load more"; phones arrive masked from the server. */
export function ProfessionalTable({ filters }: { filters: ProfessionalFilters }) {
  const { t } = useTranslation();
  const professionals = useProfessionals(filters);
  const rows = professionals.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      {professionals.error && <QueryError error={professionals.error} onRetry={() => void professionals.refetch()} />}
      <Table<Professional>
        rowKey="id"
        loading={professionals.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        data-testid="professional-table"
        columns={[
          {
            key: 'name',
            title: t('directory.personName'),
            render: (_, row) => (
              <>
                {row.name} {row.isDemo && <Tag>{t('common.demo')}</Tag>}
              </>
            ),
          },
          {
            key: 'kind',
            title: t('directory.kind'),
            width: 170,
            render: (_, row) => <Tag color="purple">{t(`enum.professionalKind.${row.kind}`)}</Tag>,
          },
          { key: 'organization', title: t('directory.organization'), render: (_, row) => row.organizationName ?? '—' },
          { key: 'division', title: t('directory.division'), dataIndex: 'divisionName', width: 140 },
          { key: 'licence', title: t('directory.licenceNo'), width: 190, render: (_, row) => row.licenceNo ?? '—' },
          { key: 'phone', title: t('directory.phone'), width: 130, render: (_, row) => row.phoneMasked ?? '—' },
        ]}
      />
      <LoadMore
        count={rows.length}
        hasMore={professionals.hasNextPage}
        loading={professionals.isFetchingNextPage}
        onLoadMore={() => void professionals.fetchNextPage()}
      />
    </>
  );
}
