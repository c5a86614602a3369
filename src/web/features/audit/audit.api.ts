import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEntryView, ListAuditQuery } from '../../../shared/schemas/audit.schema';
import { api } from '../../api/client';

export type AuditFilters = Omit<ListAuditQuery, 'cursor' | 'limit'>;

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<{ items: AuditEntryView[]; nextCursor: string | null }>(
        '/api/v1/audit-log',
        { ...filters, cursor: pageParam, limit: 50 },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
