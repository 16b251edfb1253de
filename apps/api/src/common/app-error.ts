/** The `extensions.code` values a client can branch on; `reason` carries the feature's own code. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what: string): AppError =>
  new AppError(ErrorCode.NOT_FOUND, `${what.toUpperCase().replace(/ /g, '_')}_NOT_FOUND`, `${what} not found`);

export const badInput = (reason: string, message: string, details?: Record<string, unknown>): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, reason, message, details);

export const conflict = (reason: string, message: string): AppError => new AppError(ErrorCode.CONFLICT, reason, message);

export const forbidden = (reason: string, message: string): AppError => new AppError(ErrorCode.FORBIDDEN, reason, message);
