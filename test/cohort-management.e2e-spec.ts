import { JobQueue } from '../apps/api/src/queue/job-queue';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld, OrgWorld } from './support/world';
import { answerFirstQuestion, assign, questionBank } from './support/sittings';

const CREATE_COHORT = `mutation($n: String!) { createCohort(input: { name: $n }) { id } }`;
const ACCOMMODATION_SET = `mutation($m: ID!) { setAccommodation(memberId: $m, input: { extraRetakes: 2 }) { id } }`;
const ACCOMMODATION = `query($m: ID!) { member(id: $m) { accommodation { extraRetakes } } }`;
const ADD = `mutation($c: ID!, $m: [ID!]!, $r: CohortRole!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: $r }) { id } }`;

/** What a manager of a cohort may do to it or its candidates, by name: [query, variables]. */
function managerCalls(x: {
  cohortId: string;
  candidateId: string;
  sessionId: string;
  answerId: string;
  evaluationId: string;
  templateId: string;
  realisticId: string;
}) {
  return {
    cohort: ['query($c: ID!) { cohort(id: $c) { id } }', { c: x.cohortId }],
    updateCohort: ['mutation($c: ID!) { updateCohort(id: $c, input: { name: "Taken over" }) { id } }', { c: x.cohortId }],
    addCohortMembers: [ADD, { c: x.cohortId, m: [x.candidateId], r: 'CANDIDATE' }],
    assignToCohort: [
      'mutation($t: ID!, $c: ID!) { createAssignment(input: { templateId: $t, cohortId: $c }) { id } }',
      { t: x.templateId, c: x.cohortId },
    ],
    assignToCandidate: [
      'mutation($t: ID!, $m: ID!) { createAssignment(input: { templateId: $t, candidateIds: [$m] }) { id } }',
      { t: x.templateId, m: x.candidateId },
    ],
    session: ['query($s: ID!) { session(id: $s) { id } }', { s: x.sessionId }],
    answer: ['query($a: ID!) { answer(id: $a) { id } }', { a: x.answerId }],
    reviewEvaluation: [
      'mutation($e: ID!) { reviewEvaluation(evaluationId: $e, input: { comment: "Mine now" }) { id } }',
      { e: x.evaluationId },
    ],
    grantRetake: [
      'mutation($a: ID!, $m: ID!) { grantRetake(assignmentId: $a, candidateId: $m) { retakesGranted } }',
      { a: x.realisticId, m: x.candidateId },
    ],
    setAccommodation: [
      'mutation($m: ID!) { setAccommodation(memberId: $m, input: { timeMultiplier: 2 }) { timeMultiplier } }',
      { m: x.candidateId },
    ],
    clearAccommodation: ['mutation($m: ID!) { clearAccommodation(memberId: $m) }', { m: x.candidateId }],
    // Last: it takes the candidate out of the cohort.
    removeCohortMember: [
      'mutation($c: ID!, $m: ID!) { removeCohortMember(cohortId: $c, memberId: $m) { id } }',
      { c: x.cohortId, m: x.candidateId },
    ],
  } as const;
}

describe('who manages a cohort: one rule everywhere', () => {
  let app: TestApp;
  let org: OrgWorld;
  let x: Parameters<typeof managerCalls>[0];
  let cohortY: string;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    org = await createOrgWorld(app.app, app.url, 'Rule College');
    const cohortId = (await org.admin.ok(CREATE_COHORT, { n: 'X' })).createCohort.id;
    cohortY = (await org.admin.ok(CREATE_COHORT, { n: 'Y' })).createCohort.id;
    await org.admin.ok(ADD, { c: cohortId, m: [org.ids.candidate, org.ids.otherCandidate], r: 'CANDIDATE' });
    await org.admin.ok(ADD, { c: cohortY, m: [org.ids.coach], r: 'COACH' });
    const { questionIds } = await questionBank(org.admin, 'teamwork', 1);
    const assignmentId = await assign(org.admin, { questionIds, mode: 'PRACTICE', cohortId });
    const realisticId = await assign(org.admin, { questionIds, mode: 'REALISTIC', cohortId });
    const sitting = await answerFirstQuestion(org.otherCandidate, assignmentId, 'I led the migration and cut costs by 20%.');
    await app.app.get(JobQueue).drain();
    const evaluationId = (await org.admin.ok('query($a: ID!) { answer(id: $a) { evaluation { id } } }', { a: sitting.answerId }))
      .answer.evaluation.id;
    const templateId = (await org.admin.ok('query($a: ID!) { assignment(id: $a) { template { id } } }', { a: assignmentId }))
      .assignment.template.id;
    x = {
      cohortId,
      candidateId: org.ids.otherCandidate,
      sessionId: sitting.sessionId,
      answerId: sitting.answerId,
      evaluationId,
      templateId,
      realisticId,
    };
    await org.admin.ok(ACCOMMODATION_SET, { m: org.ids.otherCandidate });
    await org.admin.ok(`mutation($m: ID!) { updateMemberRole(id: $m, role: COACH) { id } }`, { m: org.ids.candidate });
  });
  afterAll(() => app.stop());

  const refusals = async (client: GqlClient) => {
    const codes: Record<string, string | undefined> = {};
    for (const [name, [query, vars]] of Object.entries(managerCalls(x))) {
      codes[name] = (await client.request(query, vars)).errors?.[0].extensions?.code;
    }
    return codes;
  };
  const everywhereNotFound = () => Object.fromEntries(Object.keys(managerCalls(x)).map((name) => [name, 'NOT_FOUND']));

  it('answers a coach of another cohort NOT_FOUND for X and its candidates, and lets them in once the candidate joins theirs', async () => {
    expect(await refusals(org.coach)).toEqual(everywhereNotFound());
    expect((await org.coach.ok('{ cohorts { nodes { id } } }')).cohorts.nodes).toEqual([{ id: cohortY }]);
    expect((await org.coach.ok(ACCOMMODATION, { m: x.candidateId })).member.accommodation).toBeNull();

    await org.admin.ok(ADD, { c: cohortY, m: [x.candidateId], r: 'CANDIDATE' });
    const codes = await refusals(org.coach);
    // Still not X itself, but now its candidate: they are in Y too.
    expect(codes).toEqual({
      ...everywhereNotFound(),
      assignToCandidate: undefined,
      session: undefined,
      answer: undefined,
      reviewEvaluation: undefined,
      grantRetake: undefined,
      setAccommodation: undefined,
      clearAccommodation: undefined,
    });
    // Cleared by the last call.
    expect((await org.coach.ok(ACCOMMODATION, { m: x.candidateId })).member.accommodation).toBeNull();
    await org.admin.ok(ACCOMMODATION_SET, { m: x.candidateId });
    expect((await org.coach.ok(ACCOMMODATION, { m: x.candidateId })).member.accommodation).toEqual({ extraRetakes: 2 });
  });

  it('gives a candidate promoted to coach nothing of the cohort they were a candidate in', async () => {
    const promoted = org.candidate;
    expect(await refusals(promoted)).toEqual(everywhereNotFound());
    expect((await promoted.ok('{ cohorts { totalCount } }')).cohorts.totalCount).toBe(0);
    const seen = await promoted.ok('query($m: ID!) { sessions(options: { filter: { candidateId: $m } }) { totalCount } }', {
      m: x.candidateId,
    });
    expect(seen.sessions.totalCount).toBe(0);
    expect((await org.admin.ok('query($c: ID!) { cohort(id: $c) { name } }', { c: x.cohortId })).cohort.name).toBe('X');

    // Made a coach of X, they manage it (the last test: this renames X and removes its candidate).
    await org.admin.ok(`mutation($c: ID!, $m: ID!) { removeCohortMember(cohortId: $c, memberId: $m) { id } }`, {
      c: x.cohortId,
      m: org.ids.candidate,
    });
    await org.admin.ok(ADD, { c: x.cohortId, m: [org.ids.candidate], r: 'COACH' });
    expect(Object.values(await refusals(promoted)).filter(Boolean)).toEqual([]);
  });
});
