import { useQuery } from '@tanstack/react-query';
import type { ScopeSummary } from '../../../shared/schemas/organization.schema';
import { api } from '../../api/client';

export function useScopeSummary() {
  return useQuery({
    queryKey: ['scope', 'summary'],
    queryFn: ({ signal }) => api.get<ScopeSummary>('/api/v1/scope/summary', undefined, signal),
  });
}
