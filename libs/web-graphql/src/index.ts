/** A GraphQL error from the API; `code` is `extensions.code` (UNAUTHENTICATED, FORBIDDEN, ...). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
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
    if (error) throw new ApiError(error.message, error.extensions?.code);
    if (!body.data) throw new ApiError('The API answered without data');
    return body.data;
  };
}
