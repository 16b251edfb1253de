import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ExecutionResult, GraphQLError, Kind, parse } from 'graphql';
import { AppConfig } from '../config/config';
import { ErrorCode } from '../common/app-error';
import { formatError, toAppError } from './format-error';

// @apollo/server ships separate ESM and CJS typings; the driver's config names the plugin type to use.
type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** Logs errors that are bugs (not the caller's input) with the request id, server-side only. */
function logInternalErrors(logger: Logger): Plugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({
          errors,
          contextValue,
          operationName,
        }: {
          errors: readonly { originalError?: Error | null; path?: readonly (string | number)[] }[];
          contextValue: { req?: { id?: string } };
          operationName?: string | null;
        }) {
          for (const error of errors) {
            if (error.originalError && !toAppError(error.originalError) && error.path) {
              logger.error(
                { reqId: contextValue.req?.id, operationName, path: error.path, err: error.originalError },
                'resolver failed',
              );
            }
          }
        },
      };
    },
  };
}

/** Subscriptions are one small field: anything longer is not a client of ours. */
const MAX_WS_DOCUMENT = 2000;

const wsRejection = (reason: string, message: string) => [
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, reason } }),
];

/**
 * Subscriptions over WebSocket (graphql-ws) on the same path. The token travels in the connection
 * params; the guard sees it as the Authorization header. Only subscriptions are accepted here, so
 * queries cannot skip the HTTP edge's limits.
 */
function webSocketOptions(): NonNullable<ApolloDriverConfig['subscriptions']> {
  return {
    'graphql-ws': {
      context: ({ connectionParams, extra }: { connectionParams?: Record<string, unknown>; extra: unknown }) => {
        const request = (extra as { request: IncomingMessage }).request;
        const authorization = connectionParams?.authorization;
        return {
          req: {
            id: randomUUID(),
            ip: request.socket.remoteAddress ?? '',
            headers: { authorization: typeof authorization === 'string' ? authorization : undefined },
          },
        };
      },
      onSubscribe: (_ctx: unknown, _id: string, payload: { query: string }) => {
        if (payload.query.length > MAX_WS_DOCUMENT) return wsRejection('DOCUMENT_TOO_LARGE', 'The subscription is too large');
        let document;
        try {
          document = parse(payload.query);
        } catch {
          return wsRejection('GRAPHQL_PARSE_FAILED', 'The subscription could not be parsed');
        }
        const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
        if (operations.some((o) => o.operation !== 'subscription')) {
          return wsRejection('SUBSCRIPTIONS_ONLY', 'Only subscriptions go over WebSocket; send queries and mutations over HTTP');
        }
        return undefined;
      },
      onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
    },
  } as NonNullable<ApolloDriverConfig['subscriptions']>;
}

/** The GraphQL edge: hardened against expensive queries, no batching, no introspection unless developing. */
export function graphqlOptions(config: AppConfig, logger: Logger): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxTokens: { n: 3000 },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    plugins: [...(armor.plugins as Plugin[]), logInternalErrors(logger)],
    formatError,
    graphiql: false,
    subscriptions: webSocketOptions(),
  };
}
