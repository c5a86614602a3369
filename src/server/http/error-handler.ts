import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, errorStatus, type FieldError, type Problem } from '../../shared/errors';
import { AppError } from './app-error';

const titles: Record<ErrorCode, string> = {
  validation_failed: 'Validation failed',
  malformed_json: 'Malformed JSON',
  bad_request: 'Bad request',
  unauthenticated: 'Not logged in',
  invalid_credentials: 'Wrong username or password',
  account_disabled: 'Account disabled',
  forbidden: 'Forbidden',
  csrf_failed: 'Cross-site request refused',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  version_conflict: 'Changed by someone else',
  invalid_transition: 'Action not allowed in this state',
  payload_too_large: 'Request body too large',
  unsupported_media_type: 'Unsupported media type',
  too_many_requests: 'Too many requests',
  internal_error: 'Internal error',
  service_unavailable: 'Service unavailable',
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  detail: string,
  extra: { errors?: FieldError[] } & Record<string, unknown> = {},
) {
  const status = errorStatus[code];
  const body: Problem & Record<string, unknown> = {
    type: `https://fatong.dev/problems/${code.replaceAll('_', '-')}`,
    code,
    title: titles[code],
    status,
    detail,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
    ...extra,
  };
  // Problems bypass the route's response schema: they are not the route's success shape.
  return reply.status(status).type('application/problem+json; charset=utf-8').serializer(JSON.stringify).send(body);
}

const contextNames: Record<string, string> = { querystring: 'query', params: 'path', body: 'body', headers: 'headers' };

function fieldErrorsOf(error: FastifyError): FieldError[] {
  const context = contextNames[error.validationContext ?? ''] ?? error.validationContext ?? 'request';
  return (error.validation ?? []).flatMap((v) => {
    const keys = (v.params as { keys?: string[] } | undefined)?.keys;
    const base = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const prefix = base ? `${context}.${base}` : context;
    if (v.keyword === 'unrecognized_keys' && keys) {
      return keys.map((k) => ({ field: `${prefix}.${k}`, message: 'unknown field', code: 'unrecognized_key' }));
    }
    return [{ field: prefix, message: v.message ?? 'invalid', code: v.keyword }];
  });
}

/** The one place failures become problem+json. User input never reaches the 500 branch. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, error.code, error.message, {
        ...(error.errors ? { errors: error.errors } : {}),
        ...error.extra,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = fieldErrorsOf(error);
      const summary = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      return sendProblem(request, reply, 'validation_failed', summary, { errors });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(request, reply, 'malformed_json', 'The request body is not valid JSON.');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(
          request,
          reply,
          'payload_too_large',
          'The request body is larger than this endpoint accepts.',
        );
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(request, reply, 'unsupported_media_type', 'Send the body as application/json.');
    }
    if (error.statusCode === 429) {
      return sendProblem(request, reply, 'too_many_requests', error.message);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, 'bad_request', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'internal_error', 'An unexpected error occurred; it has been logged.');
  });
}
