import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld, OrgWorld, PASSWORD } from './support/world';

const SIGN_IN =
  'mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken expiresIn role organizationId } }';
const REFRESH = 'mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken refreshToken } }';

describe('sign-in, tokens and invitations', () => {
  let app: TestApp;
  let anonymous: GqlClient;
  let org: OrgWorld;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', SIGN_IN_MAX_PER_ACCOUNT: '3', ACCESS_TOKEN_TTL_SECONDS: '60' });
    anonymous = new GqlClient(app.url);
    org = await createOrgWorld(app.app, app.url, 'Auth Academy');
  });
  afterAll(() => app.stop());

  it('signs in case-insensitively and rejects wrong passwords and unknown people alike', async () => {
    const ok = await anonymous.ok(SIGN_IN, { input: { email: ' Admin@Auth-Academy.test ', password: PASSWORD } });
    expect(ok.signIn).toMatchObject({ role: 'ADMIN', expiresIn: 60, organizationId: org.organizationId });
    const wrong = await anonymous.request(SIGN_IN, { input: { email: 'coach@auth-academy.test', password: 'nope' } });
    const unknown = await anonymous.request(SIGN_IN, { input: { email: 'ghost@auth-academy.test', password: 'nope' } });
    expect(wrong.errors![0]).toEqual(unknown.errors![0]);
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(await anonymous.errorCode(SIGN_IN, { input: { email: 'not an email', password: 'x' } })).toBe('BAD_USER_INPUT');
  });

  it('throttles repeated failures per account', async () => {
    const input = { email: 'othercandidate@auth-academy.test', password: 'wrong' };
    for (let i = 0; i < 3; i++) expect(await anonymous.errorCode(SIGN_IN, { input })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(SIGN_IN, { input })).toBe('TOO_MANY_REQUESTS');
    // Even the right password waits out the window.
    expect(await anonymous.errorCode(SIGN_IN, { input: { ...input, password: PASSWORD } })).toBe('TOO_MANY_REQUESTS');
  });

  it('rotates refresh tokens and revokes the family when one is reused', async () => {
    const first = (await anonymous.ok(SIGN_IN, { input: { email: 'coach@auth-academy.test', password: PASSWORD } })).signIn;
    const second = (await anonymous.ok(REFRESH, { t: first.refreshToken })).refreshToken;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const me = await new GqlClient(app.url, second.accessToken).ok('{ me { email role } }');
    expect(me.me).toEqual({ email: 'coach@auth-academy.test', role: 'COACH' });

    expect(await anonymous.errorCode(REFRESH, { t: first.refreshToken })).toBe('UNAUTHENTICATED');
    // The reuse revoked the whole family, including the token issued after it.
    expect(await anonymous.errorCode(REFRESH, { t: second.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(REFRESH, { t: 'garbage' })).toBe('UNAUTHENTICATED');
  });

  it('signs out', async () => {
    const session = (await anonymous.ok(SIGN_IN, { input: { email: 'candidate@auth-academy.test', password: PASSWORD } })).signIn;
    expect(
      (await anonymous.ok('mutation($t: String!) { signOut(input: { refreshToken: $t }) }', { t: session.refreshToken })).signOut,
    ).toBe(true);
    expect(await anonymous.errorCode(REFRESH, { t: session.refreshToken })).toBe('UNAUTHENTICATED');
  });

  it('invites with a one-time link, returned to the admin when no SMTP is set', async () => {
    const invite = await org.admin.ok(
      `mutation { inviteMember(input: { email: "New.Coach@Example.org", name: "New Coach", role: COACH }) {
        emailed invitationUrl member { email role } invitation { email expiresAt acceptedAt } } }`,
    );
    expect(invite.inviteMember).toMatchObject({ emailed: false, member: { email: 'new.coach@example.org', role: 'COACH' } });
    const token = decodeURIComponent(invite.inviteMember.invitationUrl.split('#token=')[1]);
    expect(await anonymous.errorCode(SIGN_IN, { input: { email: 'new.coach@example.org', password: 'whatever1' } })).toBe(
      'UNAUTHENTICATED',
    );

    const weak = await anonymous.request(
      'mutation($t: String!) { acceptInvitation(input: { token: $t, password: "short" }) { role } }',
      { t: token },
    );
    expect(weak.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const accepted = await anonymous.ok(
      'mutation($t: String!) { acceptInvitation(input: { token: $t, password: "a-good-password" }) { role accessToken } }',
      {
        t: token,
      },
    );
    expect(accepted.acceptInvitation.role).toBe('COACH');
    await anonymous.signIn('new.coach@example.org', 'a-good-password');
    expect(
      await anonymous.errorCode(
        'mutation($t: String!) { acceptInvitation(input: { token: $t, password: "another-password" }) { role } }',
        { t: token },
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('never lets an invitation reset the password of an existing account: the person accepts it signed in', async () => {
    const other = await createOrgWorld(app.app, app.url, 'Other Org');
    const invite = await other.admin.ok(
      `mutation { inviteMember(input: { email: "coach@auth-academy.test", name: "X", role: CANDIDATE }) { invitationUrl member { role status } } }`,
    );
    expect(invite.inviteMember.member).toEqual({ role: 'CANDIDATE', status: 'INVITED' });
    const token = decodeURIComponent(invite.inviteMember.invitationUrl.split('#token=')[1]);
    expect(
      await anonymous.errorCode(
        'mutation($t: String!) { acceptInvitation(input: { token: $t, password: "taken-over-1" }) { role } }',
        {
          t: token,
        },
      ),
    ).toBe('UNAUTHENTICATED');

    // The password is unchanged; until accepted, the invitation waits in the person's own account.
    const coach = await anonymous.signIn('coach@auth-academy.test', PASSWORD);
    const before = await coach.ok('{ me { organizations { organizationId } invitations { id organizationId role } } }');
    expect(before.me.organizations).toHaveLength(1);
    expect(before.me.invitations).toEqual([expect.objectContaining({ organizationId: other.organizationId, role: 'CANDIDATE' })]);
    await coach.ok('mutation($id: ID!) { acceptMyInvitation(invitationId: $id) { organizationId } }', {
      id: before.me.invitations[0].id,
    });
    // The person now belongs to two organizations and acts in one at a time.
    const me = await coach.ok('{ me { role organizationId organizations { organizationId role } invitations { id } } }');
    expect(me.me.organizations).toHaveLength(2);
    expect(me.me.invitations).toEqual([]);
    expect(me.me.organizationId).toBe(org.organizationId);
    const switched = await coach.ok('mutation($o: ID!) { switchOrganization(organizationId: $o) { accessToken role } }', {
      o: other.organizationId,
    });
    expect(switched.switchOrganization.role).toBe('CANDIDATE');
    const asCandidate = new GqlClient(app.url, switched.switchOrganization.accessToken);
    expect((await asCandidate.ok('{ organization { id } }')).organization.id).toBe(other.organizationId);
    expect(await asCandidate.errorCode('{ cohorts(options: { take: 5 }) { totalCount } members { totalCount } }')).toBe(
      'FORBIDDEN',
    );
  });

  it('takes effect at once when a membership changes or goes', async () => {
    const world = await createOrgWorld(app.app, app.url, 'Churn Inc');
    await world.admin.ok('mutation($id: ID!) { updateMemberRole(id: $id, role: ADMIN) { id } }', { id: world.ids.coach });
    expect((await world.coach.ok('{ me { role } }')).me.role).toBe('ADMIN');
    await world.admin.ok('mutation($id: ID!) { removeMember(id: $id) }', { id: world.ids.candidate });
    expect(await world.candidate.errorCode('{ me { role } }')).toBe('UNAUTHENTICATED');
    await world.admin.ok('mutation($id: ID!) { removeMember(id: $id) }', { id: world.ids.coach });
    expect(await world.admin.errorCode('mutation($id: ID!) { removeMember(id: $id) }', { id: world.ids.admin })).toBe('CONFLICT');
  });

  it('keeps serving signed-in requests after the database connection is replaced (an idle timeout, a network blip)', async () => {
    expect((await org.admin.ok('{ me { role } }')).me.role).toBe('ADMIN');
    const pool = (app.dataSource.driver as PostgresDriver).master as Pool;
    const connection = await pool.connect();
    connection.release(true);
    expect((await org.admin.ok('{ me { role } }')).me.role).toBe('ADMIN');
  });
});

describe('sign-in throttling that cannot be bypassed', () => {
  // Some tests start two servers, each on a fresh database: slow on a loaded machine.
  jest.setTimeout(180_000);
  const apps: TestApp[] = [];
  afterAll(() => Promise.all(apps.map((a) => a.stop())));
  const start = async (env: Record<string, string>) => {
    const app = await startTestApp({ SEED_DEMO: 'false', ...env });
    apps.push(app);
    return app;
  };

  /** A sign-in over HTTP, claiming to come from `forwardedFor` through a proxy; the error code. */
  async function attempt(app: TestApp, email: string, forwardedFor?: string): Promise<string | undefined> {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password: 'wrong-password' } } }),
    });
    const body = (await res.json()) as { errors?: { extensions: { code: string } }[] };
    return body.errors?.[0].extensions.code;
  }

  it('counts an attempt before the password is checked, so parallel guesses stop at the limit', async () => {
    const app = await start({ SIGN_IN_MAX_PER_ACCOUNT: '3', SIGN_IN_MAX_PER_ADDRESS: '1000' });
    const codes = await Promise.all(Array.from({ length: 12 }, () => attempt(app, 'target@example.org')));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(9);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY names the proxy', async () => {
    const limits = { SIGN_IN_MAX_PER_ACCOUNT: '100', SIGN_IN_MAX_PER_ADDRESS: '3' };
    const direct = await start(limits);
    for (let i = 0; i < 3; i++) expect(await attempt(direct, `person${i}@example.org`, `203.0.113.${i}`)).toBe('UNAUTHENTICATED');
    expect(await attempt(direct, 'person9@example.org', '203.0.113.99')).toBe('TOO_MANY_REQUESTS');

    const proxied = await start({ ...limits, TRUST_PROXY: '127.0.0.1' });
    for (let i = 0; i < 3; i++) expect(await attempt(proxied, `person${i}@example.org`, '203.0.113.7')).toBe('UNAUTHENTICATED');
    expect(await attempt(proxied, 'person9@example.org', '203.0.113.7')).toBe('TOO_MANY_REQUESTS');
    expect(await attempt(proxied, 'person9@example.org', '198.51.100.1')).toBe('UNAUTHENTICATED');
  });

  (process.env.REDIS_URL ? it : it.skip)('shares the counts between replicas through Redis', async () => {
    const shared = { SIGN_IN_MAX_PER_ACCOUNT: '2', SIGN_IN_MAX_PER_ADDRESS: '1000', QUEUE_NAME: `throttle-${Date.now()}` };
    const [one, two] = [await start(shared), await start(shared)];
    expect(await attempt(one, 'replicated@example.org')).toBe('UNAUTHENTICATED');
    expect(await attempt(two, 'replicated@example.org')).toBe('UNAUTHENTICATED');
    expect(await attempt(one, 'replicated@example.org')).toBe('TOO_MANY_REQUESTS');
    expect(await attempt(two, 'replicated@example.org')).toBe('TOO_MANY_REQUESTS');
  });
});
