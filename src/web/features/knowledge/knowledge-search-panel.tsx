import { BookOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeSearchHit } from '../../../shared/schemas/knowledge.schema';
import { QueryError } from '../../components/query-error';
import { LegalDomainSelect } from '../legal-domain/legal-domain-select';
import { useKnowledgeSearch } from './knowledge.api';
import { KnowledgeArticleDrawer } from './knowledge-article.drawer';
import { KnowledgeHitList } from './knowledge-hit-list';
import { useDebouncedValue } from './use-debounced-value';

export interface KnowledgeSearchPanelProps {
  /**
   * Text to search for from outside, e.g. the citizen's question as the agent types it into the
   * intake form: the box takes it over whenever it changes, and the agent can still edit the box.
   */
  query?: string | undefined;
  /** A legal domain chosen outside (triage); without it the panel shows its own domain filter. */
  legalDomain?: string | undefined;
  /** How many hits (the console has room for a few); default 5. */
  pageSize?: number;
  /** Opens an article; without it the panel opens its own drawer. */
  onOpenArticle?: (hit: KnowledgeSearchHit, terms: readonly string[]) => void;
  /** Card title; default 知识库. */
  title?: string;
}

/**
 * The knowledge base in a box, for the hotline console and other workbenches: searches as the
 * agent types (debounced), ranks by relevance, marks the matched words, opens an article in a
 * drawer. Published articles only for agents (the server decides).
 */
export function KnowledgeSearchPanel({
  query,
  legalDomain,
  pageSize = 5,
  onOpenArticle,
  title,
}: KnowledgeSearchPanelProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(query ?? '');
  const [ownDomain, setOwnDomain] = useState<string | undefined>();
  const [opened, setOpened] = useState<{ id: number; terms: readonly string[] } | null>(null);
  useEffect(() => {
    if (query !== undefined) setText(query);
  }, [query]);

  const q = useDebouncedValue(text.trim().slice(0, 200), 300);
  const domain = legalDomain ?? ownDomain;
  const search = useKnowledgeSearch({ q: q || undefined, legalDomain: domain }, pageSize);
  const pages = search.data?.pages ?? [];
  const hits = pages.flatMap((page) => page.items);
  const terms = pages[0]?.terms ?? [];

  const open = (hit: KnowledgeSearchHit) => {
    if (onOpenArticle) onOpenArticle(hit, terms);
    else setOpened({ id: hit.id, terms });
  };

  return (
    <Card
      size="small"
      title={
        <span>
          <BookOutlined /> {title ?? t('knowledge.panelTitle')}
        </span>
      }
      data-testid="knowledge-panel"
    >
      <Flex vertical gap={8}>
        <Input.Search
          allowClear
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('knowledge.searchPlaceholder')}
          aria-label={t('knowledge.searchLabel')}
          data-testid="knowledge-panel-q"
        />
        {!legalDomain && (
          <LegalDomainSelect
            allowClear
            size="small"
            value={ownDomain}
            onChange={setOwnDomain}
            placeholder={t('knowledge.allDomains')}
            aria-label={t('common.filterBy', { field: t('knowledge.domain') })}
          />
        )}
        {search.error && <QueryError error={search.error} onRetry={() => void search.refetch()} />}
        <KnowledgeHitList
          compact
          hits={hits}
          loading={search.isFetching && !search.isFetchingNextPage}
          onOpen={open}
          emptyText={q ? t('knowledge.noResult') : t('knowledge.nothingToSearch')}
        />
        {search.hasNextPage && (
          <Button
            type="link"
            size="small"
            loading={search.isFetchingNextPage}
            onClick={() => void search.fetchNextPage()}
          >
            {t('knowledge.more')}
          </Button>
        )}
      </Flex>
      {!onOpenArticle && (
        <KnowledgeArticleDrawer
          articleId={opened?.id ?? null}
          terms={opened?.terms ?? []}
          onClose={() => setOpened(null)}
        />
      )}
    </Card>
  );
}
