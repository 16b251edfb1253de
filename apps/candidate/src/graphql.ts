import { Session } from '@mockint/web-graphql';
import type { TypedDocumentString } from './gql/graphql';

export { graphql } from './gql';
export { ApiError } from '@mockint/web-graphql';

/** The signed-in session: the access token in memory, the refresh token in the API's httpOnly cookie. */
export const session = new Session();

/** Runs one typed operation as the signed-in person; throws ApiError on the first error. */
export const request = <Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables?: Variables,
  signal?: AbortSignal,
): Promise<Result> => session.request<Result>(document.toString(), variables as Record<string, unknown> | undefined, signal);

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
