import { PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Card, Col, Row, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkOrderQueue } from '../../../shared/schemas/work-order.schema';
import { LinkButton } from '../../components/link-button';
import { can } from '../auth/auth.hooks';
import { useCurrentUser } from '../auth/current-user';
import { queueCountLimit, useQueueCount } from './work-order.api';
import { queuesFor } from './work-order.queues';

function QueueCount({ queue }: { queue: WorkOrderQueue }) {
  const { t } = useTranslation();
  const count = useQueueCount(queue);
  const value = count.data
    ? count.data.more
      ? t('workOrder.workbench.more', { count: queueCountLimit })
      : count.data.count
    : '—';
  return (
    <Col xs={12} sm={8} lg={6} xxl={4}>
      <Link to={`/work-orders?queue=${queue}`} data-testid={`queue-count-${queue}`}>
        <Card size="small" hoverable>
          <Statistic title={t(`workOrder.queue.${queue}`)} value={value} loading={count.isLoading} />
        </Card>
      </Link>
    </Col>
  );
}

/** The user's work-order queues on their workbench, each a count that opens the queue. */
export function WorkOrderQueueCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!can(me, 'work_order.read')) return null;
  return (
    <Card
      size="small"
      title={t('workOrder.workbench.title')}
      style={{ marginBottom: 16 }}
      data-testid="work-order-queues"
      extra={
        <Space>
          {can(me, 'work_order.intake') && (
            <LinkButton to="/work-orders/new" size="small" type="primary" icon={<PlusOutlined />}>
              {t('workOrder.workbench.create')}
            </LinkButton>
          )}
          {can(me, 'work_order.intake') && (
            <LinkButton
              to="/legal-aid/applications/new"
              size="small"
              icon={<PlusOutlined />}
              data-testid="legal-aid-new"
            >
              {t('legalAid.workbenchLink')}
            </LinkButton>
          )}
          <LinkButton to="/work-orders" size="small" icon={<UnorderedListOutlined />}>
            {t('workOrder.workbench.open')}
          </LinkButton>
        </Space>
      }
    >
      <Row gutter={[12, 12]}>
        {queuesFor(me).map((queue) => (
          <QueueCount key={queue} queue={queue} />
        ))}
      </Row>
    </Card>
  );
}
