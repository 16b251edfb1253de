import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../common/app-error';

/** HTTP status of each error code, for the few plain-HTTP routes (downloads). */
const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

const REASONS: Record<number, string> = {
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * Errors raised outside GraphQL (oversized or unparsable bodies, unknown routes, the download routes),
 * answered in the GraphQL error shape so clients handle one format. GraphQL errors pass through to `formatError`.
 */
@Catch()
export class HttpEdgeFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (exception instanceof AppError) {
      void reply.status(STATUS[exception.code]).send({
        errors: [
          {
            message: exception.message,
            extensions: { code: exception.code, reason: exception.reason, ...(exception.details ?? {}) },
          },
        ],
      });
      return undefined;
    }
    const status =
      exception instanceof HttpException ? exception.getStatus() : ((exception as { statusCode?: number }).statusCode ?? 500);
    if (status >= 500) request.log.error({ err: exception }, 'request failed');
    const message =
      status === 413
        ? 'The request is too large. Split the upload into smaller files.'
        : status >= 500
          ? 'Something went wrong on our side.'
          : (exception as Error).message;
    const code =
      status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT;
    void reply.status(status).send({
      errors: [{ message, extensions: { code, reason: REASONS[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST') } }],
    });
    return undefined;
  }
}
