import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld, OrgWorld, PASSWORD } from './support/world';
import { Mailbox, startMailbox, tokenOf } from './support/smtp';
import { PasswordsService } from '../apps/api/src/auth/passwords.service';
import { assign, questionBank } from './support/sittings';

const INVITE = `mutation($e: String!, $n: String!, $r: Role!) { inviteMember(input: { email: $e, name: $n, role: $r }) {
  emailed invitationUrl member { id name email role status } invitation { name email status delivery } } }`;
const INFO = 'query($t: String!) { invitationInfo(token: $t) { organizationName email role choosePassword } }';
const ACCEPT =
  'mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { role organizationId } }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) { email } }';
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { accessToken refreshToken } }';
const REFRESH = 'mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken } }';

/** Users are global: nothing one organization's admin does may open an account another organization shares. */
describe('accounts that cannot be taken over', () => {
  let app: TestApp;
  let anonymous: GqlClient;
  let alpha: OrgWorld;
  let beta: OrgWorld;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false' });
    anonymous = new GqlClient(app.url);
    alpha = await createOrgWorld(app.app, app.url, 'Alpha');
    beta = await createOrgWorld(app.app, app.url, 'Beta');
  });
  afterAll(() => app.stop());

  const invite = async (admin: GqlClient, email: string, name: string, role = 'CANDIDATE') =>
    (await admin.ok(INVITE, { e: email, n: name, r: role })).inviteMember;

  it('answers the inviting admin alike whoever the e-mail belongs to', async () => {
    await invite(beta.admin, 'pending.elsewhere@example.org', 'Known At Beta');
    const answers = [
      await invite(alpha.admin, 'brand.new@example.org', 'Typed Name'),
      await invite(alpha.admin, 'candidate@beta.test', 'Typed Name'),
      await invite(alpha.admin, 'pending.elsewhere@example.org', 'Typed Name'),
    ];
    const shapes = answers.map(({ member, invitation, invitationUrl, ...rest }) => ({
      ...rest,
      url: /\/accept-invitation#token=[\w-]+\.[\w-]+$/.test(invitationUrl),
      member: { name: member.name, role: member.role, status: member.status },
      invitation: { name: invitation.name, status: invitation.status, delivery: invitation.delivery },
    }));
    expect(shapes[0]).toEqual({
      emailed: false,
      url: true,
      member: { name: 'Typed Name', role: 'CANDIDATE', status: 'INVITED' },
      invitation: { name: 'Typed Name', status: 'PENDING', delivery: 'LINK' },
    });
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
    // The name another organization knows the person by shows nowhere, not even through a search.
    const search = await alpha.admin.ok('{ members(options: { filter: { search: "of Beta" } }) { totalCount } }');
    expect(search.members.totalCount).toBe(0);
    const found = await alpha.admin.ok(
      '{ members(options: { filter: { search: "typed", status: INVITED }, sort: { field: NAME } }) { totalCount nodes { name } } }',
    );
    expect(found.members.totalCount).toBe(3);
    expect(await alpha.admin.errorCode(INVITE, { e: 'coach@alpha.test', n: 'X', r: 'COACH' })).toBe('CONFLICT');
  });

  it('never lets an admin of one organization set the password of a pending member of another', async () => {
    const victim = 'victim@example.org';
    const fromBeta = await invite(beta.admin, victim, 'Victim');
    const fromAlpha = await invite(alpha.admin, victim, 'Victim');
    // Alpha's admin holds a link, but it cannot choose the password of an account Beta has invited.
    expect((await anonymous.ok(INFO, { t: tokenOf(fromAlpha.invitationUrl) })).invitationInfo).toMatchObject({
      organizationName: 'Alpha',
      choosePassword: false,
    });
    const taken = await anonymous.request(ACCEPT, { t: tokenOf(fromAlpha.invitationUrl), p: 'attacker-password' });
    expect(taken.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_TO_ACCEPT' });
    expect(await anonymous.errorCode(SIGN_IN, { e: victim, p: 'attacker-password' })).toBe('UNAUTHENTICATED');
    // Nor through a password reset: the member has not joined, and asking by e-mail sends nothing here.
    const reset = await alpha.admin.request('mutation($m: ID!) { issuePasswordReset(memberId: $m) { resetUrl } }', {
      m: fromAlpha.member.id,
    });
    expect(reset.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_JOINED' });
    expect(
      (await anonymous.ok('mutation { requestPasswordReset(input: { email: "victim@example.org" }) }')).requestPasswordReset,
    ).toBe(true);
    // Beta's own link cannot either now: the account is invited elsewhere too.
    expect((await anonymous.ok(INFO, { t: tokenOf(fromBeta.invitationUrl) })).invitationInfo.choosePassword).toBe(false);

    // The person gets in through the operator's reset link, then accepts each invitation signed in.
    const operatorLink = await app.app.get(PasswordsService).issueForOperator(victim);
    expect((await anonymous.ok(RESET, { t: tokenOf(operatorLink), p: 'victims-own-password' })).resetPassword.email).toBe(victim);
    const viaBeta = await anonymous.ok(ACCEPT, { t: tokenOf(fromBeta.invitationUrl), p: 'victims-own-password' });
    expect(viaBeta.acceptInvitation.organizationId).toBe(beta.organizationId);
    const person = await anonymous.signIn(victim, 'victims-own-password');
    const me = await person.ok('{ me { organizations { organizationName } invitations { organizationName } } }');
    expect(me.me).toEqual({ organizations: [{ organizationName: 'Beta' }], invitations: [{ organizationName: 'Alpha' }] });
  });

  it('sets the password of a new account once, and a resent link replaces the first', async () => {
    const first = await invite(alpha.admin, 'new.coach@example.org', 'New Coach', 'COACH');
    expect((await anonymous.ok(INFO, { t: tokenOf(first.invitationUrl) })).invitationInfo).toEqual({
      organizationName: 'Alpha',
      email: 'new.coach@example.org',
      role: 'COACH',
      choosePassword: true,
    });
    const resent = (
      await alpha.admin.ok('mutation($m: ID!) { resendInvitation(memberId: $m) { invitationUrl member { status } } }', {
        m: first.member.id,
      })
    ).resendInvitation;
    expect(resent.member.status).toBe('INVITED');
    const stale = await anonymous.request(ACCEPT, { t: tokenOf(first.invitationUrl), p: 'new-coach-password' });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' });
    expect(
      (await anonymous.ok(ACCEPT, { t: tokenOf(resent.invitationUrl), p: 'new-coach-password' })).acceptInvitation.role,
    ).toBe('COACH');
    expect(await anonymous.errorCode(ACCEPT, { t: tokenOf(resent.invitationUrl), p: 'another-password' })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await anonymous.errorCode(INFO, { t: tokenOf(resent.invitationUrl) })).toBe('UNAUTHENTICATED');
    const member = await alpha.admin.ok('query($m: ID!) { member(id: $m) { status name joinedAt invitation { status } } }', {
      m: first.member.id,
    });
    expect(member.member).toMatchObject({ status: 'ACTIVE', name: 'New Coach', invitation: { status: 'ACCEPTED' } });
    expect(
      await alpha.admin.errorCode('mutation($m: ID!) { resendInvitation(memberId: $m) { emailed } }', { m: first.member.id }),
    ).toBe('CONFLICT');
  });

  it('accepts an invitation to an existing account with its own password only', async () => {
    const sent = await invite(alpha.admin, 'coach@beta.test', 'Beta Coach', 'COACH');
    const wrong = await anonymous.request(ACCEPT, { t: tokenOf(sent.invitationUrl), p: 'not-the-password' });
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    const accepted = await anonymous.ok(ACCEPT, { t: tokenOf(sent.invitationUrl), p: PASSWORD });
    expect(accepted.acceptInvitation).toEqual({ role: 'COACH', organizationId: alpha.organizationId });
    // Their account and its other organization are untouched.
    const both = await anonymous.signIn('coach@beta.test', PASSWORD);
    expect((await both.ok('{ me { organizations { organizationName } } }')).me.organizations).toHaveLength(2);
  });

  it('lets the person decline, and nobody else answer for them', async () => {
    const sent = await invite(beta.admin, 'othercandidate@alpha.test', 'Other');
    const invitations = (await alpha.otherCandidate.ok('{ me { invitations { id organizationName } } }')).me.invitations;
    expect(invitations).toEqual([{ id: expect.any(String), organizationName: 'Beta' }]);
    const id = invitations[0].id;
    for (const stranger of [alpha.candidate, beta.admin]) {
      expect(await stranger.errorCode('mutation($i: ID!) { acceptMyInvitation(invitationId: $i) { role } }', { i: id })).toBe(
        'NOT_FOUND',
      );
    }
    expect(
      (await alpha.otherCandidate.ok('mutation($i: ID!) { declineInvitation(invitationId: $i) }', { i: id })).declineInvitation,
    ).toBe(true);
    expect((await alpha.otherCandidate.ok('{ me { invitations { id } } }')).me.invitations).toEqual([]);
    const member = await beta.admin.ok('query($m: ID!) { member(id: $m) { status invitation { status } } }', {
      m: sent.member.id,
    });
    expect(member.member).toEqual({ status: 'DEACTIVATED', invitation: { status: 'DECLINED' } });
    expect(await anonymous.errorCode(ACCEPT, { t: tokenOf(sent.invitationUrl), p: PASSWORD })).toBe('UNAUTHENTICATED');
  });

  it('removes a member by deactivating them: they lose access, their work stays, an invitation brings them back', async () => {
    const world = await createOrgWorld(app.app, app.url, 'Gamma');
    await questionBank(world.admin, 'conflict', 1);
    const session = (await world.candidate.ok('mutation { startPractice(input: { questionCount: 1 }) { id } }')).startPractice;
    const question = (
      await world.candidate.ok('mutation($s: ID!) { showQuestion(sessionId: $s, position: 0) { id } }', { s: session.id })
    ).showQuestion;
    await world.candidate.ok(
      'mutation($q: ID!) { submitAnswer(input: { sessionQuestionId: $q, text: "I listened to both sides." }) { id } }',
      {
        q: question.id,
      },
    );
    const signedIn = await anonymous.ok(SIGN_IN, { e: 'candidate@gamma.test', p: PASSWORD });

    expect((await world.admin.ok('mutation($m: ID!) { removeMember(id: $m) }', { m: world.ids.candidate })).removeMember).toBe(
      true,
    );
    expect(await world.candidate.errorCode('{ me { role } }')).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(REFRESH, { t: signedIn.signIn.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(SIGN_IN, { e: 'candidate@gamma.test', p: PASSWORD })).toBe('UNAUTHENTICATED');
    const kept = await world.admin.ok(
      'query($c: ID!) { sessions(options: { filter: { candidateId: $c } }) { totalCount nodes { questions { answers { text } } } } member(id: $c) { status } }',
      { c: world.ids.candidate },
    );
    expect(kept.member.status).toBe('DEACTIVATED');
    expect(kept.sessions.nodes[0].questions[0].answers[0].text).toBe('I listened to both sides.');

    const back = await invite(world.admin, 'candidate@gamma.test', 'Returning');
    expect(back.member).toMatchObject({ id: world.ids.candidate, status: 'INVITED' });
    await anonymous.ok(ACCEPT, { t: tokenOf(back.invitationUrl), p: PASSWORD });
    const again = await anonymous.signIn('candidate@gamma.test', PASSWORD);
    expect((await again.ok('{ sessions { totalCount } }')).sessions.totalCount).toBe(1);

    // A member only invited leaves nothing behind: removing them deletes the invitation too.
    const pending = await invite(world.admin, 'never.joined@example.org', 'Never');
    await world.admin.ok('mutation($m: ID!) { removeMember(id: $m) }', { m: pending.member.id });
    expect(await world.admin.errorCode('query($m: ID!) { member(id: $m) { id } }', { m: pending.member.id })).toBe('NOT_FOUND');
    expect(await anonymous.errorCode(INFO, { t: tokenOf(pending.invitationUrl) })).toBe('UNAUTHENTICATED');
    // The last active administrator stays.
    expect(await world.admin.errorCode('mutation($m: ID!) { removeMember(id: $m) }', { m: world.ids.admin })).toBe('CONFLICT');
  });

  it('gives a removed member no new assignments', async () => {
    const world = await createOrgWorld(app.app, app.url, 'Delta');
    const cohort = (await world.admin.ok('mutation { createCohort(input: { name: "Spring" }) { id } }')).createCohort;
    await world.admin.ok('mutation($c: ID!, $m: [ID!]!) { addCohortMembers(cohortId: $c, input: { memberIds: $m }) { id } }', {
      c: cohort.id,
      m: [world.ids.candidate, world.ids.otherCandidate],
    });
    await world.admin.ok('mutation($m: ID!) { removeMember(id: $m) }', { m: world.ids.otherCandidate });
    const bank = await questionBank(world.admin, 'motivation', 1);
    const assignmentId = await assign(world.admin, { questionIds: bank.questionIds, mode: 'PRACTICE', cohortId: cohort.id });
    const assignment = await world.admin.ok('query($a: ID!) { assignment(id: $a) { candidates { member { id } } } }', {
      a: assignmentId,
    });
    expect(assignment.assignment.candidates).toEqual([{ member: { id: world.ids.candidate } }]);
  });

  it('invites the people a roster adds; they wait in the cohort with its assignments, not started', async () => {
    const cohort = (await alpha.admin.ok('mutation { createCohort(input: { name: "Fall" }) { id } }')).createCohort;
    const bank = await questionBank(alpha.admin, 'motivation', 1);
    const assignmentId = await assign(alpha.admin, { questionIds: bank.questionIds, mode: 'REALISTIC', cohortId: cohort.id });

    const roster = await alpha.admin.ok(
      `mutation($id: ID!, $csv: String!) { importCohortRoster(cohortId: $id, input: { csv: $csv }) {
        imported created existing emailed invitationLinks { email name url } errors { line } } }`,
      {
        id: cohort.id,
        csv: 'name,email\nNew Person,new.person@example.org\nShared Person,othercandidate@beta.test\nOwn,candidate@alpha.test\n',
      },
    );
    expect(roster.importCohortRoster).toMatchObject({ imported: true, created: 2, existing: 1, emailed: 0, errors: [] });
    const links = roster.importCohortRoster.invitationLinks;
    expect(links.map((l: { email: string; name: string }) => [l.email, l.name])).toEqual([
      ['new.person@example.org', 'New Person'],
      ['othercandidate@beta.test', 'Shared Person'],
    ]);

    const status = await alpha.admin.ok(
      `query($a: ID!, $c: ID!) { assignment(id: $a) { candidates { status member { email status } } }
        cohort(id: $c) { candidates { email name status } } }`,
      { a: assignmentId, c: cohort.id },
    );
    const pendingRows = status.assignment.candidates.filter((c: { member: { status: string } }) => c.member.status === 'INVITED');
    expect(pendingRows).toHaveLength(2);
    expect(pendingRows.every((c: { status: string }) => c.status === 'ASSIGNED')).toBe(true);
    expect(status.cohort.candidates).toContainEqual({
      email: 'othercandidate@beta.test',
      name: 'Shared Person',
      status: 'INVITED',
    });

    // The new person sets a password through the link and finds the assignment waiting.
    const newcomer = links.find((l: { email: string }) => l.email === 'new.person@example.org').url;
    await anonymous.ok(ACCEPT, { t: tokenOf(newcomer), p: 'newcomer-password' });
    const person = await anonymous.signIn('new.person@example.org', 'newcomer-password');
    const mine = await person.ok('{ assignments { nodes { id candidates { status } } } }');
    expect(mine.assignments.nodes).toEqual([{ id: assignmentId, candidates: [{ status: 'ASSIGNED' }] }]);
  });
});

describe('passwords', () => {
  let mailbox: Mailbox;
  let app: TestApp;
  let anonymous: GqlClient;
  let mailed: OrgWorld;
  let plain: TestApp;
  let alpha: OrgWorld;
  let beta: OrgWorld;

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await startTestApp({ SEED_DEMO: 'false', SMTP_URL: mailbox.url });
    anonymous = new GqlClient(app.url);
    mailed = await createOrgWorld(app.app, app.url, 'Mailed');
    plain = await startTestApp({ SEED_DEMO: 'false' });
    alpha = await createOrgWorld(plain.app, plain.url, 'Alpha');
    beta = await createOrgWorld(plain.app, plain.url, 'Beta');
  });
  afterAll(async () => {
    await app.stop();
    await plain.stop();
    await mailbox.close();
  });

  it('changes a password knowing the current one, and ends every other session', async () => {
    const other = (await anonymous.ok(SIGN_IN, { e: 'coach@mailed.test', p: PASSWORD })).signIn;
    const wrong = await mailed.coach.request(
      'mutation { changePassword(input: { currentPassword: "not-it", newPassword: "brand-new-password" }) { accessToken } }',
    );
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    const weak = await mailed.coach.request(
      `mutation { changePassword(input: { currentPassword: "${PASSWORD}", newPassword: "short" }) { accessToken } }`,
    );
    expect(weak.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const changed = await mailed.coach.ok(
      `mutation { changePassword(input: { currentPassword: "${PASSWORD}", newPassword: "brand-new-password" }) { accessToken } }`,
    );
    expect(await anonymous.errorCode(REFRESH, { t: other.refreshToken })).toBe('UNAUTHENTICATED');
    expect((await new GqlClient(app.url, changed.changePassword.accessToken).ok('{ me { email } }')).me.email).toBe(
      'coach@mailed.test',
    );
    expect(await anonymous.errorCode(SIGN_IN, { e: 'coach@mailed.test', p: PASSWORD })).toBe('UNAUTHENTICATED');
    await anonymous.signIn('coach@mailed.test', 'brand-new-password');
  });

  it('e-mails a reset link to an account that exists, answers alike for one that does not, and the link works once', async () => {
    const request = (email: string) =>
      anonymous.ok('mutation($e: String!) { requestPasswordReset(input: { email: $e }) }', { e: email });
    const before = mailbox.received.length;
    expect((await request('ghost@mailed.test')).requestPasswordReset).toBe(true);
    expect(mailbox.received.length).toBe(before);
    const session = (await anonymous.ok(SIGN_IN, { e: 'candidate@mailed.test', p: PASSWORD })).signIn;
    expect((await request('Candidate@Mailed.test')).requestPasswordReset).toBe(true);
    const link = mailbox.link('candidate@mailed.test', /http\S+\/reset-password#token=[\w.-]+/)!;
    expect((await anonymous.ok(RESET, { t: tokenOf(link), p: 'reset-by-mail' })).resetPassword.email).toBe(
      'candidate@mailed.test',
    );
    expect(await anonymous.errorCode(RESET, { t: tokenOf(link), p: 'again-and-again' })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(REFRESH, { t: session.refreshToken })).toBe('UNAUTHENTICATED');
    await anonymous.signIn('candidate@mailed.test', 'reset-by-mail');
    // An admin's reset goes to the person's mailbox too: the admin never holds the link.
    const issued = await mailed.admin.ok('mutation($m: ID!) { issuePasswordReset(memberId: $m) { emailed resetUrl } }', {
      m: mailed.ids.otherCandidate,
    });
    expect(issued.issuePasswordReset).toEqual({ emailed: true, resetUrl: null });
  });

  it('hands an admin a reset link that opens only an account of that organization alone', async () => {
    const issue = (admin: GqlClient, member: string) =>
      admin.ok('mutation($m: ID!) { issuePasswordReset(memberId: $m) { emailed resetUrl } }', { m: member });
    const plainAnonymous = new GqlClient(plain.url);
    const own = (await issue(alpha.admin, alpha.ids.candidate)).issuePasswordReset;
    expect(own.emailed).toBe(false);
    await plainAnonymous.ok(RESET, { t: tokenOf(own.resetUrl), p: 'set-by-alpha' });
    await plainAnonymous.signIn('candidate@alpha.test', 'set-by-alpha');

    // Beta's candidate joins Alpha too: Alpha's admin gets a link as before, but it cannot open the account.
    const invite = (await alpha.admin.ok(INVITE, { e: 'candidate@beta.test', n: 'Shared', r: 'CANDIDATE' })).inviteMember;
    await plainAnonymous.ok(ACCEPT, { t: tokenOf(invite.invitationUrl), p: PASSWORD });
    const shared = (await issue(alpha.admin, invite.member.id)).issuePasswordReset;
    expect(shared).toEqual({ emailed: false, resetUrl: expect.stringMatching(/\/reset-password#token=/) });
    const taken = await plainAnonymous.request(RESET, { t: tokenOf(shared.resetUrl), p: 'alpha-takes-over' });
    expect(taken.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' });
    await plainAnonymous.signIn('candidate@beta.test', PASSWORD);
    // And never for another organization's member.
    expect(
      await alpha.admin.errorCode('mutation($m: ID!) { issuePasswordReset(memberId: $m) { emailed } }', { m: beta.ids.coach }),
    ).toBe('NOT_FOUND');
  });
});
