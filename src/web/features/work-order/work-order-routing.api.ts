import { useQuery } from '@tanstack/react-query';
import type { HandlerLoad, RouteSuggestion } from '../../../shared/schemas/routing.schema';
import { api } from '../../api/client';

/** Where the routing rules would send the order now, and why (asked afresh each time the modal opens). */
export function useRouteSuggestion(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['work-orders', 'route-suggestion', id],
    queryFn: ({ signal }) => api.get<RouteSuggestion>(`/api/v1/work-orders/${id}/route-suggestion`, undefined, signal),
    enabled,
    staleTime: 0,
    retry: false,
  });
}

/** The handlers of one organisation with their open orders, to choose a person on dispatch or transfer. */
export function useHandlers(organizationId: number | null | undefined) {
  return useQuery({
    queryKey: ['work-orders', 'handlers', organizationId ?? 0],
    queryFn: ({ signal }) =>
      api
        .get<{ items: HandlerLoad[] }>('/api/v1/work-orders/handlers', { organizationId }, signal)
        .then((page) => page.items),
    enabled: !!organizationId,
    staleTime: 30_000,
  });
}
