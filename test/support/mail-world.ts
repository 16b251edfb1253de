import { startTestApp, TestApp } from './test-app';
import { createOrgWorld, OrgWorld } from './world';
import { Mailbox, startMailbox } from './smtp';

/** An app that e-mails through a local SMTP server and runs its jobs in process; an organization and another one. */
export interface MailWorld {
  mailbox: Mailbox;
  app: TestApp;
  org: OrgWorld;
  other: OrgWorld;
}

export async function startMailWorld(name: string): Promise<MailWorld> {
  const mailbox = await startMailbox();
  const app = await startTestApp({
    SEED_DEMO: 'false',
    JOBS_IN_API: 'true',
    SMTP_URL: mailbox.url,
    PUBLIC_URL: 'https://coach.example.edu',
  });
  const org = await createOrgWorld(app.app, app.url, `${name} U`);
  const other = await createOrgWorld(app.app, app.url, `${name} Elsewhere`);
  return { mailbox, app, org, other };
}

export async function stopMailWorld({ app, mailbox }: Pick<MailWorld, 'app' | 'mailbox'>): Promise<void> {
  await app.stop();
  await mailbox.close();
}
