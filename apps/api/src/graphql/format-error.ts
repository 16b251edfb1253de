import { HttpException } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { AppError, ErrorCode } from '../common/app-error';

/** Apollo's own codes for requests that never reached a resolver: all are the caller's input. */
const INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  429: ErrorCode.TOO_MANY_REQUESTS,
};

/** A column's property name (the naming strategy's snake_case undone), as the client knows the field. */
const fieldOf = (column: string): string => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * PostgreSQL error codes that a well-formed request can still hit: the caller's input, not a bug (the
 * edge's validation should catch each first; these are the safety net).
 */
function fromDatabase(error: QueryFailedError & { driverError?: { code?: string; column?: string } }): AppError | undefined {
  switch (error.driverError?.code) {
    case '23502': {
      const column = error.driverError.column;
      return new AppError(
        ErrorCode.BAD_USER_INPUT,
        'REQUIRED',
        column ? `${fieldOf(column)} is required` : 'A required value is missing',
      );
    }
    case '23514':
      return new AppError(ErrorCode.BAD_USER_INPUT, 'INVALID_VALUE', 'A value is not allowed here');
    case '22P02':
      return new AppError(ErrorCode.BAD_USER_INPUT, 'INVALID_FORMAT', 'A value is not in the expected format');
    case '22003':
      return new AppError(ErrorCode.BAD_USER_INPUT, 'OUT_OF_RANGE', 'A number is out of range');
    case '23505':
      return new AppError(ErrorCode.CONFLICT, 'ALREADY_EXISTS', 'Something with the same name or key already exists');
    case '23503':
    case '23001':
      return new AppError(ErrorCode.CONFLICT, 'IN_USE', 'It is still used by other records; remove those first');
    case '22001':
      return new AppError(ErrorCode.BAD_USER_INPUT, 'TOO_LONG', 'A value is longer than allowed');
    case '40001':
    case '40P01':
      return new AppError(ErrorCode.CONFLICT, 'CONCURRENT_UPDATE', 'Someone else changed this at the same time; try again');
    default:
      return undefined;
  }
}

/** Maps any thrown error to an AppError, or undefined when it is a bug (reported as INTERNAL_SERVER_ERROR). */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof QueryFailedError) return fromDatabase(error);
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = HTTP_CODES[status];
    if (!code) return undefined;
    const response = error.getResponse() as { message?: string | string[] } | string;
    const message = typeof response === 'string' ? response : response.message;
    return new AppError(
      code,
      status === 400 ? 'VALIDATION_FAILED' : `HTTP_${status}`,
      [message ?? error.message].flat().join('; '),
    );
  }
  return undefined;
}

/**
 * The shape of every error a client sees: a message a person understands and `extensions.code`
 * (one of ErrorCode) plus `extensions.reason` (the feature's code). Never a stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const appError = toAppError(original);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (appError) {
    return {
      ...base,
      message: appError.message,
      extensions: { code: appError.code, reason: appError.reason, ...(appError.details ?? {}) },
    };
  }
  const apolloCode = formatted.extensions?.code as string | undefined;
  if (apolloCode && INPUT_CODES.has(apolloCode)) {
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: apolloCode } };
  }
  return {
    message: 'Something went wrong on our side. It has been logged; please try again.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, reason: 'INTERNAL' },
  };
}
