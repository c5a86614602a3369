import type { FieldError, Problem } from '../../shared/errors';

/** A failed API call, carrying the problem details the server answered with. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;

  constructor(status: number, problem: Partial<Omit<Problem, 'code'>> & { code?: string }) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? (status === 0 ? 'network_error' : 'http_error');
    this.detail = problem.detail ?? problem.title ?? '';
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
