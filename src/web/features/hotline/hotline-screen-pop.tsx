import { PhoneOutlined, PoweroffOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HotlineCall, ScreenPop } from '../../../shared/schemas/hotline.schema';
import { MaskedReveal } from '../../components/masked-reveal';
import { can } from '../auth/auth.hooks';
import { useCurrentUser } from '../auth/current-user';
import { revealCitizenField } from '../work-order/citizen.api';
import { formatTime } from '../work-order/work-order.time';
import { WorkOrderStatusTag } from '../work-order/work-order-tags';

/** 185 → "03:05"; an hour or more → "1:02:05". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${m}:${s}` : `${m}:${s}`;
}

/** Seconds since `startedAt`, ticking each second until the call ends. */
function useElapsedSeconds(startedAt: string, ended: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (ended) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ended]);
  return (now - new Date(startedAt).getTime()) / 1000;
}

interface ScreenPopCardProps {
  pop: ScreenPop;
  /** The call as the server answered on hang-up; null while it lasts. */
  ended: HotlineCall | null;
  hangingUp: boolean;
  onHangUp: () => void;
  /** Whether this call's work order is recorded (else "next call" asks first). */
  recorded: boolean;
  onNext: () => void;
}

/**
 * 来电弹屏: who is calling (masked), whether they called before, their recent orders, and the
 * call's clock. Order links open in a new tab: the call and the form stay where they are.
 */
export function ScreenPopCard({ pop, ended, hangingUp, onHangUp, recorded, onNext }: ScreenPopCardProps) {
  const { t } = useTranslation();
  const { call, citizen, recentOrders } = pop;
  const elapsed = useElapsedSeconds(call.startedAt, ended !== null);
  // The caller's full number is read through one of their orders: the citizen was found by this
  // very number, and the order puts the reveal under the same scope check and audit as elsewhere.
  const revealThrough = recentOrders[0]?.id;
  const me = useCurrentUser();

  const next = (
    <Button type="primary" icon={<RightOutlined />} onClick={recorded ? onNext : undefined} data-testid="hotline-next">
      {t('hotline.pop.next')}
    </Button>
  );

  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="hotline-screen-pop"
      data-call-id={call.id}
      data-state={ended ? 'ended' : 'active'}
      title={
        <Flex gap={8} align="center" wrap>
          <PhoneOutlined style={{ color: ended ? undefined : '#16a34a' }} />
          {ended ? t('hotline.pop.ended') : t('hotline.pop.active')}
          <Tag>{t('hotline.pop.line', { line: call.line })}</Tag>
        </Flex>
      }
      extra={
        ended ? (
          <Typography.Text strong data-testid="call-duration">
            {t('hotline.pop.duration', { duration: formatDuration(ended.durationSeconds ?? 0) })}
          </Typography.Text>
        ) : (
          <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums', fontSize: 18 }} data-testid="call-timer">
            {formatDuration(elapsed)}
          </Typography.Text>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('hotline.pop.caller')}>
          <MaskedReveal
            subject={`call-${call.id}`}
            masked={call.callerMasked}
            canReveal={can(me, 'citizen.reveal') && revealThrough !== undefined}
            confirmTitle={t('workOrder.citizenReveal.phone')}
            reveal={async (reason) =>
              revealThrough === undefined ? null : revealCitizenField(revealThrough, 'phone', reason)
            }
            askReason
            testId="reveal-caller"
            valueTestId="pop-caller"
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('hotline.pop.citizen')}>
          <span data-testid="pop-citizen" data-known={citizen ? 'true' : 'false'}>
            {citizen ? (
              <>
                {citizen.name ?? t('workOrder.anonymous')} <Tag color="green">{t('hotline.pop.known')}</Tag>
              </>
            ) : (
              <Tag color="blue">{t('hotline.pop.firstCall')}</Tag>
            )}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('hotline.pop.startedAt')}>{formatTime(call.startedAt)}</Descriptions.Item>
      </Descriptions>

      <Typography.Text type="secondary">
        {t('hotline.pop.recentOrders', { count: recentOrders.length })}
      </Typography.Text>
      <div data-testid="pop-orders" style={{ margin: '4px 0 12px' }}>
        {recentOrders.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hotline.pop.noOrders')} style={{ margin: 8 }} />
        ) : (
          recentOrders.map((order) => (
            <Flex
              key={order.id}
              gap={8}
              align="baseline"
              wrap
              style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}
              data-testid="pop-order"
              data-code={order.code}
            >
              <Link to={`/work-orders/${order.id}`} target="_blank" rel="noopener">
                {order.code}
              </Link>
              <WorkOrderStatusTag status={order.status} />
              <Typography.Text>{t(`enum.serviceKind.${order.kind}`)}</Typography.Text>
              <Typography.Text type="secondary">{formatTime(order.createdAt)}</Typography.Text>
              <Typography.Text type="secondary" ellipsis style={{ flex: '1 1 200px', minWidth: 0 }}>
                {order.description}
              </Typography.Text>
            </Flex>
          ))
        )}
      </div>

      {ended ? (
        recorded ? (
          next
        ) : (
          <Popconfirm
            title={t('hotline.pop.nextUnrecorded')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={onNext}
          >
            {next}
          </Popconfirm>
        )
      ) : (
        <Button danger icon={<PoweroffOutlined />} loading={hangingUp} onClick={onHangUp} data-testid="hotline-hang-up">
          {t('hotline.pop.hangUp')}
        </Button>
      )}
    </Card>
  );
}
