import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Division, DivisionDetail } from '../../../shared/schemas/division.schema';
import { api } from '../../api/client';

/** The children of a division; townships rarely have more than 200 villages. */
export const childrenLimit = 200;

export function divisionChildrenQuery(parent: string) {
  return queryOptions({
    queryKey: ['divisions', 'children', parent],
    queryFn: ({ signal }) =>
      api
        .get<{ items: Division[] }>('/api/v1/divisions', { parent, limit: childrenLimit }, signal)
        .then((page) => page.items),
    staleTime: 60 * 60_000,
  });
}

/** The root the server answers when neither parent nor q is given: the city. */
export const divisionRootQuery = queryOptions({
  queryKey: ['divisions', 'root'],
  queryFn: ({ signal }) => api.get<{ items: Division[] }>('/api/v1/divisions', {}, signal).then((page) => page.items),
  staleTime: 60 * 60_000,
});

export function divisionDetailQuery(code: string) {
  return queryOptions({
    queryKey: ['divisions', 'detail', code],
    queryFn: ({ signal }) => api.get<DivisionDetail>(`/api/v1/divisions/${code}`, undefined, signal),
    staleTime: 60 * 60_000,
  });
}

export function useDivisionDetail(code: string | null) {
  return useQuery({ ...divisionDetailQuery(code ?? ''), enabled: !!code });
}

export function useDivisionChildren(code: string | null) {
  return useQuery({ ...divisionChildrenQuery(code ?? ''), enabled: !!code });
}

export function useDivisionSearch(q: string) {
  return useQuery({
    queryKey: ['divisions', 'search', q],
    queryFn: ({ signal }) =>
      api.get<{ items: Division[] }>('/api/v1/divisions', { q, limit: 50 }, signal).then((page) => page.items),
    enabled: q.length > 0,
    staleTime: 5 * 60_000,
  });
}

/** The roots of a tree: the public sees the city, staff see their own scope. */
export function useDivisionRoots(rootCode: string | null) {
  const root = useQuery({ ...divisionRootQuery, enabled: rootCode === null });
  const scoped = useDivisionDetail(rootCode);
  const scopedRoots = useMemo(() => (scoped.data ? [scoped.data] : undefined), [scoped.data]);
  if (rootCode === null) return { roots: root.data, error: root.error, refetch: root.refetch };
  return { roots: scopedRoots, error: scoped.error, refetch: scoped.refetch };
}
