import { useQueryClient } from '@tanstack/react-query';
import { Badge, Tooltip } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workOrderDetailKey } from './work-order.api';

/** What the server says changed (GET /api/v1/work-orders/stream, event `work-order`). */
export interface WorkOrderChangeEvent {
  id: number;
  code: string;
  action: string;
  status: string;
}

const streamUrl = '/api/v1/work-orders/stream';
/** Several changes in a burst (a sweep, a dispatch of many) refresh the page once. */
const debounceMs = 300;
/** After a refusal (session ended, server gone) EventSource stops for good; try again this much later. */
const reopenAfterMs = 15_000;

/**
 * Listens to the work-order stream (same origin: the session cookie goes along). EventSource
 * reconnects by itself after a dropped connection; only a refused one is reopened here.
 * Answers whether the stream is open now.
 */
export function useWorkOrderStream(onChange: (change: WorkOrderChangeEvent) => void): boolean {
  const [connected, setConnected] = useState(false);
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const open = () => {
      source = new EventSource(streamUrl);
      source.onopen = () => setConnected(true);
      source.onerror = () => {
        setConnected(false);
        if (source?.readyState === EventSource.CLOSED && live) reopen = setTimeout(open, reopenAfterMs);
      };
      source.addEventListener('work-order', (event) => {
        try {
          latest.current(JSON.parse((event as MessageEvent<string>).data) as WorkOrderChangeEvent);
        } catch {
          // a malformed event is skipped; the next one refreshes anyway
        }
      });
    };
    open();
    return () => {
      live = false;
      clearTimeout(reopen);
      source?.close();
    };
  }, []);

  return connected;
}

/**
 * Keeps a page's work-order queries fresh: the lists and queue counts on any change in the
 * user's scope, one order's detail when that order changes. Debounced; answers "connected".
 */
export function useLiveWorkOrders(orderId?: number | null): boolean {
  const queryClient = useQueryClient();
  const pending = useRef<{ lists: boolean; detail: boolean }>({ lists: false, detail: false });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  return useWorkOrderStream((change) => {
    pending.current.lists = true;
    if (orderId && change.id === orderId) pending.current.detail = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const { lists, detail } = pending.current;
      pending.current = { lists: false, detail: false };
      if (lists) {
        void queryClient.invalidateQueries({ queryKey: ['work-orders', 'list'] });
        void queryClient.invalidateQueries({ queryKey: ['work-orders', 'count'] });
      }
      if (detail && orderId) void queryClient.invalidateQueries({ queryKey: workOrderDetailKey(orderId) });
    }, debounceMs);
  });
}

/** A small green "实时" when the page updates itself. */
export function LiveBadge({ connected }: { connected: boolean }) {
  const { t } = useTranslation();
  if (!connected) return null;
  return (
    <Tooltip title={t('live.hint')}>
      <span data-testid="live-badge">
        <Badge status="processing" color="green" text={t('live.badge')} />
      </span>
    </Tooltip>
  );
}
