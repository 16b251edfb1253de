import fastifyCookie from '@fastify/cookie';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/config';
import type { AuthPayload } from './auth.types';

export const REFRESH_COOKIE = 'mockint_refresh';

/**
 * Where the web apps keep the refresh token: out of reach of page scripts (httpOnly), never sent by
 * another site (SameSite=Strict) and only to the API (Path=/graphql).
 */
export function refreshCookieOptions(config: Pick<AppConfig, 'publicUrl' | 'refreshTokenTtlSeconds'>): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: '/graphql',
    secure: config.publicUrl.startsWith('https:'),
    maxAge: config.refreshTokenTtlSeconds,
  };
}

/** Cookie parsing, with the refresh cookie's attributes as the defaults of every cookie the API sets. */
export async function registerRefreshCookie(fastify: FastifyInstance, config: AppConfig): Promise<void> {
  await fastify.register(fastifyCookie, { parseOptions: refreshCookieOptions(config) });
}

/** The refresh cookie of one GraphQL request over HTTP. */
export interface RefreshCookieJar {
  /** The token the request carries: `fromInput` (API clients), else the cookie's; '' when neither. */
  token(fromInput?: string | null): string;
  /** Sets the payload's refresh token as the cookie, and returns the payload. */
  set(payload: AuthPayload): AuthPayload;
  clear(): void;
}

/** Needs the GraphQL context to carry the Fastify reply (`context: (req, reply) => ({ req, reply })`). */
export const RefreshCookie = createParamDecorator((_data: unknown, context: ExecutionContext): RefreshCookieJar => {
  const { req, reply } = GqlExecutionContext.create(context).getContext<{ req: FastifyRequest; reply: FastifyReply }>();
  return {
    token: (fromInput) => fromInput ?? req.cookies[REFRESH_COOKIE] ?? '',
    set(payload) {
      reply.setCookie(REFRESH_COOKIE, payload.refreshToken);
      return payload;
    },
    clear: () => void reply.clearCookie(REFRESH_COOKIE),
  };
});
