import { EnvironmentOutlined } from '@ant-design/icons';
import { App, Col, Flex, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HotlineCall, ScreenPop } from '../../../shared/schemas/hotline.schema';
import type { WorkOrder } from '../../../shared/schemas/work-order.schema';
import { useErrorMessage } from '../../components/error-message';
import { useCurrentUser } from '../auth/current-user';
import { KnowledgeSearchPanel } from '../knowledge/knowledge-search-panel';
import { WorkOrderQueueCard } from '../work-order/work-order-queue-card';
import { useCurrentCall, useEndCall } from './hotline.api';
import { IncomingCallCard } from './hotline-incoming';
import { HotlineOrderForm } from './hotline-order-form';
import { ScreenPopCard } from './hotline-screen-pop';

interface Call {
  pop: ScreenPop;
  /** As typed or handed over; the order's phone starts with it. */
  callerNumber: string;
  ended: HotlineCall | null;
  order: WorkOrder | null;
}

/**
 * 坐席工作台: the hotline agent's home. Pick up → screen-pop and the consultation form, the
 * knowledge base beside it searching what the agent writes; hang up → the call's duration.
 */
export function HotlineConsolePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [call, setCall] = useState<Call | null>(null);
  const [typed, setTyped] = useState<{ description: string; legalDomain?: string }>({ description: '' });

  const current = useCurrentCall(call === null);

  // A call still on the line (this console was reloaded, or a phone system posted it) comes back.
  useEffect(() => {
    const open = current.data?.call;
    if (open) setCall((local) => local ?? { pop: open.pop, callerNumber: open.callerNumber, ended: null, order: null });
  }, [current.data]);

  const next = () => {
    setCall(null);
    setTyped({ description: '' });
  };

  return (
    <div data-testid="workbench-hotline">
      <Flex align="baseline" gap={16} wrap>
        <Typography.Title level={3}>{t('workbench.kinds.hotline.title')}</Typography.Title>
        <Typography.Text type="secondary">
          <EnvironmentOutlined /> {t('workbench.scope', { name: me.scope.name })}
        </Typography.Text>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          {call ? (
            <ActiveCall
              key={call.pop.call.id}
              call={call}
              onUpdate={(id, patch) =>
                // A late answer for a call already left behind changes nothing.
                setCall((current) => (current && current.pop.call.id === id ? { ...current, ...patch } : current))
              }
              onNext={next}
              onTyping={(description, legalDomain) => setTyped({ description, legalDomain })}
            />
          ) : (
            <IncomingCallCard
              onAnswered={(pop, callerNumber) => setCall({ pop, callerNumber, ended: null, order: null })}
            />
          )}
        </Col>
        <Col xs={24} xl={8}>
          <KnowledgeSearchPanel query={typed.description} legalDomain={typed.legalDomain} />
        </Col>
      </Row>
      <div style={{ marginTop: 16 }}>
        <WorkOrderQueueCard />
      </div>
    </div>
  );
}

interface ActiveCallProps {
  call: Call;
  onUpdate: (callId: number, patch: Partial<Pick<Call, 'ended' | 'order'>>) => void;
  onNext: () => void;
  onTyping: (description: string, legalDomain: string | undefined) => void;
}

/** One call from pick-up to "next call": the screen-pop above, its consultation below. */
function ActiveCall({ call, onUpdate, onNext, onTyping }: ActiveCallProps) {
  const { message } = App.useApp();
  const errorText = useErrorMessage();
  const end = useEndCall(call.pop.call.id);
  const live = call.ended === null;

  // Leaving the page mid-call would lose the form and leave the call open.
  useEffect(() => {
    if (!live) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [live]);

  const hangUp = () => {
    if (end.isPending) return;
    end.mutate(undefined, {
      onSuccess: (ended) => onUpdate(ended.id, { ended }),
      onError: (error) => message.error(errorText(error)),
    });
  };

  return (
    <>
      <ScreenPopCard
        pop={call.pop}
        ended={call.ended}
        hangingUp={end.isPending}
        onHangUp={hangUp}
        recorded={call.order !== null}
        onNext={onNext}
      />
      <HotlineOrderForm
        callId={call.pop.call.id}
        callerNumber={call.callerNumber}
        citizenName={call.pop.citizen?.name ?? null}
        recorded={call.order}
        onRecorded={(order) => onUpdate(call.pop.call.id, { order })}
        onTyping={onTyping}
      />
    </>
  );
}
