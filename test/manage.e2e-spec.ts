import { execFile, execSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../apps/api/src/config/config';
import { RunningApp, startApp } from '../apps/api/src/app';
import { GqlClient } from './support/graphql-client';
import { dropDatabase, freshDatabaseUrl } from './support/test-app';
import { tokenOf } from './support/smtp';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist/apps/api/src/manage/main.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** The last line printed (the link, the file). */
  last: string;
}

/** `npm run manage -- ...` as the operator runs it: a process of its own, with only the given settings. */
async function manage(env: Record<string, string>, ...args: string[]): Promise<Run> {
  const settings = { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env };
  const { code, stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { env: settings, cwd: ROOT }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  const lines = `${stdout}${stderr}`.trim().split('\n');
  return { code, stdout, stderr, last: lines[lines.length - 1] };
}

const INVITATION_LINK = /^https?:\/\/\S+\/accept-invitation#token=[\w-]+\.[\w-]+$/;
const ACCEPT = 'mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { role } }';

/** The operator's tool, on the embedded database (alone, and while the server holds it) and on PostgreSQL. */
describe('npm run manage', () => {
  let dataDir: string;

  beforeAll(async () => {
    // The tool runs compiled, as in production.
    execSync('npm run build:api --silent', { cwd: ROOT, stdio: 'ignore' });
    dataDir = await mkdtemp(join(tmpdir(), 'mockint-manage-'));
  }, 180_000);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const embedded = () => ({ DATA_DIR: dataDir, PUBLIC_URL: 'https://interviews.example.edu' });

  it('refuses bad input with one clear line and a non-zero exit, before touching anything', async () => {
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /Unknown command "frobnicate"/],
      [['create-organization', '--admin-email', 'it@state.edu'], /--name is required/],
      [['create-organization', '--name', 'X', '--admin-email', 'not-an-email'], /not a valid e-mail address/],
      [['create-organization', '--name', 'X', '--admin-email', 'a@b.org', '--slug', 'Bad Slug'], /--slug must be a slug/],
      [['add-admin', '--email', 'a@b.org'], /--organization must be a slug/],
      [['backup'], /backup takes one FILE/],
      [['list-organizations', '--colour'], /Unknown option '--colour'/],
    ];
    for (const [args, message] of cases) {
      const run = await manage(embedded(), ...args);
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')[0]).toMatch(message);
      expect(run.stdout).toBe('');
    }
    expect(await readdir(dataDir)).toEqual([]);
    expect((await manage(embedded(), 'help')).stdout).toContain('create-organization --name');
  });

  it('sets up an organization and its first admin, through the server once it runs, and backs it up and restores it', async () => {
    const created = await manage(
      embedded(),
      'create-organization',
      '--name',
      'State University',
      '--admin-email',
      'IT@State.edu',
    );
    expect(created.code).toBe(0);
    expect(created.last).toMatch(/^https:\/\/interviews\.example\.edu\/accept-invitation#token=/);
    const again = await manage(embedded(), 'create-organization', '--name', 'state university', '--admin-email', 'x@y.org');
    expect(again).toMatchObject({ code: 1, last: expect.stringMatching(/exists already \(slug state-university\)/) });
    const backup = join(dataDir, 'before.tar.gz');
    expect((await manage(embedded(), 'backup', backup)).last).toBe(backup);

    // The server now holds the folder: the tool goes through it, never opening the folder twice.
    let server: RunningApp | undefined = await startApp(
      loadConfig({ ...embedded(), NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }),
    );
    try {
      const anonymous = new GqlClient(server.url);
      expect(
        await anonymous.errorCode('mutation { signIn(input: { email: "admin@demo.test", password: "demo1234" }) { role } }'),
      ).toBe('UNAUTHENTICATED');
      expect((await anonymous.ok(ACCEPT, { t: tokenOf(created.last), p: 'it-admin-password' })).acceptInvitation.role).toBe(
        'ADMIN',
      );
      const admin = await anonymous.signIn('it@state.edu', 'it-admin-password');
      expect((await admin.ok('{ organization { name slug } rubrics { name isDefault } }')).rubrics).toEqual([
        { name: 'Default interview rubric', isDefault: true },
      ]);

      const second = await manage(embedded(), 'add-admin', '--organization', 'state-university', '--email', 'dean@state.edu');
      expect(second).toMatchObject({ code: 0, last: expect.stringMatching(INVITATION_LINK) });
      expect((await anonymous.ok(ACCEPT, { t: tokenOf(second.last), p: 'deans-password' })).acceptInvitation.role).toBe('ADMIN');
      const reset = await manage(embedded(), 'reset-password', '--email', 'it@state.edu');
      expect(reset.last).toMatch(/\/reset-password#token=/);
      await anonymous.ok(
        'mutation($t: String!) { resetPassword(input: { token: $t, newPassword: "a-new-password" }) { email } }',
        {
          t: tokenOf(reset.last),
        },
      );
      await anonymous.signIn('it@state.edu', 'a-new-password');
      expect((await manage(embedded(), 'reset-password', '--email', 'ghost@state.edu')).code).toBe(1);

      const listed = await manage(embedded(), 'list-organizations');
      expect(listed.stdout).toMatch(/state-university\s+State University\s+2\s+2/);
      const refused = await manage(embedded(), 'restore', backup);
      expect(refused).toMatchObject({ code: 1, last: expect.stringMatching(/stop the server first/) });
      expect((await manage(embedded(), 'backup', join(dataDir, 'live.tar.gz'))).code).toBe(0);
      await server.close();
      server = undefined;

      const restored = await manage(embedded(), 'restore', backup);
      expect(restored.code).toBe(0);
      expect(restored.stdout).toMatch(/kept in .*pglite\.before-restore-/);
      // Back to before the admin joined.
      expect((await manage(embedded(), 'list-organizations')).stdout).toMatch(/state-university\s+State University\s+0\s+0/);
      expect((await manage(embedded(), 'restore', join(dataDir, 'missing.tar.gz'))).code).toBe(1);
    } finally {
      await server?.close();
    }
    // Each command is a process that boots the application: minutes on a busy machine.
  }, 240_000);

  (process.env.DATABASE_URL ? it : it.skip)(
    'works on PostgreSQL, where backups are pg_dump',
    async () => {
      const url = (await freshDatabaseUrl())!;
      try {
        const env = { DATABASE_URL: url, NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-long-enough-0123456789' };
        const created = await manage(env, 'create-organization', '--name', 'Bootcamp', '--admin-email', 'boss@bootcamp.io');
        expect(created).toMatchObject({ code: 0, last: expect.stringMatching(INVITATION_LINK) });
        expect((await manage(env, 'list-organizations')).stdout).toMatch(/bootcamp\s+Bootcamp/);
        expect(await manage(env, 'backup', '/tmp/x.tar.gz')).toMatchObject({ code: 1, last: expect.stringMatching(/pg_dump/) });
        expect(await manage(env, 'rebuild-readiness', '--organization', 'bootcamp')).toMatchObject({
          code: 0,
          last: expect.stringMatching(/^Readiness recomputed: 0 candidates in cohorts/),
        });
        expect((await manage(env, 'rebuild-readiness', '--organization', 'nowhere')).code).toBe(1);
      } finally {
        await dropDatabase(url);
      }
    },
    180_000,
  );
});
