import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type KnowledgeStatus, knowledgeStatuses } from '../../../shared/schemas/knowledge.schema';
import { LoadMore } from '../../components/load-more';
import { QueryError } from '../../components/query-error';
import { can } from '../auth/auth.hooks';
import { useCurrentUser } from '../auth/current-user';
import { LegalDomainSelect } from '../legal-domain/legal-domain-select';
import { useKnowledgeSearch } from './knowledge.api';
import { KnowledgeArticleDrawer } from './knowledge-article.drawer';
import { KnowledgeArticleFormDrawer } from './knowledge-article-form.drawer';
import { KnowledgeHitList } from './knowledge-hit-list';
import { useDebouncedValue } from './use-debounced-value';

/** 知识库: search as you type, filter by legal domain; editors also write, publish and archive. */
export function KnowledgePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canManage = can(me, 'knowledge.manage');
  const [text, setText] = useState('');
  const [legalDomain, setLegalDomain] = useState<string | undefined>();
  const [status, setStatus] = useState<KnowledgeStatus | undefined>();
  const [opened, setOpened] = useState<{ id: number; terms: readonly string[] } | null>(null);
  // {} writes a new article; { articleId } edits one.
  const [editing, setEditing] = useState<{ articleId?: number } | null>(null);

  const q = useDebouncedValue(text.trim().slice(0, 200), 300);
  const search = useKnowledgeSearch({ q: q || undefined, legalDomain, status });
  const pages = search.data?.pages ?? [];
  const hits = pages.flatMap((page) => page.items);
  const terms = pages[0]?.terms ?? [];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('knowledge.title')}
        </Typography.Title>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="knowledge-create">
            {t('knowledge.create')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('knowledge.intro')}
      </Typography.Paragraph>
      <Flex wrap gap={8} style={{ marginBottom: 8 }}>
        <Input.Search
          allowClear
          size="large"
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
          onSearch={setText}
          placeholder={t('knowledge.searchPlaceholder')}
          aria-label={t('knowledge.searchLabel')}
          style={{ flex: '1 1 360px', maxWidth: 640 }}
          data-testid="knowledge-q"
        />
        <LegalDomainSelect
          allowClear
          size="large"
          value={legalDomain}
          onChange={setLegalDomain}
          placeholder={t('knowledge.allDomains')}
          aria-label={t('common.filterBy', { field: t('knowledge.domain') })}
          style={{ width: 200 }}
          data-testid="knowledge-domain"
        />
        {canManage && (
          <Select<KnowledgeStatus>
            allowClear
            size="large"
            value={status}
            onChange={setStatus}
            placeholder={t('knowledge.allStatuses')}
            aria-label={t('common.filterBy', { field: t('knowledge.status') })}
            options={knowledgeStatuses.map((s) => ({ value: s, label: t(`knowledge.statuses.${s}`) }))}
            style={{ width: 160 }}
            data-testid="knowledge-status"
          />
        )}
      </Flex>
      <Typography.Text type="secondary" data-testid="knowledge-summary">
        {q ? t('knowledge.resultCount', { count: hits.length }) : t('knowledge.newest')}
        {search.hasNextPage ? '+' : ''}
      </Typography.Text>
      {search.error && <QueryError error={search.error} onRetry={() => void search.refetch()} />}
      <KnowledgeHitList
        hits={hits}
        loading={search.isFetching && !search.isFetchingNextPage}
        onOpen={(hit) => setOpened({ id: hit.id, terms })}
        emptyText={t('knowledge.noResult')}
      />
      <LoadMore
        count={hits.length}
        hasMore={search.hasNextPage}
        loading={search.isFetchingNextPage}
        onLoadMore={() => void search.fetchNextPage()}
      />
      <KnowledgeArticleDrawer
        articleId={opened?.id ?? null}
        terms={opened?.terms ?? []}
        onClose={() => setOpened(null)}
        onEdit={canManage ? (article) => setEditing({ articleId: article.id }) : undefined}
      />
      <KnowledgeArticleFormDrawer
        open={editing !== null}
        articleId={editing?.articleId}
        onClose={() => setEditing(null)}
        onSaved={(article) => {
          setEditing(null);
          setOpened({ id: article.id, terms });
        }}
      />
    </>
  );
}
