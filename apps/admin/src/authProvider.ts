import type { AuthProvider } from 'react-admin';
import { ApiError, session } from './graphql';
import { getIdentity } from './layout/identity';

/** Screens whose API answers admins only (LLM usage). */
const ADMIN_ONLY = new Set(['usage']);

/**
 * Sign-in through the shared session: a reload or a new tab is signed in from the refresh cookie, the
 * access token is refreshed silently, and only a session that truly ended asks to sign in again.
 */
export const authProvider: AuthProvider = {
  // react-admin's login form calls the email field "username".
  async login({ username, password }: { username: string; password: string }) {
    await session.signIn(username, password);
  },

  async logout() {
    if (session.current()) await session.signOut();
  },

  async checkAuth() {
    if (!(await session.restore())) throw new Error('ra.auth.auth_check_error');
  },

  // A request only fails UNAUTHENTICATED once the session could not be renewed.
  async checkError(error: unknown) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') throw error;
  },

  async getPermissions() {
    return (await session.restore())?.role;
  },

  getIdentity,
  // react-admin hides the menu entries and refuses the pages of what this answers false for.
  async canAccess({ resource }: { resource: string }) {
    return !ADMIN_ONLY.has(resource) || (await session.restore())?.role === 'ADMIN';
  },
};
