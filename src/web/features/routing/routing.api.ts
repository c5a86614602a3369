import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateRoutingRule, RoutingRuleView, UpdateRoutingRule } from '../../../shared/schemas/routing.schema';
import { api } from '../../api/client';

const rulesKey = ['routing-rules'] as const;

export function useRoutingRules() {
  return useQuery({
    queryKey: rulesKey,
    queryFn: ({ signal }) =>
      api.get<{ items: RoutingRuleView[] }>('/api/v1/routing-rules', undefined, signal).then((page) => page.items),
    // An edit sends the version shown: start from the latest.
    staleTime: 0,
  });
}

export function useCreateRoutingRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRoutingRule) => api.post<RoutingRuleView>('/api/v1/routing-rules', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rulesKey }),
  });
}

export function useUpdateRoutingRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: UpdateRoutingRule }) =>
      api.patch<RoutingRuleView>(`/api/v1/routing-rules/${id}`, input),
    onSuccess: (rule) => {
      queryClient.setQueryData<RoutingRuleView[]>(rulesKey, (rules) =>
        rules?.map((current) => (current.id === rule.id ? rule : current)),
      );
      return queryClient.invalidateQueries({ queryKey: rulesKey });
    },
  });
}

/** After a 409: read the rules again, so the next try starts from what someone else saved. */
export function useRefreshRoutingRules() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: rulesKey });
}
