/** One input field the API refused (VALIDATION_FAILED), named as in the input type. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A GraphQL error from the API; `code` is `extensions.code` (UNAUTHENTICATED, FORBIDDEN, ...),
 * `reason` the feature's own code (FOLLOW_UP_PENDING, ...) and `fields` the input fields it refused.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly reason?: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isUnauthenticated = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.code === 'UNAUTHENTICATED';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; fields?: FieldProblem[] } }[];
}

/**
 * POSTs one operation to the API's same-origin /graphql, with `token` as the bearer token when given
 * (the refresh cookie goes along by itself), and throws ApiError on the first error.
 */
export async function postGraphql<T>(
  query: string,
  variables: Record<string, unknown> | undefined,
  token: string | null,
  signal?: AbortSignal,
): Promise<T> {
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
  if (error) throw new ApiError(error.message, error.extensions?.code, error.extensions?.reason, error.extensions?.fields);
  if (!body.data) throw new ApiError('The API answered without data');
  return body.data;
}
