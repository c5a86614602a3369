import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, Rate, Steps, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { satisfiedRating } from '../../../shared/domain/work-order';
import type { WorkOrderStatus } from '../../../shared/domain/work-order.lifecycle';
import type { PublicWorkOrder } from '../../../shared/schemas/work-order.schema';
import { useErrorMessage } from '../../components/error-message';
import { ratePublicWorkOrder } from './work-order.api';
import { formatDeadline, formatTime } from './work-order.time';

type Flow = 'submitted' | 'dispatched' | 'accepted' | 'resolved' | 'closed';

/** Where the order stands on the path a citizen knows: 受理 → 派单 → 签收 → 办结 → 评价归档. */
const flowIndex: Record<WorkOrderStatus, number> = {
  received: 0,
  returned: 0,
  dispatched: 1,
  accepted: 2,
  in_progress: 2,
  resolved: 3,
  answered: 3,
  closed: 4,
};
const flow: Flow[] = ['submitted', 'dispatched', 'accepted', 'resolved', 'closed'];

interface PublicTrackResultProps {
  order: PublicWorkOrder;
  phone: string;
  onRated: (order: PublicWorkOrder) => void;
}

export function PublicTrackResult({ order, phone, onRated }: PublicTrackResultProps) {
  const { t } = useTranslation();
  const open = order.status !== 'resolved' && order.status !== 'closed' && order.status !== 'answered';
  // A closed order has every step done; an open one is at its current step.
  const current = flowIndex[order.status];
  const done = order.status === 'closed';

  return (
    <Card data-testid="track-result" data-status={order.status}>
      <Typography.Text type="secondary">{t('workOrder.track.status')}</Typography.Text>
      <Typography.Title level={4} style={{ marginTop: 4 }} data-testid="track-status">
        {t(`workOrder.track.statusText.${order.status}`)}
      </Typography.Title>
      <Steps
        type="dot"
        size="small"
        orientation="horizontal"
        titlePlacement="vertical"
        responsive={false}
        current={done ? flow.length : current}
        style={{ margin: '16px 0' }}
        data-testid="track-flow"
        items={flow.map((step) => ({ title: t(`workOrder.track.flow.${step}`) }))}
      />
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('workOrder.apply.codeLabel')}>{order.code}</Descriptions.Item>
        <Descriptions.Item label={t('workOrder.track.kind')}>{t(`enum.serviceKind.${order.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('workOrder.track.division')}>{order.divisionName}</Descriptions.Item>
        {order.organizationName && (
          <Descriptions.Item label={t('workOrder.track.organization')}>
            <span data-testid="track-organization">{order.organizationName}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('workOrder.track.createdAt')}>{formatTime(order.createdAt)}</Descriptions.Item>
        {open && (
          <Descriptions.Item label={t('workOrder.track.resolveBy')}>
            {formatDeadline(order.resolveBy)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {order.result && (
        <Alert
          type="success"
          title={t('workOrder.track.result')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{order.result}</span>}
          style={{ marginBottom: 16 }}
          data-testid="track-result-text"
        />
      )}
      <Typography.Title level={5}>{t('workOrder.track.steps')}</Typography.Title>
      <div data-testid="track-steps">
        <Timeline
          reverse
          items={order.steps.map((step, index) => ({
            key: `${step.action}-${index}`,
            color: step.action === 'reopen' ? 'red' : index === order.steps.length - 1 ? 'blue' : 'green',
            content: (
              <>
                <Typography.Text strong>{t(`workOrder.track.stepText.${step.action}`)}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{formatTime(step.at)}</Typography.Text>
              </>
            ),
          }))}
        />
      </div>
      {order.canRate ? (
        <RateForm order={order} phone={phone} onRated={onRated} />
      ) : (
        order.rating !== null && (
          <Typography.Paragraph data-testid="track-rating">
            {t('workOrder.track.yourRating', { rating: order.rating })}{' '}
            <Rate disabled value={order.rating} style={{ fontSize: 14 }} />
          </Typography.Paragraph>
        )
      )}
    </Card>
  );
}

interface RateValues {
  rating: number;
  comment?: string;
}

function RateForm({ order, phone, onRated }: PublicTrackResultProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const [form] = Form.useForm<RateValues>();
  const rating = Form.useWatch('rating', form);
  const rate = useMutation({
    mutationFn: (values: RateValues) =>
      ratePublicWorkOrder(order.code, { phone, rating: values.rating, comment: values.comment?.trim() || undefined }),
    onSuccess: (updated, values) => {
      message.success(values.rating >= satisfiedRating ? t('workOrder.track.rated') : t('workOrder.track.ratedReopen'));
      onRated(updated);
    },
  });
  const level = rating as 1 | 2 | 3 | 4 | 5 | undefined;

  return (
    <Card size="small" title={t('workOrder.track.rate')} data-testid="track-rate" style={{ marginTop: 8 }}>
      <Typography.Paragraph>{t('workOrder.track.rateHint')}</Typography.Paragraph>
      {rate.error && <Alert type="error" showIcon title={errorText(rate.error)} style={{ marginBottom: 12 }} />}
      <Form<RateValues> form={form} layout="vertical" onFinish={(values) => rate.mutate(values)}>
        <Form.Item name="rating" rules={[{ required: true, message: t('workOrder.modal.ratingRequired') }]}>
          <Rate style={{ fontSize: 32 }} data-testid="track-rate-stars" />
        </Form.Item>
        {level && (
          <Typography.Paragraph type="secondary">{t(`workOrder.track.rateLevel.r${level}`)}</Typography.Paragraph>
        )}
        <Form.Item name="comment" label={t('workOrder.track.comment')}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="track-rate-comment" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={rate.isPending} data-testid="track-rate-submit">
          {t('workOrder.track.rateSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
