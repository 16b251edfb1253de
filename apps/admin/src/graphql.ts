import { createGraphqlClient } from '@mockint/web-graphql';

const TOKEN_KEY = 'mockint.admin.token';
const ROLE_KEY = 'mockint.admin.role';

export type Role = 'ADMIN' | 'COACH' | 'CANDIDATE';

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN_KEY),
  role: (): Role | null => localStorage.getItem(ROLE_KEY) as Role | null,
  save(token: string, role: Role): void {
    localStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(ROLE_KEY, role);
  },
  clear(): void {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(ROLE_KEY);
  },
};

export { ApiError } from '@mockint/web-graphql';

/** POSTs one operation to /graphql with the stored token; throws ApiError on the first error. */
export const graphql = createGraphqlClient(session.token);
