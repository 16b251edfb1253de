import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ExecutionResult, GraphQLError, Kind, parse } from 'graphql';
import { CloseCode, Context, Disposable } from 'graphql-ws';
import { Extra, useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import { ErrorCode } from '../common/app-error';
import { JwtService } from '../auth/jwt.service';
import { formatError } from './format-error';
import { GRAPHQL_PATH } from './graphql.options';

/** The largest WebSocket message: the connection params with a token, or one subscription with its variables. */
export const MAX_WS_MESSAGE_BYTES = 16 * 1024;
/** Subscriptions are one small field: anything longer is not a client of ours. */
const MAX_WS_DOCUMENT = 2000;
/** Subscriptions open at once on one socket; a client needs one or two. More are refused, the socket stays. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 10;

const refusal = (code: ErrorCode, reason: string, message: string) => [
  new GraphQLError(message, { extensions: { code, reason } }),
];

const bearer = (params: Context['connectionParams']): string | undefined => {
  const header = params?.authorization;
  return typeof header === 'string' && /^Bearer /i.test(header) ? header.slice(7).trim() || undefined : undefined;
};

/**
 * Subscriptions over WebSocket (graphql-ws) on the GraphQL path. Nest's driver builds its `ws` server
 * without options, so this one is ours: it caps the message size, checks the token when the socket
 * opens (the guard still checks the membership and role of each subscription), caps subscriptions per
 * socket, and accepts only subscriptions, so queries cannot skip the HTTP edge's limits.
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SubscriptionServer.name);
  private wss?: WebSocketServer;
  private server?: Disposable;
  private http?: Server;

  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly adapterHost: HttpAdapterHost,
    private readonly jwt: JwtService,
  ) {}

  onApplicationBootstrap(): void {
    this.wss = new WebSocketServer({ noServer: true, path: GRAPHQL_PATH, maxPayload: MAX_WS_MESSAGE_BYTES });
    this.server = useServer<Record<string, unknown>>(
      {
        schema: this.schemaHost.schema,
        isProd: true,
        onConnect: (ctx) => this.admit(ctx),
        context: (ctx) => ({
          req: {
            id: randomUUID(),
            ip: ctx.extra.request.socket.remoteAddress ?? '',
            // The guard reads the token where it reads it over HTTP.
            headers: { authorization: ctx.connectionParams?.authorization },
          },
        }),
        onSubscribe: (ctx, _id, payload) => {
          if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
            return refusal(
              ErrorCode.TOO_MANY_REQUESTS,
              'TOO_MANY_SUBSCRIPTIONS',
              `At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions at once on one connection`,
            );
          }
          return onlySubscriptions(payload.query);
        },
        onNext: (_ctx, _id, _payload, _args, result: ExecutionResult) =>
          result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
      },
      this.wss,
    );
    // ws reports a client's protocol violation (a message over the size limit, a bad frame) as a socket
    // error after closing the socket with the right code; graphql-ws would print it to the console as our
    // internal error, once per socket. It is the client's: a debug line is enough.
    this.wss.on('connection', (socket: WebSocket) => {
      socket.removeAllListeners('error');
      socket.on('error', (error) => this.logger.debug(`WebSocket closed on a client's error: ${error.message}`));
    });
    this.http = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.http.on('upgrade', this.upgrade);
  }

  /** An upgrade request for the GraphQL path becomes a socket; any other is not ours to keep open. */
  private readonly upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const wss = this.wss!;
    if (!wss.shouldHandle(request)) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };

  /** A socket without a valid access token is closed before any subscription: 4401 without one, 4403 with a bad one. */
  private admit(ctx: Context<Record<string, unknown>, Extra>): boolean {
    const token = bearer(ctx.connectionParams);
    if (!token) {
      ctx.extra.socket.close(CloseCode.Unauthorized, 'Sign in first: send { authorization: "Bearer <token>" }');
      return false;
    }
    return this.jwt.verify(token) !== null;
  }

  async onModuleDestroy(): Promise<void> {
    this.http?.off('upgrade', this.upgrade);
    await this.server?.dispose();
  }
}

function onlySubscriptions(query: string): GraphQLError[] | undefined {
  if (query.length > MAX_WS_DOCUMENT) {
    return refusal(ErrorCode.BAD_USER_INPUT, 'DOCUMENT_TOO_LARGE', 'The subscription is too large');
  }
  let document;
  try {
    document = parse(query);
  } catch {
    return refusal(ErrorCode.BAD_USER_INPUT, 'GRAPHQL_PARSE_FAILED', 'The subscription could not be parsed');
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.some((o) => o.operation !== 'subscription')) {
    return refusal(
      ErrorCode.BAD_USER_INPUT,
      'SUBSCRIPTIONS_ONLY',
      'Only subscriptions go over WebSocket; send queries and mutations over HTTP',
    );
  }
  return undefined;
}
