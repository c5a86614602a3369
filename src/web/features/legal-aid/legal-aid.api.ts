import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateLegalAidApplication,
  LegalAidApplicationView,
  LegalAidDecisionInput,
  ObjectionAnswerInput,
  PublicLegalAidApplication,
  PublicLegalAidApplicationResult,
} from '../../../shared/schemas/legal-aid-application.schema';
import type {
  AssignmentCandidates,
  LegalAidAssignmentInput,
} from '../../../shared/schemas/legal-aid-assignment.schema';
import type {
  EligibilityResultView,
  LegalAidPrecheck,
  LegalAidRulesView,
} from '../../../shared/schemas/legal-aid-eligibility.schema';
import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';
import { workOrderDetailKey } from '../work-order/work-order.api';

/** What the means test accepts for a division today (public). */
export function useLegalAidRules(divisionCode: string | undefined) {
  return useQuery({
    queryKey: ['legal-aid', 'rules', divisionCode],
    queryFn: ({ signal }) => api.get<LegalAidRulesView>('/api/v1/public/legal-aid/rules', { divisionCode }, signal),
    enabled: divisionCode !== undefined,
    staleTime: 60_000,
  });
}

export function precheckLegalAid(input: LegalAidPrecheck) {
  return api.post<EligibilityResultView>('/api/v1/public/legal-aid/precheck', input);
}

export function submitPublicLegalAidApplication(input: PublicLegalAidApplication, idempotencyKey: string) {
  return api.post<PublicLegalAidApplicationResult>('/api/v1/public/legal-aid/applications', input, {
    'idempotency-key': idempotencyKey,
  });
}

const applicationKey = (id: number) => ['legal-aid', 'application', id] as const;

export function useLegalAidApplication(id: number, enabled: boolean) {
  return useQuery({
    queryKey: applicationKey(id),
    queryFn: ({ signal }) =>
      api.get<LegalAidApplicationView>(`/api/v1/legal-aid/applications/${id}`, undefined, signal),
    enabled,
    staleTime: 0,
    retry: (count, error) => !isApiError(error, 'not_found') && count < 2,
  });
}

export function useCreateLegalAidApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateLegalAidApplication) =>
      api.post<LegalAidApplicationView>('/api/v1/legal-aid/applications', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['work-orders'] }),
  });
}

type ApplicationStep =
  | { kind: 'decision'; input: LegalAidDecisionInput }
  | { kind: 'objection'; input: { reason: string } }
  | { kind: 'answer'; input: ObjectionAnswerInput };

const stepPath: Record<ApplicationStep['kind'], string> = {
  decision: 'decision',
  objection: 'objection',
  answer: 'objection/answer',
};

/** A decision, an objection or its answer; the order's history is read again, it has a new event. */
export function useLegalAidStep(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: ApplicationStep) =>
      api.post<LegalAidApplicationView>(`/api/v1/legal-aid/applications/${id}/${stepPath[step.kind]}`, step.input),
    onSuccess: (view) => {
      queryClient.setQueryData(applicationKey(id), view);
      void queryClient.invalidateQueries({ queryKey: workOrderDetailKey(id) });
    },
  });
}

export const decisionLetterUrl = (id: number) => `/api/v1/legal-aid/applications/${id}/decision-letter.docx`;

const candidatesKey = (id: number) => ['legal-aid', 'assignment-candidates', id] as const;

/** The aid pool for a granted case: conflict checks, the rotation's pick, the lawyers' share. */
export function useAssignmentCandidates(id: number, enabled: boolean) {
  return useQuery({
    queryKey: candidatesKey(id),
    queryFn: ({ signal }) =>
      api.get<AssignmentCandidates>(`/api/v1/legal-aid/applications/${id}/assignment-candidates`, undefined, signal),
    enabled,
    staleTime: 0,
  });
}

/** Assigns the case (the suggested pick without a professional); the order moved, so its detail is read again. */
export function useAssignLegalAid(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LegalAidAssignmentInput) =>
      api.post<AssignmentCandidates>(`/api/v1/legal-aid/applications/${id}/assignment`, input),
    onSuccess: (view) => {
      queryClient.setQueryData(candidatesKey(id), view);
      void queryClient.invalidateQueries({ queryKey: applicationKey(id) });
      void queryClient.invalidateQueries({ queryKey: workOrderDetailKey(id) });
    },
  });
}
