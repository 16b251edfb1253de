import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld, OrgWorld } from './support/world';
import { Mailbox, startMailbox, tokenOf } from './support/smtp';

/** With SMTP_URL the invitation link goes by mail (to a real SMTP server on loopback), not back to the admin. */
describe('invitations by e-mail', () => {
  let mailbox: Mailbox;
  let app: TestApp;
  let org: OrgWorld;

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await startTestApp({ SEED_DEMO: 'false', SMTP_URL: mailbox.url, PUBLIC_URL: 'https://coach.example.edu' });
    org = await createOrgWorld(app.app, app.url, 'Mail U');
  });
  afterAll(async () => {
    await app.stop();
    await mailbox.close();
  });

  it('mails a one-time link that sets the password', async () => {
    const invite = await org.admin.ok(
      `mutation { inviteMember(input: { email: "grace@example.org", name: "Grace", role: CANDIDATE }) { emailed invitationUrl } }`,
    );
    expect(invite.inviteMember).toEqual({ emailed: true, invitationUrl: null });
    expect(mailbox.received).toHaveLength(1);
    expect(mailbox.received[0].to).toEqual(['grace@example.org']);
    const link = mailbox.link('grace@example.org', /https:\/\/coach\.example\.edu\/accept-invitation#token=[\w.-]+/)!;
    const accepted = await new GqlClient(app.url).ok(
      'mutation($t: String!) { acceptInvitation(input: { token: $t, password: "grace-password" }) { role } }',
      { t: tokenOf(link) },
    );
    expect(accepted.acceptInvitation.role).toBe('CANDIDATE');
  });
});
