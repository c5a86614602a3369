import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type {
  ListOrganizationsQuery,
  ListProfessionalsQuery,
  Organization,
  Professional,
} from '../../../shared/schemas/organization.schema';
import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type OrganizationFilters = Omit<ListOrganizationsQuery, 'cursor' | 'limit'>;
export type ProfessionalFilters = Omit<ListProfessionalsQuery, 'cursor' | 'limit'>;

const pageSize = 50;

export function useOrganizations(filters: OrganizationFilters) {
  return useInfiniteQuery({
    queryKey: ['organizations', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Organization>>('/api/v1/organizations', { ...filters, cursor: pageParam, limit: pageSize }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useProfessionals(filters: ProfessionalFilters) {
  return useInfiniteQuery({
    queryKey: ['professionals', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Professional>>('/api/v1/professionals', { ...filters, cursor: pageParam, limit: pageSize }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useOrganization(id: number | null) {
  return useQuery({
    queryKey: ['organizations', 'detail', id],
    queryFn: ({ signal }) => api.get<Organization>(`/api/v1/organizations/${id}`, undefined, signal),
    enabled: id != null,
    retry: (count, error) => !isApiError(error, 'not_found') && count < 2,
  });
}

/** A short list for pickers: the first matches of a name. */
export function useOrganizationOptions(q: string) {
  return useQuery({
    queryKey: ['organizations', 'options', q],
    queryFn: ({ signal }) =>
      api
        .get<Page<Organization>>('/api/v1/organizations', { q: q || undefined, limit: 20 }, signal)
        .then((page) => page.items),
    staleTime: 60_000,
  });
}
