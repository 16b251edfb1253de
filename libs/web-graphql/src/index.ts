import { createClient } from 'graphql-ws';

export type { EvaluationFields } from './evaluation';

/**
 * A GraphQL error from the API; `code` is `extensions.code` (UNAUTHENTICATED, FORBIDDEN, ...) and
 * `reason` the feature's own code (FOLLOW_UP_PENDING, ...).
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

export type GraphqlRequest = <T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal) => Promise<T>;

/**
 * A client that POSTs one operation to the API's same-origin /graphql with the bearer token `token()`
 * returns, and throws ApiError on the first error.
 */
export function createGraphqlClient(token: () => string | null): GraphqlRequest {
  return async <T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T> => {
    const bearer = token();
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    // A proxy or gateway error page is not JSON: report the status rather than a parse error.
    if (!response.headers.get('Content-Type')?.includes('application/json')) {
      throw new ApiError(`The API answered ${response.status} ${response.statusText}`);
    }
    const body = (await response.json()) as GraphQLResponse<T>;
    const [error] = body.errors ?? [];
    if (error) throw new ApiError(error.message, error.extensions?.code, error.extensions?.reason);
    if (!body.data) throw new ApiError('The API answered without data');
    return body.data;
  };
}

/**
 * The first result of a subscription over graphql-ws on the same origin's /graphql, with the bearer
 * token in the connection params. Rejects if the socket cannot be used (the caller then polls).
 */
export async function firstSubscriptionResult<T>(
  token: () => string | null,
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  const bearer = token();
  const client = createClient({
    url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    connectionParams: bearer ? { authorization: `Bearer ${bearer}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
  const results = client.iterate<T>({ query, variables });
  const stop = () => void results.return?.();
  signal?.addEventListener('abort', stop);
  try {
    const { value, done } = await results.next();
    if (done || !value) throw new ApiError('The subscription ended without a result');
    const [error] = value.errors ?? [];
    const extensions = error?.extensions as { code?: string; reason?: string } | undefined;
    if (error) throw new ApiError(error.message, extensions?.code, extensions?.reason);
    if (!value.data) throw new ApiError('The subscription answered without data');
    return value.data;
  } finally {
    signal?.removeEventListener('abort', stop);
    stop();
    await client.dispose();
  }
}
