import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WorkOrderKind } from '../../../shared/domain/work-order';
import type {
  CurrentCall,
  DuplicateCandidate,
  HotlineCall,
  IncomingCall,
  ScreenPop,
} from '../../../shared/schemas/hotline.schema';
import type { CreateWorkOrder, WorkOrder } from '../../../shared/schemas/work-order.schema';
import { api } from '../../api/client';

/** What a softphone would POST when the agent picks up; the console sends the same on 接听. */
export function useReceiveCall() {
  return useMutation({
    mutationFn: (input: IncomingCall) => api.post<ScreenPop>('/api/v1/hotline/calls', input),
  });
}

/**
 * The agent's call still on the line. Asked while the console has no call: on opening (a reload
 * mid-call resumes it) and every few seconds, so a call a phone system posts pops up by itself.
 */
export function useCurrentCall(idle: boolean) {
  return useQuery({
    queryKey: ['hotline', 'current-call'],
    queryFn: ({ signal }) => api.get<CurrentCall>('/api/v1/hotline/calls/current', undefined, signal),
    enabled: idle,
    refetchInterval: idle ? 5_000 : false,
    gcTime: 0,
  });
}

export function useEndCall(callId: number) {
  return useMutation({
    mutationFn: () => api.post<HotlineCall>(`/api/v1/hotline/calls/${callId}/end`, {}),
  });
}

/** The call's work order: answered on the spot when `answer` is given, else waiting for dispatch. */
export function useRecordCallOrder(callId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWorkOrder) => api.post<WorkOrder>(`/api/v1/hotline/calls/${callId}/work-order`, input),
    onSuccess: () => {
      // The new order may be the next call's duplicate.
      void queryClient.invalidateQueries({ queryKey: ['hotline', 'duplicates'] });
      void queryClient.invalidateQueries({ queryKey: ['work-orders', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['work-orders', 'count'] });
    },
  });
}

export interface DuplicateQuery {
  phone: string;
  kind: WorkOrderKind;
  description: string;
}

/** The caller's similar open matters of the last 30 days; null asks nothing. */
export function useDuplicates(query: DuplicateQuery | null) {
  return useQuery({
    queryKey: ['hotline', 'duplicates', query],
    queryFn: ({ signal }) =>
      api
        .get<{ items: DuplicateCandidate[] }>('/api/v1/hotline/duplicates', { ...query }, signal)
        .then((page) => page.items),
    enabled: query !== null,
    staleTime: 10_000,
    // Keep the last list on screen while the next keystrokes are checked: no flicker.
    placeholderData: (previous) => previous,
  });
}
