import { Role } from '../apps/api/src/common/role';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { addMember, createOrgWorld, OrgWorld, PASSWORD } from './support/world';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }';
const REFRESH = 'mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken refreshToken } }';
const EVERYWHERE = 'mutation { signOutEverywhere }';

/** Ending every session of one's account, in every organization. */
describe('sign out everywhere', () => {
  let app: TestApp;
  let anonymous: GqlClient;
  let other: OrgWorld;

  const signIn = async (email: string, organizationId?: string) =>
    (await anonymous.ok(SIGN_IN, { input: { email, password: PASSWORD, organizationId } })).signIn as {
      accessToken: string;
      refreshToken: string;
    };

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false' });
    anonymous = new GqlClient(app.url);
    await createOrgWorld(app.app, app.url, 'Exit U');
    other = await createOrgWorld(app.app, app.url, 'Exit Elsewhere');
    // The candidate's account also belongs to the other organization.
    await addMember(app.app, app.url, other.organizationId, { email: 'candidate@exit-u.test', name: 'C', role: Role.CANDIDATE });
  });
  afterAll(() => app.stop());

  it("revokes every refresh token of the person's account, in every organization; access tokens run out on their own", async () => {
    const laptop = await signIn('candidate@exit-u.test');
    const phone = await signIn('candidate@exit-u.test');
    const elsewhere = await signIn('candidate@exit-u.test', other.organizationId);
    // A rotated token (the phone's next one) goes too.
    const rotated = (await anonymous.ok(REFRESH, { t: phone.refreshToken })).refreshToken;
    const classmate = await signIn('othercandidate@exit-u.test');

    const caller = new GqlClient(app.url, laptop.accessToken);
    expect(await caller.ok(EVERYWHERE)).toEqual({ signOutEverywhere: true });

    for (const token of [laptop.refreshToken, rotated.refreshToken, elsewhere.refreshToken]) {
      const refused = await anonymous.request(REFRESH, { t: token });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    // The access token in hand keeps working until it expires; someone else's sessions are untouched.
    expect((await caller.ok('{ me { email } }')).me.email).toBe('candidate@exit-u.test');
    expect((await anonymous.ok(REFRESH, { t: classmate.refreshToken })).refreshToken.accessToken).toEqual(expect.any(String));
    // Signing in again works as before.
    expect((await anonymous.ok(REFRESH, { t: (await signIn('candidate@exit-u.test')).refreshToken })).refreshToken).toBeTruthy();
  });

  it('needs a signed-in caller', async () => {
    const res = await anonymous.request(EVERYWHERE);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
