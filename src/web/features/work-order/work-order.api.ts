import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeadlineLimits } from '../../../shared/domain/work-order';
import type {
  CreateWorkOrder,
  ListWorkOrdersQuery,
  PublicCreateWorkOrder,
  PublicWorkOrder,
  WorkOrder,
  WorkOrderActionInput,
  WorkOrderDetail,
  WorkOrderQueue,
} from '../../../shared/schemas/work-order.schema';
import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type WorkOrderFilters = Omit<ListWorkOrdersQuery, 'cursor' | 'limit'>;

const pageSize = 50;

export function useWorkOrders(filters: WorkOrderFilters) {
  return useInfiniteQuery({
    queryKey: ['work-orders', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<WorkOrder>>('/api/v1/work-orders', { ...filters, cursor: pageParam, limit: pageSize }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // A queue is shared work: what someone else took a minute ago should not linger.
    staleTime: 10_000,
  });
}

/** Counts for the workbench: one short page per queue; a full page reads as "99+". */
export const queueCountLimit = 99;

export function useQueueCount(queue: WorkOrderQueue) {
  return useQuery({
    queryKey: ['work-orders', 'count', queue],
    queryFn: ({ signal }) =>
      api
        .get<Page<WorkOrder>>('/api/v1/work-orders', { queue, limit: queueCountLimit }, signal)
        .then((page) => ({ count: page.items.length, more: page.nextCursor !== null })),
    staleTime: 10_000,
  });
}

export function workOrderDetailKey(id: number) {
  return ['work-orders', 'detail', id] as const;
}

export function useWorkOrder(id: number | null) {
  return useQuery({
    queryKey: workOrderDetailKey(id ?? 0),
    queryFn: ({ signal }) => api.get<WorkOrderDetail>(`/api/v1/work-orders/${id}`, undefined, signal),
    enabled: id !== null,
    // Actions send the version shown: start from the latest.
    staleTime: 0,
    retry: (count, error) => !isApiError(error, 'not_found') && count < 2,
  });
}

export function useWorkOrderAction(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WorkOrderActionInput) => api.post<WorkOrderDetail>(`/api/v1/work-orders/${id}/actions`, input),
    onSuccess: (detail) => {
      queryClient.setQueryData(workOrderDetailKey(id), detail);
      void queryClient.invalidateQueries({ queryKey: ['work-orders', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['work-orders', 'count'] });
    },
  });
}

export function useCreateWorkOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWorkOrder) => api.post<WorkOrder>('/api/v1/work-orders', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['work-orders', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['work-orders', 'count'] });
    },
  });
}

/** The citizen's side: no session; the phone number opens one's own order. */
export function submitPublicWorkOrder(input: PublicCreateWorkOrder, idempotencyKey: string) {
  return api.post<PublicWorkOrder>('/api/v1/public/work-orders', input, { 'idempotency-key': idempotencyKey });
}

export function trackPublicWorkOrder(code: string, phone: string) {
  return api.get<PublicWorkOrder>(`/api/v1/public/work-orders/${encodeURIComponent(code)}`, { phone });
}

export function ratePublicWorkOrder(code: string, input: { phone: string; rating: number; comment?: string }) {
  return api.post<PublicWorkOrder>(`/api/v1/public/work-orders/${encodeURIComponent(code)}/rating`, input);
}

/**
 * A random UUID (v4) for the Idempotency-Key header. crypto.randomUUID exists only on secure
 * origins; a portal served over plain http on an intranet address still has getRandomValues.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const limitsKey = ['work-orders', 'limits'] as const;

/** The time limits in force: working days to accept and per kind to resolve, hours for urgent orders. */
export function useDeadlineLimits() {
  return useQuery({
    queryKey: limitsKey,
    queryFn: ({ signal }) => api.get<DeadlineLimits>('/api/v1/work-orders/limits', undefined, signal),
  });
}

/** Saves the whole set of limits (administrators; audited); the answer is what is now in force. */
export function useSaveDeadlineLimits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (limits: DeadlineLimits) => api.put<DeadlineLimits>('/api/v1/work-orders/limits', limits),
    onSuccess: (saved) => queryClient.setQueryData(limitsKey, saved),
  });
}
