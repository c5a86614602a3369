import { CheckCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Card, Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/query-error';
import type { WorkbenchKind } from '../../i18n/enum-keys';
import { useCurrentUser } from '../auth/current-user';
import { WorkOrderQueueCard } from '../work-order/work-order-queue-card';
import { useScopeSummary } from './scope-summary.api';
import { ScopeSummaryCards } from './scope-summary-cards';

const dutyKeys = ['duty1', 'duty2', 'duty3'] as const;

/** A role home: the role's title, the user's scope, the real counts in it, and the role's duties. */
export function WorkbenchPage({ kind }: { kind: WorkbenchKind }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const summary = useScopeSummary();

  return (
    <div data-testid={`workbench-${kind}`}>
      <Flex align="baseline" gap={16} wrap>
        <Typography.Title level={3}>{t(`workbench.kinds.${kind}.title`)}</Typography.Title>
        <Typography.Text type="secondary">
          <EnvironmentOutlined /> {t('workbench.scope', { name: me.scope.name })}
        </Typography.Text>
      </Flex>
      <WorkOrderQueueCard />
      <Typography.Title level={5}>{t('workbench.statsTitle')}</Typography.Title>
      {summary.error ? (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : summary.data ? (
        <ScopeSummaryCards summary={summary.data} scopeLevel={me.scope.level} />
      ) : (
        <Skeleton active />
      )}
      <Card size="small" title={t('workbench.dutiesTitle')}>
        <List
          size="small"
          dataSource={[...dutyKeys]}
          renderItem={(key) => (
            <List.Item>
              <Flex gap={8}>
                <CheckCircleOutlined style={{ color: '#1677ff' }} />
                {t(`workbench.kinds.${kind}.${key}`)}
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
