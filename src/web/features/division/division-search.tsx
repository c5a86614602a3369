import { Input, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/query-error';
import { useDivisionSearch } from './division.api';
import { DivisionLevelTag } from './division-level-tag';

interface DivisionSearchProps {
  query: string;
  onQueryChange: (query: string) => void;
  onSelect: (code: string) => void;
}

export function DivisionSearchBox({ query, onQueryChange }: Omit<DivisionSearchProps, 'onSelect'>) {
  const { t } = useTranslation();
  return (
    <Input.Search
      allowClear
      maxLength={50}
      defaultValue={query}
      placeholder={t('division.searchPlaceholder')}
      aria-label={t('division.searchPlaceholder')}
      data-testid="division-search"
      onSearch={(value) => onQueryChange(value.trim())}
      style={{ marginBottom: 12 }}
    />
  );
}

/** Search by name (any part) or code (a prefix); a click selects the division. */
export function DivisionSearchResults({ query, onSelect }: Pick<DivisionSearchProps, 'query' | 'onSelect'>) {
  const { t } = useTranslation();
  const search = useDivisionSearch(query);
  if (search.error) return <QueryError error={search.error} onRetry={() => void search.refetch()} />;
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t('division.searchResults')}</Typography.Text>}
      loading={search.isLoading}
      dataSource={search.data ?? []}
      locale={{ emptyText: t('division.noResults') }}
      data-testid="division-search-results"
      renderItem={(division) => (
        <List.Item
          key={division.code}
          onClick={() => onSelect(division.code)}
          style={{ cursor: 'pointer' }}
          extra={<DivisionLevelTag level={division.level} />}
        >
          <List.Item.Meta title={<Typography.Link>{division.name}</Typography.Link>} description={division.code} />
        </List.Item>
      )}
    />
  );
}
