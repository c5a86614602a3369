import { type ErrorCode, errorStatus, type FieldError } from '../../shared/errors';

/** A failure a use case reports on purpose; the error handler turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.status = errorStatus[code];
  }
}

export const notFound = (what = 'record') =>
  new AppError('not_found', `The ${what} does not exist or is outside your data scope.`);

export const forbidden = (detail = 'Your roles do not allow this action.') => new AppError('forbidden', detail);

export const fieldError = (field: string, message: string, code = 'invalid') =>
  new AppError('validation_failed', `${field}: ${message}`, [{ field, message, code }]);

export const versionConflict = () =>
  new AppError('version_conflict', 'The record was changed by someone else since you read it; reload and try again.');
