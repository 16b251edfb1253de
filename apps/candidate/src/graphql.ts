import { createGraphqlClient } from '@mockint/web-graphql';

const TOKEN_KEY = 'mockint.candidate.token';

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN_KEY),
  save: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
};

export { ApiError } from '@mockint/web-graphql';

/** POSTs one operation to /graphql with the stored token; throws ApiError on the first error. */
export const graphql = createGraphqlClient(session.token);

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
