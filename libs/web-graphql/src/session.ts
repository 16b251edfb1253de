import { ApiError, isUnauthenticated, postGraphql } from './transport';

export type Role = 'ADMIN' | 'COACH' | 'CANDIDATE';

/** Who is signed in, as the API's AuthPayload says. */
export interface SignedIn {
  role: Role;
  organizationId: string;
}

/** The web apps never select the payload's refreshToken: it travels in the httpOnly cookie. */
interface AuthPayload extends SignedIn {
  accessToken: string;
  expiresIn: number;
}

const PAYLOAD = 'accessToken expiresIn role organizationId';
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { ${PAYLOAD} } }`;
const ACCEPT_INVITATION = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${PAYLOAD} } }`;
const REFRESH = `mutation { refreshToken { ${PAYLOAD} } }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { ${PAYLOAD} } }`;
const SWITCH = `mutation ($id: ID!) { switchOrganization(organizationId: $id) { ${PAYLOAD} } }`;
const RESET_PASSWORD = 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { email } }';
const SIGN_OUT = 'mutation { signOut }';

/** One name for every tab of both apps: they share one origin, so one refresh cookie. */
const REFRESH_LOCK = 'mockint.refresh-token';
/** How long before its expiry an access token is refreshed (at most a quarter of its lifetime). */
const REFRESH_AHEAD_MS = 60_000;

interface Access {
  token: string;
  /** When to refresh it: a little before it expires. */
  refreshAt: number;
  /** The token's subject: a refresh that answers for another person does not continue this session. */
  person: string;
  signedIn: SignedIn;
}

export type GraphqlRequest = <T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal) => Promise<T>;

/** The `sub` claim of a JWT: its middle part is base64url JSON (checking the signature is the API's job). */
function subjectOf(token: string): string {
  const claims = token.split('.')[1] ?? '';
  return (JSON.parse(atob(claims.replace(/-/g, '+').replace(/_/g, '/'))) as { sub: string }).sub;
}

/**
 * A web app's signed-in session. The access token lives in this page's memory only; the refresh token is
 * an httpOnly cookie that the API sets and page scripts cannot read. The access token is refreshed a
 * little before it expires, and `request` is the one place that retries: a request answered
 * UNAUTHENTICATED renews the session once and goes again. When the session truly ended (signed out in
 * another tab, revoked, expired), the app's `onEnded` handler signs the person in again, and the waiting
 * requests go through then.
 */
export class Session {
  private access: Access | null = null;
  private refreshing?: Promise<Access>;
  private reauthenticating?: Promise<void>;
  private timer?: ReturnType<typeof setTimeout>;
  private signInAgain?: () => Promise<void>;

  /** Who is signed in in this page, if anyone (yet). */
  current(): SignedIn | null {
    return this.access?.signedIn ?? null;
  }

  /** On page load: the session the refresh cookie carries, or null when there is none. */
  async restore(): Promise<SignedIn | null> {
    if (this.access) return this.access.signedIn;
    try {
      return (await this.refresh()).signedIn;
    } catch (error) {
      if (isUnauthenticated(error)) return null;
      throw error;
    }
  }

  async signIn(email: string, password: string): Promise<SignedIn> {
    const { signIn } = await this.exclusive(() =>
      postGraphql<{ signIn: AuthPayload }>(SIGN_IN, { input: { email, password } }, null),
    );
    return this.adopt(signIn).signedIn;
  }

  /** Sets a password from an invitation link's token and signs in. */
  async acceptInvitation(token: string, password: string): Promise<SignedIn> {
    const { acceptInvitation } = await this.exclusive(() =>
      postGraphql<{ acceptInvitation: AuthPayload }>(ACCEPT_INVITATION, { input: { token, password } }, null),
    );
    return this.adopt(acceptInvitation).signedIn;
  }

  /** Sets a new password; the API ends every other session of the person and renews this one. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const { changePassword } = await this.request<{ changePassword: AuthPayload }>(CHANGE_PASSWORD, {
      input: { currentPassword, newPassword },
    });
    this.adopt(changePassword);
  }

  /** Acts in another organization the person belongs to. */
  async switchOrganization(organizationId: string): Promise<SignedIn> {
    const { switchOrganization } = await this.request<{ switchOrganization: AuthPayload }>(SWITCH, { id: organizationId });
    return this.adopt(switchOrganization).signedIn;
  }

  /** Sets a new password from a reset link's token, then signs in with it. */
  async resetPassword(token: string, newPassword: string): Promise<SignedIn> {
    const { resetPassword } = await postGraphql<{ resetPassword: { email: string } }>(
      RESET_PASSWORD,
      { input: { token, newPassword } },
      null,
    );
    return this.signIn(resetPassword.email, newPassword);
  }

  /** Ends the session on the server (which revokes it and clears the cookie) and in this page. */
  async signOut(): Promise<void> {
    try {
      await this.exclusive(() => postGraphql(SIGN_OUT, undefined, null));
    } finally {
      clearTimeout(this.timer);
      this.access = null;
    }
  }

  /**
   * How the app signs the person in again once the session truly ended: `signInAgain` resolves after
   * they did (through `signIn`). Without a handler such requests fail with UNAUTHENTICATED. Returns the
   * function that removes the handler.
   */
  onEnded(signInAgain: () => Promise<void>): () => void {
    this.signInAgain = signInAgain;
    return () => {
      if (this.signInAgain === signInAgain) this.signInAgain = undefined;
    };
  }

  /** A current access token, refreshed first when due (a timer in a background tab may run late). */
  readonly token = async (): Promise<string | null> => {
    if (this.reauthenticating) await this.reauthenticating;
    if (this.access && Date.now() >= this.access.refreshAt) await this.renew(this.access.token);
    return this.access?.token ?? null;
  };

  /** POSTs one operation with the access token; throws ApiError on the first error. */
  readonly request: GraphqlRequest = async <T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal) => {
    const token = await this.token();
    try {
      return await postGraphql<T>(query, variables, token, signal);
    } catch (error) {
      if (!isUnauthenticated(error) || signal?.aborted) throw error;
      await this.renew(token);
      return postGraphql<T>(query, variables, this.access?.token ?? null, signal);
    }
  };

  /** A working access token in place of `stale`: refreshed, or else after signing in again. */
  private async renew(stale: string | null): Promise<void> {
    if (this.reauthenticating) return this.reauthenticating;
    // Another request renewed it in the meantime.
    if (this.access && this.access.token !== stale) return;
    try {
      await this.refresh();
    } catch (error) {
      if (!isUnauthenticated(error) || !this.signInAgain) throw error;
      this.reauthenticating ??= this.signInAgain().finally(() => (this.reauthenticating = undefined));
      await this.reauthenticating;
    }
  }

  /** Requests in this page that need a refresh at the same time share one. */
  private refresh(): Promise<Access> {
    this.refreshing ??= this.exclusive(() => postGraphql<{ refreshToken: AuthPayload }>(REFRESH, undefined, null))
      .then(({ refreshToken }) => this.adopt(refreshToken, this.access?.person))
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private adopt(payload: AuthPayload, samePerson?: string): Access {
    const person = subjectOf(payload.accessToken);
    if (samePerson && person !== samePerson) {
      // Tabs share the cookie: someone else signed in in another one. Never go on as them here.
      throw new ApiError('Someone else signed in in another tab', 'UNAUTHENTICATED', 'SIGNED_IN_ELSEWHERE');
    }
    const lifetime = payload.expiresIn * 1000;
    const refreshAt = Date.now() + lifetime - Math.min(REFRESH_AHEAD_MS, lifetime / 4);
    this.access = {
      token: payload.accessToken,
      refreshAt,
      person,
      signedIn: { role: payload.role, organizationId: payload.organizationId },
    };
    clearTimeout(this.timer);
    // A failure here is left to the next request, which signs in again if the session ended.
    this.timer = setTimeout(() => void this.refresh().catch(() => undefined), refreshAt - Date.now());
    return this.access;
  }

  /**
   * One sign-in or rotation at a time across tabs and apps, so no two present the same refresh token
   * (the API takes a reused one for a stolen one and revokes the session). Web Locks exist in secure
   * contexts only (https, localhost); elsewhere each page goes alone.
   */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    return 'locks' in navigator ? navigator.locks.request(REFRESH_LOCK, work) : work();
  }
}
