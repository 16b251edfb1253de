import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from './role';
import type { RequestContext } from './request-context';
import { AppError, ErrorCode } from './app-error';

export const ROLES_KEY = 'mockint:roles';
export const PUBLIC_KEY = 'mockint:public';

/** Which roles may call this resolver; a resolver without @Roles or @Public is denied. */
export const Roles = (...roles: readonly Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** Fastify request plus the context the guard attached. */
export interface GqlRequest {
  ip: string;
  id: string;
  headers: Record<string, string | string[] | undefined>;
  ctx?: RequestContext;
  ctxPromise?: Promise<RequestContext>;
}

export function requestOf(context: ExecutionContext): GqlRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: GqlRequest }>().req;
  }
  return context.switchToHttp().getRequest<GqlRequest>();
}

export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const ctx = requestOf(context).ctx;
  if (!ctx) throw new AppError(ErrorCode.UNAUTHENTICATED, 'NOT_SIGNED_IN', 'Sign in first');
  return ctx;
});

/** The caller's address and request id for public resolvers (sign-in throttling). */
export const Req = createParamDecorator((_data: unknown, context: ExecutionContext): GqlRequest => requestOf(context));
