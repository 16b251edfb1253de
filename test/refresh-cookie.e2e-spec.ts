import { startTestApp, TestApp } from './support/test-app';
import { GqlError } from './support/graphql-client';
import { createOrgWorld, OrgWorld, PASSWORD } from './support/world';

const COOKIE = 'mockint_refresh';
const REFRESH_TTL = 3600;
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }';
const REFRESH = 'mutation { refreshToken { accessToken refreshToken role } }';

interface Cookie {
  value: string;
  attributes: string[];
}

interface Exchange {
  data?: Record<string, any>;
  errors?: GqlError[];
  /** The refresh cookie the response sets, if any. */
  cookie?: Cookie;
}

/** The refresh cookie's value and attributes ("HttpOnly", "Path=/graphql", ...) from Set-Cookie headers. */
function refreshCookieOf(headers: Headers): Cookie | undefined {
  for (const header of headers.getSetCookie()) {
    const [pair, ...attributes] = header.split(';').map((part) => part.trim());
    const [name, value] = pair.split('=');
    if (name === COOKIE) return { value: decodeURIComponent(value), attributes };
  }
  return undefined;
}

/** Sets `cookie` and `authorization` by hand: a browser's cookie jar, without the browser. */
async function post(
  app: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  auth: { cookie?: string; token?: string } = {},
): Promise<Exchange> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth.cookie !== undefined ? { cookie: `${COOKIE}=${encodeURIComponent(auth.cookie)}` } : {}),
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: GqlError[] };
  return { data: body.data ?? undefined, errors: body.errors, cookie: refreshCookieOf(res.headers) };
}

describe('the refresh token cookie (web apps)', () => {
  let app: TestApp;
  let org: OrgWorld;
  const signIn = (email: string) => post(app, SIGN_IN, { input: { email, password: PASSWORD } });

  beforeAll(async () => {
    app = await startTestApp({
      SEED_DEMO: 'false',
      PUBLIC_URL: 'https://interviews.example.org',
      REFRESH_TOKEN_TTL_SECONDS: String(REFRESH_TTL),
    });
    org = await createOrgWorld(app.app, app.url, 'Cookie College');
  });
  afterAll(() => app.stop());

  it('is set on sign-in: httpOnly, SameSite=Strict, only for /graphql, Secure behind https, as long as the token lives', async () => {
    const { data, cookie } = await signIn('candidate@cookie-college.test');
    expect(cookie?.value).toBe(data!.signIn.refreshToken);
    expect(cookie!.attributes).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/graphql', 'Secure', `Max-Age=${REFRESH_TTL}`]),
    );
  });

  it('is rotated by refreshToken without a token in the input, and a replayed cookie ends the session', async () => {
    const first = (await signIn('coach@cookie-college.test')).cookie!.value;
    const rotated = await post(app, REFRESH, {}, { cookie: first });
    expect(rotated.data!.refreshToken.role).toBe('COACH');
    expect(rotated.cookie!.value).toBe(rotated.data!.refreshToken.refreshToken);
    expect(rotated.cookie!.value).not.toBe(first);
    const me = await post(app, '{ me { email } }', {}, { token: rotated.data!.refreshToken.accessToken });
    expect(me.data!.me.email).toBe('coach@cookie-college.test');

    // Two tabs presenting the same cookie look like a stolen token: the whole family is revoked.
    const replayed = await post(app, REFRESH, {}, { cookie: first });
    expect(replayed.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' });
    expect((await post(app, REFRESH, {}, { cookie: rotated.cookie!.value })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('prefers the token of the input (API clients) over the cookie', async () => {
    const cookie = (await signIn('admin@cookie-college.test')).cookie!.value;
    const other = (await signIn('othercandidate@cookie-college.test')).data!.signIn.refreshToken;
    const rotated = await post(
      app,
      'mutation($t: String) { refreshToken(input: { refreshToken: $t }) { role } }',
      { t: other },
      { cookie },
    );
    expect(rotated.data!.refreshToken.role).toBe('CANDIDATE');
    expect((await post(app, REFRESH, {}, { cookie })).data!.refreshToken.role).toBe('ADMIN');
  });

  it('is cleared by signOut, which revokes the session it carried', async () => {
    const cookie = (await signIn('candidate@cookie-college.test')).cookie!.value;
    const out = await post(app, 'mutation { signOut }', {}, { cookie });
    expect(out.data!.signOut).toBe(true);
    expect(out.cookie!.value).toBe('');
    expect(out.cookie!.attributes).toEqual(expect.arrayContaining(['Max-Age=0', 'Path=/graphql']));
    expect((await post(app, REFRESH, {}, { cookie })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('answers UNAUTHENTICATED to a refresh with neither a token nor a cookie, and sets no cookie', async () => {
    const res = await post(app, REFRESH);
    expect(res.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' });
    expect(res.cookie).toBeUndefined();
    expect((await post(app, 'mutation { signOut }')).data!.signOut).toBe(false);
  });

  it('is set when accepting an invitation and when switching organization', async () => {
    const invite = await org.admin.ok(
      `mutation { inviteMember(input: { email: "late@example.org", name: "Late", role: CANDIDATE }) { invitationUrl } }`,
    );
    const token = decodeURIComponent(invite.inviteMember.invitationUrl.split('#token=')[1]);
    const accepted = await post(
      app,
      'mutation($t: String!) { acceptInvitation(input: { token: $t, password: "a-good-password" }) { refreshToken } }',
      { t: token },
    );
    expect(accepted.cookie?.value).toBe(accepted.data!.acceptInvitation.refreshToken);

    const other = await createOrgWorld(app.app, app.url, 'Second Site');
    await other.admin.ok(
      `mutation { inviteMember(input: { email: "coach@cookie-college.test", name: "C", role: CANDIDATE }) { member { id } } }`,
    );
    const { accessToken } = (await signIn('coach@cookie-college.test')).data!.signIn;
    const [invitation] = (await post(app, '{ me { invitations { id } } }', {}, { token: accessToken })).data!.me.invitations;
    await post(
      app,
      'mutation($i: ID!) { acceptMyInvitation(invitationId: $i) { role } }',
      { i: invitation.id },
      { token: accessToken },
    );
    const switched = await post(
      app,
      'mutation($o: ID!) { switchOrganization(organizationId: $o) { refreshToken } }',
      { o: other.organizationId },
      { token: accessToken },
    );
    expect(switched.cookie?.value).toBe(switched.data!.switchOrganization.refreshToken);
    expect((await post(app, REFRESH, {}, { cookie: switched.cookie!.value })).data!.refreshToken.role).toBe('CANDIDATE');
  });
});
