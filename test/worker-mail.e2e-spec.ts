import { startTestApp, TestApp } from './support/test-app';
import { createOrgWorld, OrgWorld } from './support/world';
import { Mailbox, startMailbox } from './support/smtp';
import { assign, questionBank } from './support/sittings';
import { buildApi, WorkerProcess } from './support/worker-process';

/** Only the production path has a separate worker. */
const production = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

/** Polls until `probe` is true. */
async function eventually(ms: number, what: string, probe: () => boolean): Promise<void> {
  const deadline = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`Waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

(production ? describe : describe.skip)('notification e-mails from a separate worker', () => {
  let mailbox: Mailbox;
  let app: TestApp;
  let org: OrgWorld;
  let worker: WorkerProcess;

  beforeAll(async () => {
    await buildApi();
    mailbox = await startMailbox();
    // Without JOBS_IN_API the API runs no jobs: the worker, started once there is something to send, sends.
    app = await startTestApp({ SEED_DEMO: 'false', SMTP_URL: mailbox.url, PUBLIC_URL: 'https://coach.example.edu' });
    org = await createOrgWorld(app.app, app.url, 'Worker U');
    await org.candidate.ok('mutation($at: DateTime!) { schedulePractice(input: { at: $at }) { id } }', {
      at: new Date(Date.now() + 30 * 60_000).toISOString(),
    });
    const bank = await questionBank(org.admin, 'ownership', 1);
    const id = await assign(org.admin, { questionIds: bank.questionIds, mode: 'PRACTICE', candidateIds: [org.ids.candidate] });
    await org.admin.ok('mutation($id: ID!, $d: DateTime) { updateAssignment(id: $id, input: { dueAt: $d }) { id } }', {
      id,
      d: new Date(Date.now() + 6 * 3_600_000).toISOString(),
    });
    worker = await WorkerProcess.start({
      DATABASE_URL: app.config.databaseUrl!,
      REDIS_URL: app.config.redisUrl!,
      QUEUE_NAME: app.config.queueName,
      JWT_SECRET: app.config.jwtSecret!,
      SMTP_URL: mailbox.url,
      PUBLIC_URL: app.config.publicUrl,
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await app?.stop();
    await mailbox?.close();
  });

  it('looks for due e-mails itself and sends them: the practice reminder, the assignment due within a day', async () => {
    const mine = () => mailbox.to('candidate@worker-u.test');
    await eventually(20_000, 'two e-mails', () => mine().length === 2);
    expect(mine().some((m) => m.includes('Subject: Reminder: mock interview practice'))).toBe(true);
    expect(mine().some((m) => m.includes('Subject: Due within a day'))).toBe(true);
  });
});
