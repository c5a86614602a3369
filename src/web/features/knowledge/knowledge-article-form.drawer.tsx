import { Alert, App, Button, Drawer, Flex, Form, Input, Radio, Select, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CreateKnowledgeArticleInput,
  KnowledgeArticle,
  UpdateKnowledgeArticleInput,
} from '../../../shared/schemas/knowledge.schema';
import { isApiError } from '../../api/api-error';
import { applyFieldErrors, useErrorMessage } from '../../components/error-message';
import { QueryError } from '../../components/query-error';
import { LegalDomainSelect } from '../legal-domain/legal-domain-select';
import { useCreateKnowledgeArticle, useKnowledgeArticle, useUpdateKnowledgeArticle } from './knowledge.api';

interface FormValues {
  title: string;
  legalDomain: string;
  keywords: string[];
  question: string;
  answer: string;
  status: 'draft' | 'published';
}

const fields = ['title', 'legalDomain', 'keywords', 'question', 'answer', 'status'] as const;

interface KnowledgeArticleFormDrawerProps {
  open: boolean;
  /** The article to edit; absent to write a new one. */
  articleId?: number | undefined;
  onClose: () => void;
  onSaved: (article: KnowledgeArticle) => void;
}

/** Only what changed is sent, with the version read: a concurrent edit answers 409 rather than being overwritten. */
function changesOf(article: KnowledgeArticle, values: FormValues): Omit<UpdateKnowledgeArticleInput, 'version'> {
  const changes: Omit<UpdateKnowledgeArticleInput, 'version'> = {};
  for (const key of ['title', 'question', 'answer'] as const) {
    if (values[key].trim() !== article[key]) changes[key] = values[key].trim();
  }
  if (values.legalDomain !== article.legalDomain) changes.legalDomain = values.legalDomain;
  const keywords = cleanKeywords(values.keywords);
  if (keywords.join('\n') !== article.keywords.join('\n')) changes.keywords = keywords;
  return changes;
}

const cleanKeywords = (keywords: string[] | undefined) => [
  ...new Set((keywords ?? []).map((k) => k.trim()).filter((k) => k.length > 0)),
];

export function KnowledgeArticleFormDrawer(props: KnowledgeArticleFormDrawerProps) {
  const { open, articleId, onClose } = props;
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={articleId ? t('knowledge.editTitle') : t('knowledge.createTitle')}
    >
      {open && <ArticleForm {...props} />}
    </Drawer>
  );
}

function ArticleForm({ articleId, onClose, onSaved }: KnowledgeArticleFormDrawerProps) {
  const { t } = useTranslation();
  const loaded = useKnowledgeArticle(articleId ?? null);
  const article = articleId ? loaded.data : undefined;
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateKnowledgeArticle();
  const update = useUpdateKnowledgeArticle(articleId ?? 0);
  const pending = create.isPending || update.isPending;
  const failure = create.error ?? update.error;

  useEffect(() => {
    if (!article) return;
    const { title, legalDomain, keywords, question, answer } = article;
    form.setFieldsValue({ title, legalDomain, keywords, question, answer });
  }, [article, form]);

  const handleError = (error: unknown) => {
    if (isApiError(error, 'version_conflict')) {
      // The latest version replaces the form, as the message says: the editor checks it and saves again.
      message.warning(t('knowledge.versionConflict'));
      void loaded.refetch();
      return;
    }
    applyFieldErrors(form, error, t, fields);
  };

  const submit = (values: FormValues) => {
    if (article) {
      const changes = changesOf(article, values);
      if (Object.keys(changes).length === 0) {
        onSaved(article);
        return;
      }
      update.mutate(
        { version: article.version, ...changes },
        {
          onSuccess: (saved) => {
            message.success(t('knowledge.saved'));
            onSaved(saved);
          },
          onError: handleError,
        },
      );
      return;
    }
    const input: CreateKnowledgeArticleInput = {
      title: values.title.trim(),
      legalDomain: values.legalDomain,
      keywords: cleanKeywords(values.keywords),
      question: values.question.trim(),
      answer: values.answer.trim(),
      status: values.status,
    };
    create.mutate(input, {
      onSuccess: (saved) => {
        message.success(t('knowledge.created'));
        onSaved(saved);
      },
      onError: handleError,
    });
  };

  if (loaded.error) return <QueryError error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (articleId && !article) return <Skeleton active paragraph={{ rows: 8 }} />;

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      name="knowledge-article"
      onFinish={submit}
      initialValues={{ keywords: [], status: 'draft' }}
    >
      {failure && !isApiError(failure, 'version_conflict') && (
        <Alert type="error" showIcon title={errorText(failure)} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        name="title"
        label={t('knowledge.titleLabel')}
        rules={[{ required: true, whitespace: true, max: 100 }]}
      >
        <Input maxLength={100} data-testid="knowledge-form-title" />
      </Form.Item>
      <Form.Item name="legalDomain" label={t('knowledge.legalDomain')} rules={[{ required: true }]}>
        <LegalDomainSelect data-testid="knowledge-form-domain" />
      </Form.Item>
      <Form.Item name="keywords" label={t('knowledge.keywords')} extra={t('knowledge.keywordsHelp')}>
        <Select mode="tags" tokenSeparators={[',', '，', '、']} data-testid="knowledge-form-keywords" />
      </Form.Item>
      <Form.Item
        name="question"
        label={t('knowledge.question')}
        rules={[{ required: true, whitespace: true, max: 1000 }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} data-testid="knowledge-form-question" />
      </Form.Item>
      <Form.Item
        name="answer"
        label={t('knowledge.answer')}
        rules={[{ required: true, whitespace: true, max: 20_000 }]}
      >
        <Input.TextArea autoSize={{ minRows: 8, maxRows: 24 }} maxLength={20_000} data-testid="knowledge-form-answer" />
      </Form.Item>
      {!article && (
        <Form.Item name="status" label={t('knowledge.statusLabel')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'draft', label: t('knowledge.statuses.draft') },
              { value: 'published', label: t('knowledge.statuses.published') },
            ]}
            data-testid="knowledge-form-status"
          />
        </Form.Item>
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={pending} data-testid="knowledge-form-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
