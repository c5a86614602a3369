import { Breadcrumb, Button, Card, Descriptions, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Division } from '../../../shared/schemas/division.schema';
import { QueryError } from '../../components/query-error';
import { useDivisionChildren, useDivisionDetail } from './division.api';
import { DivisionLevelTag } from './division-level-tag';

interface DivisionDetailProps {
  code: string | null;
  onSelect: (code: string) => void;
}

/** One division: where it sits (breadcrumb), what it is, and what lies under it. */
export function DivisionDetailPanel({ code, onSelect }: DivisionDetailProps) {
  const { t } = useTranslation();
  const detail = useDivisionDetail(code);
  const children = useDivisionChildren(detail.data && detail.data.childCount > 0 ? detail.data.code : null);

  if (!code) {
    return (
      <Card>
        <Empty description={t('division.selectHint')} />
      </Card>
    );
  }
  if (detail.error) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const division = detail.data;
  const crumbs = division
    ? [
        ...division.path.map((ancestor) => ({
          key: ancestor.code,
          title: (
            <Typography.Link onClick={() => onSelect(ancestor.code)} data-testid="division-crumb">
              {ancestor.name}
            </Typography.Link>
          ),
        })),
        { key: division.code, title: division.name },
      ]
    : [];

  return (
    <Card loading={detail.isLoading} title={t('division.detail')} data-testid="division-detail">
      {division && (
        <>
          <Breadcrumb items={crumbs} style={{ marginBottom: 16 }} />
          <Descriptions
            column={{ xs: 1, sm: 2 }}
            size="small"
            items={[
              { key: 'name', label: t('division.name'), children: division.name },
              { key: 'level', label: t('division.level'), children: <DivisionLevelTag level={division.level} /> },
              {
                key: 'code',
                label: t('division.code'),
                children: <Typography.Text copyable>{division.code}</Typography.Text>,
              },
              { key: 'childCount', label: t('division.childCount'), children: division.childCount },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('division.children')}
          </Typography.Title>
          {children.error && <QueryError error={children.error} onRetry={() => void children.refetch()} />}
          <Table<Division>
            rowKey="code"
            size="small"
            loading={children.isLoading}
            dataSource={children.data ?? []}
            pagination={(children.data?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            locale={{ emptyText: t('division.noChildren') }}
            scroll={{ x: true }}
            columns={[
              {
                key: 'name',
                title: t('division.name'),
                render: (_, row) => (
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onSelect(row.code)}>
                    {row.name}
                  </Button>
                ),
              },
              { key: 'code', title: t('division.code'), dataIndex: 'code' },
              {
                key: 'level',
                title: t('division.level'),
                responsive: ['sm'],
                render: (_, row) => <DivisionLevelTag level={row.level} />,
              },
              { key: 'childCount', title: t('division.childCount'), dataIndex: 'childCount', align: 'right' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
