import { JobQueue } from '../apps/api/src/queue/job-queue';
import { startTestApp, TestApp } from './support/test-app';
import { createOrgWorld, OrgWorld } from './support/world';

const CREATE_COHORT = `mutation($n: String!) { createCohort(input: { name: $n }) { id } }`;
const ADD = `mutation($c: ID!, $m: [ID!]!) { addCohortMembers(cohortId: $c, input: { memberIds: $m }) { id } }`;
const INVITE = `mutation($e: String!) { inviteMember(input: { email: $e, name: "Invited", role: CANDIDATE }) { member { id } } }`;
const MEMBERS = `{ members(options: { take: 100 }) { nodes { id cohorts { name } lastActiveAt readiness { cohortId score level } } } }`;
const SORTED = `query($f: MemberSortField!, $o: SortOrder!) { members(options: { take: 100, sort: { field: $f, order: $o } }) { nodes { id } } }`;
const MEMBER = `query($id: ID!) { member(id: $id) { cohorts { name } lastActiveAt readiness { score } } }`;

interface Row {
  id: string;
  cohorts: { name: string }[];
  lastActiveAt: string | null;
  readiness: { cohortId: string; score: number; level: string }[];
}

/** The people list's columns: cohorts, last activity and readiness, each only where the caller may see it. */
describe('member list fields', () => {
  let app: TestApp;
  let org: OrgWorld;
  let other: OrgWorld;
  let fall: string;
  let spring: string;
  let invited: string;

  const rows = async (client: OrgWorld['admin']) =>
    new Map(((await client.ok(MEMBERS)).members.nodes as Row[]).map((row) => [row.id, row]));

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    org = await createOrgWorld(app.app, app.url, 'Listing U');
    other = await createOrgWorld(app.app, app.url, 'Elsewhere U');
    // The coach creates (and so coaches) Fall, with the candidate; Spring is the admin's, with the other candidate.
    fall = (await org.coach.ok(CREATE_COHORT, { n: 'Fall' })).createCohort.id;
    await org.coach.ok(ADD, { c: fall, m: [org.ids.candidate] });
    spring = (await org.admin.ok(CREATE_COHORT, { n: 'Spring' })).createCohort.id;
    await org.admin.ok(ADD, { c: spring, m: [org.ids.otherCandidate, org.ids.candidate] });
    invited = (await org.admin.ok(INVITE, { e: 'new@listing-u.test' })).inviteMember.member.id;
    // The other organization's cohort has its own candidate.
    const theirs = (await other.admin.ok(CREATE_COHORT, { n: 'Theirs' })).createCohort.id;
    await other.admin.ok(ADD, { c: theirs, m: [other.ids.candidate] });
    await app.app.get(JobQueue).drain();
  });
  afterAll(() => app.stop());

  it("shows an admin everyone's cohorts, readiness per cohort and when they were last active", async () => {
    const members = await rows(org.admin);
    const candidate = members.get(org.ids.candidate)!;
    expect(candidate.cohorts.map((c) => c.name)).toEqual(['Fall', 'Spring']);
    expect(candidate.readiness.map((r) => r.cohortId).sort()).toEqual([fall, spring].sort());
    expect(candidate.readiness[0]).toMatchObject({ score: expect.any(Number), level: expect.any(String) });
    expect(members.get(org.ids.coach)!.cohorts.map((c) => c.name)).toEqual(['Fall']);
    // Everyone in the world signed in; the invited person never did.
    for (const id of Object.values(org.ids))
      expect(Date.parse(members.get(id)!.lastActiveAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(members.get(invited)).toMatchObject({ cohorts: [], readiness: [], lastActiveAt: null });
  });

  it('shows a coach only the cohorts they coach, and last activity and readiness of their own candidates only', async () => {
    const members = await rows(org.coach);
    expect(members.get(org.ids.candidate)).toMatchObject({
      cohorts: [{ name: 'Fall' }],
      readiness: [{ cohortId: fall }],
      lastActiveAt: expect.any(String),
    });
    expect(members.get(org.ids.otherCandidate)).toMatchObject({ cohorts: [], readiness: [], lastActiveAt: null });
    expect(members.get(org.ids.admin)!.lastActiveAt).toBeNull();
    expect((await org.coach.ok(MEMBER, { id: org.ids.otherCandidate })).member).toEqual({
      cohorts: [],
      lastActiveAt: null,
      readiness: [],
    });
  });

  it("gives another organization's admin nothing", async () => {
    const members = await rows(other.admin);
    expect(members.has(org.ids.candidate)).toBe(false);
    expect(members.get(other.ids.candidate)!.cohorts.map((c) => c.name)).toEqual(['Theirs']);
    expect(await other.admin.errorCode(MEMBER, { id: org.ids.candidate })).toBe('NOT_FOUND');
  });

  it('sorts by readiness (lowest first) and by last activity, on what the caller may see, nobody-known last', async () => {
    const ids = async (client: OrgWorld['admin'], f: string, o: string) =>
      ((await client.ok(SORTED, { f, o })).members.nodes as { id: string }[]).map((n) => n.id);
    const setScore = (cohortId: string, membershipId: string, score: number) =>
      app.dataSource.query('UPDATE candidate_readiness SET score = $1 WHERE cohort_id = $2 AND membership_id = $3', [
        score,
        cohortId,
        membershipId,
      ]);
    await setScore(fall, org.ids.candidate, 80);
    await setScore(spring, org.ids.candidate, 20);
    await setScore(spring, org.ids.otherCandidate, 50);
    await app.dataSource.query(`UPDATE refresh_tokens SET created_at = now() - interval '3 days' WHERE membership_id = $1`, [
      org.ids.candidate,
    ]);

    // The admin sees both cohorts: the candidate's lowest (20) first; people without readiness after.
    expect((await ids(org.admin, 'READINESS', 'ASC')).slice(0, 2)).toEqual([org.ids.candidate, org.ids.otherCandidate]);
    expect((await ids(org.admin, 'READINESS', 'DESC')).slice(0, 2)).toEqual([org.ids.otherCandidate, org.ids.candidate]);
    // The coach sees Fall only: the other candidate's Spring readiness does not place them.
    const coachOrder = await ids(org.coach, 'READINESS', 'DESC');
    expect(coachOrder[0]).toBe(org.ids.candidate);

    // Last activity: the invited person never signed in (last); the candidate, three days ago, after the others.
    const byActivity = await ids(org.admin, 'LAST_ACTIVE', 'DESC');
    expect(byActivity.at(-1)).toBe(invited);
    expect(byActivity.at(-2)).toBe(org.ids.candidate);
    // A coach knows only their own candidate's activity: first when oldest first, since the unknown come last.
    expect((await ids(org.coach, 'LAST_ACTIVE', 'ASC'))[0]).toBe(org.ids.candidate);
  });
});
