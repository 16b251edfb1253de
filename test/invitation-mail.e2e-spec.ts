import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld, OrgWorld } from './support/world';

/** With SMTP_URL the invitation link goes by mail (to a real SMTP server on loopback), not back to the admin. */
describe('invitations by e-mail', () => {
  const received: { to: string[]; body: string }[] = [];
  let smtp: SMTPServer;
  let app: TestApp;
  let org: OrgWorld;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let body = '';
        stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    app = await startTestApp({
      SEED_DEMO: 'false',
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      PUBLIC_URL: 'https://coach.example.edu',
    });
    org = await createOrgWorld(app.app, app.url, 'Mail U');
  });
  afterAll(async () => {
    await app.stop();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  it('mails a one-time link that sets the password', async () => {
    const invite = await org.admin.ok(
      `mutation { inviteMember(input: { email: "grace@example.org", name: "Grace", role: CANDIDATE }) { emailed invitationUrl } }`,
    );
    expect(invite.inviteMember).toEqual({ emailed: true, invitationUrl: null });
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(['grace@example.org']);
    const body = received[0].body.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const token = /https:\/\/coach\.example\.edu\/accept-invitation#token=([\w.-]+)/.exec(body)![1];
    const accepted = await new GqlClient(app.url).ok(
      'mutation($t: String!) { acceptInvitation(input: { token: $t, password: "grace-password" }) { role } }',
      { t: token },
    );
    expect(accepted.acceptInvitation.role).toBe('CANDIDATE');
  });
});
