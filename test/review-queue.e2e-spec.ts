import { JobQueue } from '../apps/api/src/queue/job-queue';
import { Role } from '../apps/api/src/common/role';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { addMember, createOrgWorld, OrgWorld } from './support/world';
import { assign, questionBank, sit } from './support/sittings';

const ADD_TO_COHORT = `mutation($c: ID!, $m: [ID!]!, $r: CohortRole!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: $r }) { id } }`;
const QUEUE = `query($awaiting: Boolean) { sessions(options: { filter: { awaitingMyReview: $awaiting }, sort: { field: COMPLETED_AT, order: ASC } }) {
  totalCount nodes { id } } }`;
const EVALUATIONS = `query($s: ID!) { session(id: $s) { questions { answers { evaluation { id criteria { key } } } } } }`;
const REVIEW = `mutation($e: ID!) { reviewEvaluation(evaluationId: $e, input: { comment: "Seen" }) { id } }`;

/** The review queue: `sessions(filter: { awaitingMyReview })`, completed sittings with an answer the caller has not reviewed. */
describe('review queue', () => {
  let app: TestApp;
  let org: OrgWorld;
  let other: OrgWorld;
  let otherCoach: GqlClient;
  /** The candidate's two completed sittings (older first), the classmate's in another cohort, the other organization's. */
  let first: string;
  let second: string;
  let classmate: string;
  let elsewhere: string;

  const queue = async (client: GqlClient, awaiting: boolean | null = true): Promise<string[]> =>
    (await client.ok(QUEUE, { awaiting })).sessions.nodes.map((s: { id: string }) => s.id);
  const evaluationsOf = async (sessionId: string): Promise<string[]> =>
    (await org.admin.ok(EVALUATIONS, { s: sessionId })).session.questions.flatMap((q: any) =>
      q.answers.map((a: any) => a.evaluation.id),
    );

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    org = await createOrgWorld(app.app, app.url, 'Queue U');
    other = await createOrgWorld(app.app, app.url, 'Queue Elsewhere');
    const coachB = await addMember(app.app, app.url, org.organizationId, { email: 'b@queue.test', name: 'B', role: Role.COACH });
    otherCoach = coachB.client;
    const cohorts = await org.admin.ok(
      `mutation { a: createCohort(input: { name: "A" }) { id } b: createCohort(input: { name: "B" }) { id } }`,
    );
    for (const [cohort, coach, candidate] of [
      [cohorts.a.id, org.ids.coach, org.ids.candidate],
      [cohorts.b.id, coachB.id, org.ids.otherCandidate],
    ]) {
      await org.admin.ok(ADD_TO_COHORT, { c: cohort, m: [coach], r: 'COACH' });
      await org.admin.ok(ADD_TO_COHORT, { c: cohort, m: [candidate], r: 'CANDIDATE' });
    }
    const bank = await questionBank(org.admin, 'ownership', 2);
    const practice = await assign(org.admin, {
      questionIds: bank.questionIds,
      mode: 'PRACTICE',
      candidateIds: [org.ids.candidate, org.ids.otherCandidate],
    });
    first = await sit(org.candidate, practice, 2);
    second = await sit(org.candidate, practice, 2);
    // Not completed: never in the queue.
    await sit(org.candidate, practice, 1, false);
    classmate = await sit(org.otherCandidate, practice, 1);
    const otherBank = await questionBank(other.admin, 'ownership', 1);
    elsewhere = await sit(
      other.candidate,
      await assign(other.admin, { questionIds: otherBank.questionIds, mode: 'PRACTICE', candidateIds: [other.ids.candidate] }),
      1,
    );
    await app.app.get(JobQueue).drain();
  });
  afterAll(() => app.stop());

  it("lists a coach's cohorts' completed sittings, oldest first, never another cohort's or organization's", async () => {
    expect(await queue(org.coach)).toEqual([first, second]);
    expect(await queue(otherCoach)).toEqual([classmate]);
    expect(await queue(org.admin)).toEqual([first, second, classmate]);
    expect(await queue(other.admin)).toEqual([elsewhere]);
    expect(await queue(org.coach, false)).toEqual([]);
  });

  it('keeps a sitting queued until every scored answer of it is reviewed by this coach', async () => {
    const [one, two] = await evaluationsOf(first);
    await org.coach.ok(REVIEW, { e: one });
    expect(await queue(org.coach)).toEqual([first, second]);
    await org.coach.ok(REVIEW, { e: two });
    expect(await queue(org.coach)).toEqual([second]);
    expect(await queue(org.coach, false)).toEqual([first]);
    // Another reviewer's work does not take it off an admin's queue: it is per reviewer.
    expect(await queue(org.admin)).toEqual([first, second, classmate]);
    // Unfiltered, the coach still sees every sitting of their cohort (the in-progress one too).
    expect(await queue(org.coach, null)).toHaveLength(3);
  });

  it("answers NOT_FOUND when reviewing another cohort's sitting, which stays in its coach's queue", async () => {
    const [evaluation] = await evaluationsOf(classmate);
    const refused = await org.coach.request(REVIEW, { e: evaluation });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await queue(otherCoach)).toEqual([classmate]);
  });
});
