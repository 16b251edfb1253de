import { Writable } from 'node:stream';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld, OrgWorld, PASSWORD } from './support/world';

/** Collects the JSON log lines the API writes. */
class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  }
}

describe('operating the API', () => {
  let app: TestApp;
  let org: OrgWorld;
  const logs = new LogCapture();

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', LOG_LEVEL: 'debug' }, { logDestination: logs });
    org = await createOrgWorld(app.app, app.url, 'Ops Org');
    await org.admin.ok(
      `mutation { createRubric(input: { name: "R", isDefault: true, criteria: [{ name: "C", weight: 1, levels: ["1","2","3","4","5"] }] }) { id } }`,
    );
  });
  afterAll(() => app.stop());

  it('keeps concurrent transactions apart: a failed one leaves nothing behind', async () => {
    const { createCohort: cohort } = await org.admin.ok(`mutation { createCohort(input: { name: "Concurrency" }) { id } }`);
    const roster = (i: number, bad: boolean) =>
      `name,email\nPerson ${i},person${i}@example.org\n${bad ? 'The Coach,coach@ops-org.test' : `Friend ${i},friend${i}@example.org`}\n`;
    const runs = Array.from({ length: 12 }, (_, i) =>
      org.admin.ok(
        `mutation($id: ID!, $csv: String!) { importCohortRoster(cohortId: $id, input: { csv: $csv }) { imported created } }`,
        { id: cohort.id, csv: roster(i, i % 3 === 0) },
      ),
    );
    const names = Array.from({ length: 8 }, (_, i) =>
      org.coach.ok(`mutation($n: String!) { createCohort(input: { name: $n }) { id } }`, { n: `Side ${i}` }),
    );
    const results = await Promise.all(runs);
    await Promise.all(names);
    results.forEach((r, i) => expect(r.importCohortRoster.imported).toBe(i % 3 !== 0));

    const members = await org.admin.ok(
      `{ members(options: { take: 100, filter: { search: "example.org" } }) { nodes { email } } }`,
    );
    const emails = new Set(members.members.nodes.map((m: { email: string }) => m.email));
    for (let i = 0; i < 12; i++) {
      expect(emails.has(`person${i}@example.org`)).toBe(i % 3 !== 0);
      expect(emails.has(`friend${i}@example.org`)).toBe(i % 3 !== 0);
    }
    const after = await org.admin.ok(`query($id: ID!) { cohort(id: $id) { candidateCount } }`, { id: cohort.id });
    expect(after.cohort.candidateCount).toBe(16);
    expect((await org.coach.ok(`{ cohorts(options: { filter: { search: "Side" } }) { totalCount } }`)).cohorts.totalCount).toBe(
      8,
    );
  });

  it('logs JSON with a request id and never a password or token', async () => {
    const before = logs.lines.length;
    const anonymous = new GqlClient(app.url);
    const session = await anonymous.ok(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }`, {
      input: { email: 'coach@ops-org.test', password: PASSWORD },
    });
    await anonymous.request(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, {
      input: { email: 'coach@ops-org.test', password: 'Wrong-Secret-42' },
    });
    const invite = await org.admin.ok(
      `mutation { inviteMember(input: { email: "logged@example.org", name: "L", role: CANDIDATE }) { invitationUrl } }`,
    );
    const secret = invite.inviteMember.invitationUrl.split('.').pop();
    const written = logs.lines.slice(before);
    const requests = written.map((l) => JSON.parse(l) as { reqId?: string }).filter((l) => l.reqId);
    expect(requests.length).toBeGreaterThan(0);
    const text = written.join('\n');
    for (const sensitive of [PASSWORD, 'Wrong-Secret-42', session.signIn.accessToken, session.signIn.refreshToken, secret]) {
      expect(text).not.toContain(sensitive);
    }
  });

  it('lets in-flight requests finish when shutting down, then stops listening', async () => {
    const other = await startTestApp({ SEED_DEMO: 'true' });
    const admin = await new GqlClient(other.url).signIn('admin@demo.test');
    // Close only once the server has parsed all five requests (an open connection may still be idle).
    let received = 0;
    other.app.getHttpServer().on('request', () => received++);
    const inFlight = Array.from({ length: 5 }, () =>
      admin.request(`{ questions(options: { take: 100 }) { nodes { prompt questionSet { name } } } }`),
    );
    while (received < 5) await new Promise((resolve) => setTimeout(resolve, 2));
    const closing = other.stop();
    const results = await Promise.all(inFlight);
    await closing;
    for (const r of results)
      expect({ errors: r.errors, count: r.data?.questions.nodes.length }).toEqual({ errors: undefined, count: 12 });
    await expect(fetch(`${other.url}/health`)).rejects.toThrow();
  });
});
