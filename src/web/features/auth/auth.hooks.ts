import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Permission } from '../../../shared/domain/role';
import type { ChangePasswordInput, LoginInput, Me } from '../../../shared/schemas/auth.schema';
import { isApiError } from '../../api/api-error';
import { api, setCsrfToken } from '../../api/client';

export const meQueryKey = ['auth', 'me'] as const;

let loggedOutOnPurpose = false;

/** The signed-in user, or null when there is no session (a 401 here is an answer, not an error). */
async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/api/v1/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

export function can(me: Me | null | undefined, permission: Permission): boolean {
  return !!me && me.permissions.includes(permission);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<Me>('/api/v1/auth/login', input),
    onSuccess: (me) => {
      loggedOutOnPurpose = false;
      sessionEnded = false;
      setCsrfToken(me.csrfToken);
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}

let sessionEnded = false;

/** The server answered 401 to a signed-in user: the session ended (expired, or ended elsewhere). */
export function markSessionEnded(): void {
  sessionEnded = true;
}

export function hasSessionEnded(): boolean {
  return sessionEnded;
}

/** After an explicit logout (until the next login) the guard goes to a plain /login, without `next`. */
export function isLoggedOutOnPurpose(): boolean {
  return loggedOutOnPurpose;
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/api/v1/auth/logout'),
    onSettled: () => {
      loggedOutOnPurpose = true;
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post<{ ok: true }>('/api/v1/auth/password', input),
    // The server may rotate the session and clears mustChangePassword: read Me again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

/** Only same-site paths are accepted as a place to return to after login. */
export function safeNext(next: string | null): string | null {
  // `//host` and `/\host` leave the site in browsers.
  if (!next || !/^\/(?![/\\])/.test(next) || next.startsWith('/login')) return null;
  return next;
}
