import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Divider, Drawer, Flex, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KnowledgeArticle } from '../../../shared/schemas/knowledge.schema';
import { isApiError } from '../../api/api-error';
import { useErrorMessage } from '../../components/error-message';
import { QueryError } from '../../components/query-error';
import { useLegalDomains } from '../legal-domain/legal-domain.api';
import { HighlightedText } from './highlighted-text';
import { useArchiveKnowledgeArticle, useKnowledgeArticle, useUpdateKnowledgeArticle } from './knowledge.api';
import { formatKnowledgeTime, KnowledgeStatusTag } from './knowledge-hit-list';

interface KnowledgeArticleDrawerProps {
  articleId: number | null;
  /** The words searched for: marked in the whole article. */
  terms: readonly string[];
  onClose: () => void;
  /** Editors only: opens the form on the article as shown. */
  onEdit?: ((article: KnowledgeArticle) => void) | undefined;
}

/** One article, the searched words marked; editors also publish, withdraw, archive or restore it here. */
export function KnowledgeArticleDrawer({ articleId, terms, onClose, onEdit }: KnowledgeArticleDrawerProps) {
  return (
    <Drawer open={articleId !== null} onClose={onClose} size={720} destroyOnHidden data-testid="knowledge-drawer">
      {articleId !== null && <ArticleView articleId={articleId} terms={terms} onEdit={onEdit} />}
    </Drawer>
  );
}

const sectionStyle = { whiteSpace: 'pre-wrap' as const, lineHeight: 1.8 };

function ArticleView({
  articleId,
  terms,
  onEdit,
}: Omit<KnowledgeArticleDrawerProps, 'onClose'> & { articleId: number }) {
  const { t } = useTranslation();
  const domains = useLegalDomains();
  const article = useKnowledgeArticle(articleId);
  if (article.error) return <QueryError error={article.error} onRetry={() => void article.refetch()} />;
  const current = article.data;
  if (!current) return <Skeleton active paragraph={{ rows: 8 }} />;
  return (
    <article data-testid="knowledge-article">
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="knowledge-article-title">
        <HighlightedText text={current.title} terms={terms} />
      </Typography.Title>
      <Flex gap={8} wrap align="center">
        <Tag color="blue">{domains.labelOf(current.legalDomain)}</Tag>
        {current.status !== 'published' && <KnowledgeStatusTag status={current.status} />}
        {current.isDemo && <Tag>{t('common.demo')}</Tag>}
        {current.keywords.map((keyword) => (
          <Tag key={keyword} bordered={false}>
            <HighlightedText text={keyword} terms={terms} />
          </Tag>
        ))}
      </Flex>
      {onEdit && <EditorActions article={current} onEdit={onEdit} onConflict={() => void article.refetch()} />}
      <Divider titlePlacement="start">{t('knowledge.question')}</Divider>
      <Typography.Paragraph style={sectionStyle}>
        <HighlightedText text={current.question} terms={terms} />
      </Typography.Paragraph>
      <Divider titlePlacement="start">{t('knowledge.answer')}</Divider>
      <Typography.Paragraph style={sectionStyle} data-testid="knowledge-article-answer">
        <HighlightedText text={current.answer} terms={terms} />
      </Typography.Paragraph>
      <Divider />
      <Space size="large" wrap>
        <Typography.Text type="secondary">
          <EyeOutlined /> {t('knowledge.views', { count: current.viewCount })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('knowledge.updatedAt', { time: formatKnowledgeTime(current.updatedAt) })}
        </Typography.Text>
        {current.updatedByName && (
          <Typography.Text type="secondary">
            {t('knowledge.updatedBy', { name: current.updatedByName })}
          </Typography.Text>
        )}
      </Space>
    </article>
  );
}

function EditorActions({
  article,
  onEdit,
  onConflict,
}: {
  article: KnowledgeArticle;
  onEdit: (article: KnowledgeArticle) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const update = useUpdateKnowledgeArticle(article.id);
  const archive = useArchiveKnowledgeArticle(article.id);

  const failed = (error: unknown) => {
    if (isApiError(error, 'version_conflict')) {
      message.warning(t('knowledge.versionConflict'));
      onConflict();
    } else message.error(errorText(error));
  };
  const setStatus = (status: 'draft' | 'published', done: string) =>
    update.mutate({ version: article.version, status }, { onSuccess: () => message.success(done), onError: failed });

  return (
    <Space wrap style={{ marginTop: 16 }}>
      <Button onClick={() => onEdit(article)} data-testid="knowledge-edit">
        {t('common.edit')}
      </Button>
      {article.status === 'draft' && (
        <Button
          type="primary"
          loading={update.isPending}
          onClick={() => setStatus('published', t('knowledge.published'))}
          data-testid="knowledge-publish"
        >
          {t('knowledge.publish')}
        </Button>
      )}
      {article.status === 'published' && (
        <Button loading={update.isPending} onClick={() => setStatus('draft', t('knowledge.unpublished'))}>
          {t('knowledge.unpublish')}
        </Button>
      )}
      {article.status === 'archived' ? (
        <Button loading={update.isPending} onClick={() => setStatus('draft', t('knowledge.restored'))}>
          {t('knowledge.restore')}
        </Button>
      ) : (
        <Popconfirm
          title={t('knowledge.archiveConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            archive.mutateAsync(article.version).then(() => message.success(t('knowledge.archived')), failed)
          }
        >
          <Button danger loading={archive.isPending} data-testid="knowledge-archive">
            {t('knowledge.archive')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
