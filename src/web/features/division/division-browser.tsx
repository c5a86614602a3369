import { Card, Col, Row, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../components/query-error';
import { useDivisionRoots } from './division.api';
import { DivisionDetailPanel } from './division-detail';
import { DivisionSearchBox, DivisionSearchResults } from './division-search';
import { DivisionTree } from './division-tree';

/**
 * The division browser, for staff (rooted at their scope) and the public (rooted at the city).
 * The selection and the search live in the URL (?code=&q=), so a link opens the same view.
 */
export function DivisionBrowser({ rootCode }: { rootCode: string | null }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { roots, error, refetch } = useDivisionRoots(rootCode);
  const query = params.get('q') ?? '';
  const selectedCode = params.get('code') ?? rootCode ?? roots?.[0]?.code ?? null;

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  const select = (code: string) => update({ code });

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={9} xl={7}>
        <Card title={t('division.tree')} size="small">
          <DivisionSearchBox query={query} onQueryChange={(q) => update({ q })} />
          {query ? (
            <DivisionSearchResults query={query} onSelect={select} />
          ) : error ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : roots ? (
            <DivisionTree roots={roots} selectedCode={selectedCode} onSelect={select} />
          ) : (
            <Spin />
          )}
        </Card>
      </Col>
      <Col xs={24} md={15} xl={17}>
        <DivisionDetailPanel code={selectedCode} onSelect={select} />
      </Col>
    </Row>
  );
}
