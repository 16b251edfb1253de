import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import { AppConfig } from '../config/config';
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

export const GRAPHQL_PATH = '/graphql';

/**
 * The GraphQL edge over HTTP: hardened against expensive queries, no batching, no introspection unless
 * developing. Subscriptions have their own server (SubscriptionServer).
 */
export function graphqlOptions(config: AppConfig, logger: Logger): ApolloDriverConfig {
  const armor = new ApolloArmor({
    // Depth counts fields: a fragment spread is not a level of its own.
    maxDepth: { n: 10, flattenFragments: true },
    maxAliases: { n: 15 },
    maxTokens: { n: 3000 },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: GRAPHQL_PATH,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    plugins: [...(armor.plugins as Plugin[]), logInternalErrors(logger)],
    formatError,
    graphiql: false,
  };
}
