/**
 * Every error the API can answer with: a stable snake_case code and its HTTP status.
 * Clients branch on `code`, never on the human text.
 */
export const errorStatus = {
  validation_failed: 400,
  malformed_json: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_disabled: 403,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  version_conflict: 409,
  invalid_transition: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldError {
  /** Dotted path of the offending field, e.g. `body.roles.0` or `query.parent`. */
  field: string;
  message: string;
  code: string;
}

/** RFC 9457 problem details, as every failed request answers. */
export interface Problem {
  type: string;
  code: ErrorCode;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}
