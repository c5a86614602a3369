import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Account,
  CreateAccountInput,
  ListAccountsQuery,
  UpdateAccountInput,
} from '../../../shared/schemas/account.schema';
import { api } from '../../api/client';

export type AccountFilters = Omit<ListAccountsQuery, 'cursor' | 'limit'>;

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const pageSize = 50;

export function useAccounts(filters: AccountFilters) {
  return useInfiniteQuery({
    queryKey: ['accounts', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Account>>('/api/v1/accounts', { ...filters, cursor: pageParam, limit: pageSize }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAccount(id: number | null) {
  return useQuery({
    queryKey: ['accounts', 'detail', id],
    queryFn: ({ signal }) => api.get<Account>(`/api/v1/accounts/${id}`, undefined, signal),
    enabled: id !== null,
    // An edit must start from the latest version.
    staleTime: 0,
  });
}

function useInvalidateAccounts() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['accounts'] });
}

export function useCreateAccount() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (input: CreateAccountInput) =>
      api.post<{ account: Account; temporaryPassword: string | null }>('/api/v1/accounts', input),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateAccount(id: number) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (input: UpdateAccountInput) => api.patch<Account>(`/api/v1/accounts/${id}`, input),
    onSuccess: (account) => {
      queryClient.setQueryData(['accounts', 'detail', id], account);
      void invalidate();
    },
  });
}

export function useResetPassword(id: number) {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: () => api.post<{ temporaryPassword: string | null }>(`/api/v1/accounts/${id}/reset-password`, {}),
    // A reset moves the account's version (and sets mustChangePassword): read it again.
    onSuccess: () => invalidate(),
  });
}

/** The account's whole phone number; the server audits every call. */
export function revealAccountPhone(id: number) {
  return api.post<{ phone: string | null }>(`/api/v1/accounts/${id}/reveal-phone`, {});
}
