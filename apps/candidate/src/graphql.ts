const TOKEN_KEY = 'mockint.candidate.token';

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN_KEY),
  save: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
};

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

/** POSTs one operation to the API's /graphql with the stored bearer token; throws ApiError on the first error. */
export async function graphql<T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const token = session.token();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
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
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
