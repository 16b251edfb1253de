import type { AuthProvider } from 'react-admin';
import { ApiError, graphql, session, type Role } from './graphql';

const SIGN_IN = `
  mutation ($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      role
    }
  }
`;

export const authProvider: AuthProvider = {
  // react-admin's login form calls the email field "username".
  async login({ username, password }: { username: string; password: string }) {
    const { signIn } = await graphql<{ signIn: { accessToken: string; role: Role } }>(SIGN_IN, {
      input: { email: username, password },
    });
    session.save(signIn.accessToken, signIn.role);
  },

  async logout() {
    session.clear();
  },

  async checkAuth() {
    if (!session.token()) throw new Error('ra.auth.auth_check_error');
  },

  async checkError(error: unknown) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      session.clear();
      throw error;
    }
  },

  async getPermissions() {
    return session.role();
  },
};
