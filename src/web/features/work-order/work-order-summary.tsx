import { Card, Col, Descriptions, Rate, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../../shared/schemas/work-order.schema';
import { useLegalDomains } from '../legal-domain/legal-domain.api';
import { formatTime, overdueOf } from './work-order.time';
import { CitizenIdNumber, CitizenNamePhone } from './work-order-citizen';
import { DeadlineText } from './work-order-tags';

/** The order's facts: who asks what and where, the deadlines, who handles it and how it ended. */
export function WorkOrderSummary({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation();
  const domains = useLegalDomains();
  const overdue = overdueOf(order);
  const domain = order.legalDomain;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card size="small" title={t('workOrder.detail.matter')} style={{ height: '100%' }}>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('workOrder.field.citizen')}>
              <CitizenNamePhone order={order} />
            </Descriptions.Item>
            <Descriptions.Item label={t('workOrder.field.idNumber')}>
              <CitizenIdNumber orderId={order.id} />
            </Descriptions.Item>
            <Descriptions.Item label={t('workOrder.field.division')}>{order.divisionName}</Descriptions.Item>
            <Descriptions.Item label={t('workOrder.field.legalDomain')}>
              {domain ? domains.labelOf(domain) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('workOrder.field.createdAt')}>{formatTime(order.createdAt)}</Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }} data-testid="work-order-description">
            {order.description}
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('workOrder.detail.deadlines')} style={{ height: '100%' }}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('workOrder.field.acceptBy')}>
              <span data-testid="work-order-accept-by">
                <DeadlineText iso={order.acceptBy} overdue={overdue.accept} label={t('workOrder.acceptOverdue')} />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('workOrder.field.resolveBy')}>
              <span data-testid="work-order-resolve-by">
                <DeadlineText iso={order.resolveBy} overdue={overdue.resolve} />
              </span>
            </Descriptions.Item>
            {order.acceptedAt && (
              <Descriptions.Item label={t('workOrder.field.acceptedAt')}>
                {formatTime(order.acceptedAt)}
              </Descriptions.Item>
            )}
            {order.resolvedAt && (
              <Descriptions.Item label={t('workOrder.field.resolvedAt')}>
                {formatTime(order.resolvedAt)}
              </Descriptions.Item>
            )}
            {order.closedAt && (
              <Descriptions.Item label={t('workOrder.field.closedAt')}>{formatTime(order.closedAt)}</Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24}>
        <Card size="small" title={t('workOrder.detail.handling')}>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label={t('workOrder.field.organization')}>
              <span data-testid="work-order-organization">
                {order.organizationName ?? t('workOrder.notDispatched')}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('workOrder.field.assignee')}>
              <span data-testid="work-order-assignee">{order.assigneeName ?? t('workOrder.unassigned')}</span>
            </Descriptions.Item>
            {order.reopenCount > 0 && (
              <Descriptions.Item label={t('workOrder.field.reopenCount')}>
                {t('workOrder.detail.reopened', { count: order.reopenCount })}
              </Descriptions.Item>
            )}
            {order.rating !== null && (
              <Descriptions.Item label={t('workOrder.field.rating')}>
                <Space wrap>
                  <Rate disabled value={order.rating} style={{ fontSize: 14 }} />
                  {order.ratingComment && <Typography.Text>{order.ratingComment}</Typography.Text>}
                </Space>
              </Descriptions.Item>
            )}
          </Descriptions>
          {order.result && (
            <>
              <Typography.Text type="secondary">{t('workOrder.field.result')}</Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="work-order-result">
                {order.result}
              </Typography.Paragraph>
            </>
          )}
        </Card>
      </Col>
    </Row>
  );
}
