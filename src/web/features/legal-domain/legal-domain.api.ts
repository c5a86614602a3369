import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CreateLegalDomain,
  LegalDomainView,
  UpdateLegalDomain,
} from '../../../shared/schemas/legal-domain.schema';
import { api } from '../../api/client';
import { CurrentUserContext } from '../auth/current-user';

const domainsKey = ['legal-domains'] as const;

type Audience = 'public' | 'staff';

function fetchDomains(audience: Audience, signal: AbortSignal) {
  const path = audience === 'public' ? '/api/v1/public/legal-domains' : '/api/v1/legal-domains';
  const query = audience === 'staff' ? { includeRetired: 'true' } : undefined;
  return api.get<{ items: LegalDomainView[] }>(path, query, signal).then((page) => page.items);
}

export interface LegalDomains {
  /** The active domains in list order: what every form offers. */
  options: readonly LegalDomainView[];
  /** A domain by its code, when this user's list has it (staff lists hold the retired too). */
  find(code: string): LegalDomainView | undefined;
  /** The code's name in the UI language; a code not in the list (retired, or unknown here) shows itself. */
  labelOf(code: string): string;
  isLoading: boolean;
  error: Error | null;
}

/**
 * The legal-domain taxonomy for pickers and labels, read from the API once per session or so:
 * it changes rarely, and an administrator's change refreshes it at once (the mutations below).
 * Staff read all domains, retired ones too (old records keep their names); a page without a
 * session (the portal) reads the active public list.
 */
export function useLegalDomains(): LegalDomains {
  const { i18n } = useTranslation();
  const me = useContext(CurrentUserContext);
  const audience: Audience = me ? 'staff' : 'public';
  const query = useQuery({
    queryKey: [...domainsKey, audience],
    queryFn: ({ signal }) => fetchDomains(audience, signal),
    staleTime: 30 * 60_000,
  });
  const english = i18n.language === 'en-US';
  const data = query.data;
  return useMemo(() => {
    const all = data ?? [];
    const byCode = new Map(all.map((domain) => [domain.code, domain]));
    return {
      options: all.filter((domain) => domain.isActive),
      find: (code) => byCode.get(code),
      labelOf: (code) => {
        const domain = byCode.get(code);
        if (!domain) return code;
        return english ? domain.nameEn : domain.nameZh;
      },
      isLoading: query.isLoading,
      error: query.error,
    };
  }, [data, english, query.isLoading, query.error]);
}

/** The administration list: every domain, retired ones too, read fresh because edits start from it. */
export function useLegalDomainAdminList() {
  return useQuery({
    queryKey: [...domainsKey, 'admin'],
    queryFn: ({ signal }) => fetchDomains('staff', signal),
    staleTime: 0,
  });
}

/** Every cached list (staff, admin, public) shows the change: a new domain is offered at once. */
function useRefreshDomains() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: domainsKey });
}

export function useCreateLegalDomain() {
  const refresh = useRefreshDomains();
  return useMutation({
    mutationFn: (input: CreateLegalDomain) => api.post<LegalDomainView>('/api/v1/legal-domains', input),
    onSuccess: refresh,
  });
}

export function useUpdateLegalDomain() {
  const refresh = useRefreshDomains();
  return useMutation({
    mutationFn: ({ code, input }: { code: string; input: UpdateLegalDomain }) =>
      api.patch<LegalDomainView>(`/api/v1/legal-domains/${code}`, input),
    onSuccess: refresh,
  });
}
