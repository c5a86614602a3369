import { BranchesOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, Select, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RouteSuggestion } from '../../../shared/schemas/routing.schema';
import { useHandlers } from './work-order-routing.api';

interface RouteSuggestionPanelProps {
  suggestion: RouteSuggestion | undefined;
  loading: boolean;
  failed: boolean;
  /** Sends the dispatch without an organisation: the server routes it and records the rule. */
  onFollow: () => void;
  busy: boolean;
}

/**
 * What the routing rules propose for a dispatch — organisation, handler, and the reasoning
 * (the rule, the level it was found at, whether it had to walk up) — with one button to take it.
 */
export function RouteSuggestionPanel({ suggestion, loading, failed, onFollow, busy }: RouteSuggestionPanelProps) {
  const { t } = useTranslation();
  if (loading) return <Skeleton active paragraph={{ rows: 2 }} style={{ marginBottom: 16 }} />;
  if (failed || !suggestion)
    return <Alert type="warning" showIcon title={t('routing.suggestion.failed')} style={{ marginBottom: 16 }} />;
  if (!suggestion.organization)
    return (
      <Alert
        type="warning"
        showIcon
        title={t('routing.suggestion.noRule')}
        description={suggestion.explanation}
        style={{ marginBottom: 16 }}
        data-testid="route-suggestion"
        data-routable="false"
      />
    );
  const { organization, assignee, rule, level } = suggestion;
  return (
    <Alert
      type="info"
      icon={<BranchesOutlined />}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="route-suggestion"
      data-routable="true"
      title={t('routing.suggestion.title')}
      description={
        <Flex vertical gap={8}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('routing.suggestion.organization')}>
              <span data-testid="suggested-organization">{organization.name}</span>
              <Tag style={{ marginInlineStart: 8 }}>{t(`enum.organizationKind.${organization.kind}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('routing.suggestion.assignee')}>
              <span data-testid="suggested-assignee">
                {assignee
                  ? t('routing.handlerOption', { name: assignee.name, count: assignee.openOrders })
                  : t('routing.suggestion.noAssignee')}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('routing.suggestion.basis')}>
              <Flex gap={4} wrap>
                <Typography.Text>
                  {rule?.note ?? t('routing.suggestion.ruleId', { id: rule?.id ?? '—' })}
                </Typography.Text>
                {level && <Tag color="blue">{t(`enum.divisionLevel.${level}`)}</Tag>}
                <Tag color={suggestion.walkedUp ? 'orange' : 'green'} data-testid="suggestion-walked-up">
                  {suggestion.walkedUp ? t('routing.suggestion.walkedUp') : t('routing.suggestion.nearest')}
                </Tag>
              </Flex>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary" data-testid="route-explanation">
            {suggestion.explanation}
          </Typography.Text>
          <div>
            <Button type="primary" loading={busy} onClick={onFollow} data-testid="dispatch-follow-rule">
              {t('routing.suggestion.follow')}
            </Button>
          </div>
        </Flex>
      }
    />
  );
}

interface HandlerSelectProps {
  organizationId: number | null | undefined;
  value?: number | null;
  onChange?: (id: number | null) => void;
  id?: string;
}

/** An optional person within the chosen organisation, with how many open orders each already has. */
export function HandlerSelect({ organizationId, value, onChange, id }: HandlerSelectProps) {
  const { t } = useTranslation();
  const handlers = useHandlers(organizationId);
  return (
    <Select<number>
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      loading={handlers.isFetching}
      disabled={!organizationId}
      placeholder={t('routing.handlerPlaceholder')}
      notFoundContent={handlers.isFetching ? undefined : t('routing.noHandlers')}
      options={(handlers.data ?? []).map((h) => ({
        value: h.id,
        label: t('routing.handlerOption', { name: h.name, count: h.openOrders }),
      }))}
      data-testid="handler-select"
    />
  );
}
