import {
  type InfiniteData,
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  CreateKnowledgeArticleInput,
  KnowledgeArticle,
  KnowledgeSearchPage,
  KnowledgeStatus,
  UpdateKnowledgeArticleInput,
} from '../../../shared/schemas/knowledge.schema';
import { api } from '../../api/client';

export interface KnowledgeFilters {
  q?: string | undefined;
  /** A domain code: the filter offers the active ones. */
  legalDomain?: string | undefined;
  status?: KnowledgeStatus | undefined;
}

const base = '/api/v1/knowledge/articles';

/** Search (with q) or newest first; a new query keeps the previous hits on screen until its answer arrives. */
export function useKnowledgeSearch(filters: KnowledgeFilters, pageSize = 20) {
  return useInfiniteQuery({
    queryKey: ['knowledge', 'list', filters, pageSize],
    queryFn: ({ pageParam, signal }) =>
      api.get<KnowledgeSearchPage>(base, { ...filters, cursor: pageParam, limit: pageSize }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One article; each fetch counts a view, so it is read once per opening rather than refetched on focus. */
export function useKnowledgeArticle(id: number | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['knowledge', 'article', id],
    queryFn: async ({ signal }) => {
      const article = await api.get<KnowledgeArticle>(`${base}/${id}`, undefined, signal);
      // The lists behind the drawer show the new view count without searching again.
      queryClient.setQueriesData<InfiniteData<KnowledgeSearchPage>>({ queryKey: ['knowledge', 'list'] }, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                items: page.items.map((hit) =>
                  hit.id === article.id ? { ...hit, viewCount: article.viewCount } : hit,
                ),
              })),
            }
          : data,
      );
      return article;
    },
    enabled: id !== null,
    refetchOnWindowFocus: false,
    staleTime: 30_000,
  });
}

function useSaved() {
  const queryClient = useQueryClient();
  return (article: KnowledgeArticle) => {
    queryClient.setQueryData(['knowledge', 'article', article.id], article);
    void queryClient.invalidateQueries({ queryKey: ['knowledge', 'list'] });
  };
}

export function useCreateKnowledgeArticle() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (input: CreateKnowledgeArticleInput) => api.post<KnowledgeArticle>(base, input),
    onSuccess: saved,
  });
}

export function useUpdateKnowledgeArticle(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (input: UpdateKnowledgeArticleInput) => api.patch<KnowledgeArticle>(`${base}/${id}`, input),
    onSuccess: saved,
  });
}

export function useArchiveKnowledgeArticle(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (version: number) => api.post<KnowledgeArticle>(`${base}/${id}/archive`, { version }),
    onSuccess: saved,
  });
}
