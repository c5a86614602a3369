import { Flex, Rate, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderEvent } from '../../../shared/schemas/work-order.schema';
import { formatTime } from './work-order.time';

const actionColor: Record<string, string> = {
  create: 'blue',
  dispatch: 'blue',
  transfer: 'blue',
  accept: 'green',
  resolve: 'green',
  answer: 'green',
  close: 'gray',
  return: 'red',
  reopen: 'red',
  supervise: 'red',
  remind: 'orange',
  request_extension: 'orange',
};

/** The order's events, oldest first: what was done, by whom, when and why. */
export function WorkOrderHistory({ events }: { events: WorkOrderEvent[] }) {
  const { t, i18n } = useTranslation();
  // Other modules record events of their own on an order (a legal-aid decision): their labels live with them.
  const actionLabel = (action: string) =>
    i18n.exists(`workOrder.action.${action}`)
      ? t(`workOrder.action.${action}` as 'workOrder.action.note')
      : i18n.exists(`legalAid.event.${action}`)
        ? t(`legalAid.event.${action}` as 'legalAid.event.legal_aid_decision')
        : action;
  const actorOf = (event: WorkOrderEvent) =>
    event.actorKind === 'citizen'
      ? t('workOrder.detail.byCitizen')
      : event.actorKind === 'system'
        ? t('workOrder.detail.bySystem')
        : (event.actorName ?? '—');

  return (
    <div data-testid="work-order-history">
      <Timeline
        items={events.map((event) => {
          const days = typeof event.detail.extensionDays === 'number' ? event.detail.extensionDays : null;
          const rating = typeof event.detail.rating === 'number' ? event.detail.rating : null;
          const routing = routingOf(event);
          return {
            key: event.id,
            color: actionColor[event.action] ?? 'gray',
            content: (
              <div data-testid="history-event" data-action={event.action}>
                <Flex gap={8} wrap align="baseline">
                  <Typography.Text strong>{actionLabel(event.action)}</Typography.Text>
                  {event.fromStatus !== event.toStatus && (
                    <Tag variant="filled">{t(`workOrder.status.${event.toStatus}`)}</Tag>
                  )}
                  <Typography.Text type="secondary">{actorOf(event)}</Typography.Text>
                  <Typography.Text type="secondary">{formatTime(event.at)}</Typography.Text>
                </Flex>
                {routing && (
                  <Flex gap={8} wrap align="baseline" data-testid="history-routing" data-routing={routing.kind}>
                    <Tag color={routing.kind === 'auto' ? 'blue' : 'default'}>
                      {t(`routing.history.${routing.kind}`)}
                    </Tag>
                    {routing.explanation && (
                      <Typography.Text type="secondary" data-testid="history-routing-explanation">
                        {routing.explanation}
                      </Typography.Text>
                    )}
                  </Flex>
                )}
                {days !== null && <div>{t('workOrder.detail.extensionDays', { days })}</div>}
                {rating !== null && <Rate disabled value={rating} style={{ fontSize: 14 }} />}
                {event.reason && (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                    {event.reason}
                  </Typography.Paragraph>
                )}
              </div>
            ),
          };
        })}
      />
    </div>
  );
}

/** How a dispatch or transfer chose its destination: by the routing rules (and why) or by hand. */
function routingOf(event: WorkOrderEvent): { kind: 'auto' | 'manual'; explanation: string | null } | null {
  const kind = event.detail.routing;
  if (kind !== 'auto' && kind !== 'manual') return null;
  const explanation = typeof event.detail.explanation === 'string' ? event.detail.explanation : null;
  return { kind, explanation };
}
