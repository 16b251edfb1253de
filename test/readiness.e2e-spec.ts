import { JobQueue } from '../apps/api/src/queue/job-queue';
import { Db } from '../apps/api/src/database/db.service';
import { ReadinessService } from '../apps/api/src/readiness/readiness.service';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld, OrgWorld } from './support/world';
import { answerFirstQuestion, assign, questionBank, storyAnswer } from './support/sittings';

const CREATE_COHORT = `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id requiredCompetencies } }`;
const UPDATE_COHORT = `mutation($id: ID!, $i: UpdateCohortInput!) { updateCohort(id: $id, input: $i) { id } }`;
const ADD = `mutation($c: ID!, $m: [ID!]!) { addCohortMembers(cohortId: $c, input: { memberIds: $m }) { id } }`;
const REMOVE = `mutation($c: ID!, $m: ID!) { removeCohortMember(cohortId: $c, memberId: $m) { id } }`;
const COMPLETE = `mutation($s: ID!) { completeSession(id: $s) { id } }`;
const EVALUATION = `query($a: ID!) { answer(id: $a) { evaluation { id criteria { key } } } }`;
const REVIEW = `mutation($e: ID!, $i: ReviewEvaluationInput!) { reviewEvaluation(evaluationId: $e, input: $i) { overallScore } }`;
const READINESS = `query($m: ID!, $c: ID) { candidateReadiness(membershipId: $m, cohortId: $c) {
  cohortId membershipId score level trend evaluationCount openActionItems member { id }
  components { key weight value points explanation }
  competencies { competency name required score evaluations first latest evidence { evaluationId score at weight } } } }`;
const DASHBOARD = `query($c: ID!, $o: StandingListOptions) { cohortReadiness(cohortId: $c) {
  candidates averageScore atTarget distribution { level count }
  competencies { competency name required averageScore candidatesEvaluated candidatesNotPractised firstAverage latestAverage }
  weeklyTrend(weeks: 6) { weekStart averageScore answers activeCandidates }
  completion { rate due completedOfDue assignments { title assigned completed inProgress overdue } }
  standings(options: $o) { totalCount nodes { name openActionItems readiness { membershipId score level } reasons { code } } }
  atRisk { totalCount nodes { name readiness { membershipId } reasons { code detail } } } } }`;

describe('readiness', () => {
  let app: TestApp;
  let org: OrgWorld;
  let other: OrgWorld;
  let cohortId: string;
  let otherCohortId: string;
  let review: number;
  const drain = () => app.app.get(JobQueue).drain();
  const sql = (text: string, params: unknown[] = []) => app.app.get(Db).dataSource.query(text, params);
  const download = (path: string, client: GqlClient) =>
    fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${client.token}` } });

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    org = await createOrgWorld(app.app, app.url, 'Readiness U');
    other = await createOrgWorld(app.app, app.url, 'Elsewhere U');

    // The coach's cohort requires two competencies, written as people write them.
    const cohort = (
      await org.coach.ok(CREATE_COHORT, { i: { name: 'Fall', requiredCompetencies: [' Leadership', 'sql', 'SQL '] } })
    ).createCohort;
    expect(cohort.requiredCompetencies).toEqual(['Leadership', 'sql']);
    cohortId = cohort.id;
    await org.coach.ok(ADD, { c: cohortId, m: [org.ids.candidate, org.ids.otherCandidate] });
    otherCohortId = (await org.admin.ok(CREATE_COHORT, { i: { name: 'Spring' } })).createCohort.id;

    const leadership = await questionBank(org.admin, 'leadership', 1);
    const sqlBank = await questionBank(org.admin, 'SQL ', 1);
    // Practised by nobody, so recommended practice never draws it.
    await questionBank(org.admin, 'teamwork', 2);
    const realistic = await assign(org.coach, { questionIds: leadership.questionIds, mode: 'REALISTIC', cohortId });
    const practice = await assign(org.coach, {
      questionIds: sqlBank.questionIds,
      mode: 'PRACTICE',
      candidateIds: [org.ids.candidate],
    });
    await drain();
    // The due date passed a day ago, after readiness was computed: nothing changed in the database, the
    // periodic sweep sees it.
    await sql(`UPDATE assignments SET due_at = now() - interval '1 day' WHERE id = $1`, [realistic]);
    await sql(`UPDATE candidate_readiness SET computed_at = now() - interval '2 days'`);
    await app.app.get(ReadinessService).sweep();

    // The realistic sitting's score counts once it is completed; its evaluation is dated 30 days back.
    const first = await answerFirstQuestion(org.candidate, realistic, storyAnswer('leadership'));
    await drain();
    expect((await org.candidate.ok(READINESS, { m: org.ids.candidate })).candidateReadiness[0].evaluationCount).toBe(0);
    await org.candidate.ok(COMPLETE, { s: first.sessionId });
    const second = await answerFirstQuestion(org.candidate, practice, storyAnswer('database'));
    await drain();
    const evaluation = (await org.coach.ok(EVALUATION, { a: first.answerId })).answer.evaluation;
    await sql(`UPDATE evaluations SET overall_score = 40, created_at = now() - interval '30 days' WHERE answer_id = $1`, [
      first.answerId,
    ]);
    await sql(`UPDATE evaluations SET overall_score = 90 WHERE answer_id = $1`, [second.answerId]);
    // The coach's review wins over the AI's 40.
    review = (
      await org.coach.ok(REVIEW, {
        e: evaluation.id,
        i: {
          overrides: evaluation.criteria.map((c: { key: string }) => ({ key: c.key, score: 4 })),
          actionItems: ['Name the result in numbers'],
        },
      })
    ).reviewEvaluation.overallScore;
    await drain();
  });
  afterAll(() => app.stop());

  it("explains a candidate's readiness from the counted scores, coverage, completion and trend", async () => {
    expect(review).toBe(75);
    const [mine] = (await org.candidate.ok(READINESS, { m: org.ids.candidate })).candidateReadiness;
    // Leadership 75 (the review), SQL 90: competencies (75 + 90) / 2 = 82.5; both required covered (100);
    // the one due assignment completed (100); trend 90 - 75 = +15, so 50 + 2.5 x 15 = 87.5.
    // 0.6 x 82.5 + 0.15 x 100 + 0.15 x 100 + 0.1 x 87.5 = 88.25.
    expect(mine).toMatchObject({ cohortId, membershipId: org.ids.candidate, score: 88, level: 'INTERVIEW_READY', trend: 15 });
    expect(mine.evaluationCount).toBe(2);
    expect(mine.member).toEqual({ id: org.ids.candidate });
    expect(mine.components.map((c: { key: string; value: number; points: number }) => [c.key, c.value, c.points])).toEqual([
      ['COMPETENCIES', 82.5, 49.5],
      ['COVERAGE', 100, 15],
      ['COMPLETION', 100, 15],
      ['TREND', 87.5, 8.8],
    ]);
    const byName = Object.fromEntries(mine.competencies.map((c: { name: string }) => [c.name, c]));
    expect(byName.Leadership).toMatchObject({
      competency: 'leadership',
      required: true,
      score: 75,
      evaluations: 1,
      first: 75,
      latest: 75,
    });
    expect(byName.Leadership.evidence).toEqual([
      { evaluationId: expect.any(String), score: 75, at: expect.any(String), weight: 1 },
    ]);
    expect(byName.sql).toMatchObject({ competency: 'sql', required: true, score: 90 });
  });

  it('draws the cohort dashboard: distribution, competencies, weekly trend, completion and who is at risk', async () => {
    const dashboard = (await org.coach.ok(DASHBOARD, { c: cohortId })).cohortReadiness;
    expect(dashboard).toMatchObject({ candidates: 2, atTarget: 1 });
    expect(dashboard.distribution).toEqual([
      { level: 'NOT_READY', count: 1 },
      { level: 'DEVELOPING', count: 0 },
      { level: 'READY', count: 0 },
      { level: 'INTERVIEW_READY', count: 1 },
    ]);
    expect(dashboard.competencies).toEqual([
      expect.objectContaining({
        competency: 'leadership',
        averageScore: 75,
        candidatesEvaluated: 1,
        candidatesNotPractised: 1,
        firstAverage: 75,
      }),
      expect.objectContaining({
        competency: 'sql',
        averageScore: 90,
        candidatesEvaluated: 1,
        candidatesNotPractised: 1,
        latestAverage: 90,
      }),
    ]);
    const weeks = dashboard.weeklyTrend;
    expect(weeks).toHaveLength(6);
    expect(weeks.reduce((sum: number, w: { answers: number }) => sum + w.answers, 0)).toBe(2);
    expect(weeks[5]).toMatchObject({ averageScore: 90, answers: 1, activeCandidates: 1 });
    expect(dashboard.completion).toEqual({
      rate: 0.5,
      due: 2,
      completedOfDue: 1,
      assignments: [
        { title: 'realistic of 1', assigned: 2, completed: 1, inProgress: 0, overdue: 1 },
        { title: 'practice of 1', assigned: 1, completed: 0, inProgress: 1, overdue: 0 },
      ],
    });
    // Lowest readiness first.
    expect(dashboard.standings.nodes.map((s: { readiness: { membershipId: string } }) => s.readiness.membershipId)).toEqual([
      org.ids.otherCandidate,
      org.ids.candidate,
    ]);
    expect(dashboard.standings.nodes[1].reasons).toEqual([]);
    expect(dashboard.standings.nodes[1].openActionItems).toBe(1);
    const readinessOf = async (m: string) => (await org.coach.ok(READINESS, { m, c: cohortId })).candidateReadiness[0];
    expect((await readinessOf(org.ids.candidate)).openActionItems).toBe(1);
    expect((await readinessOf(org.ids.otherCandidate)).openActionItems).toBe(0);
    expect(dashboard.atRisk.totalCount).toBe(1);
    const [atRisk] = dashboard.atRisk.nodes;
    expect(atRisk.readiness.membershipId).toBe(org.ids.otherCandidate);
    expect(atRisk.reasons.map((r: { code: string }) => r.code)).toEqual([
      'LOW_READINESS',
      'OVERDUE_ASSIGNMENTS',
      'REALISTIC_NOT_STARTED',
    ]);
    expect(atRisk.reasons[1].detail).toBe('1 assignment past due');

    // The matrix: a standing's readiness explains itself as candidateReadiness does (read only when asked).
    const matrix = (
      await org.coach.ok(
        `query($c: ID!) { cohortReadiness(cohortId: $c) { standings { nodes { readiness { membershipId
          components { key weight value points explanation }
          competencies { competency name required score evaluations first latest evidence { evaluationId score at weight } } } } } } }`,
        { c: cohortId },
      )
    ).cohortReadiness.standings.nodes;
    for (const { readiness } of matrix) {
      const [own] = (await org.coach.ok(READINESS, { m: readiness.membershipId, c: cohortId })).candidateReadiness;
      expect(readiness).toEqual({ membershipId: own.membershipId, components: own.components, competencies: own.competencies });
    }
    expect(matrix[1].readiness.competencies.length).toBeGreaterThan(0);

    const sorted = (await org.coach.ok(DASHBOARD, { c: cohortId, o: { sort: { field: 'SCORE', order: 'DESC' }, take: 1 } }))
      .cohortReadiness.standings;
    expect(sorted.totalCount).toBe(2);
    expect(sorted.nodes.map((s: { readiness: { membershipId: string } }) => s.readiness.membershipId)).toEqual([
      org.ids.candidate,
    ]);
  });

  it('says what to practise next, and recommended practice draws from it', async () => {
    const PLAN = `query($m: ID) { practiceNext(membershipId: $m) { focusShare focus { name score } strengths { name score } } }`;
    expect((await org.candidate.ok(PLAN)).practiceNext).toEqual({
      focusShare: 0.8,
      focus: [{ name: 'Leadership', score: 75 }],
      strengths: [{ name: 'sql', score: 90 }],
    });
    // Never practised, both required competencies come first.
    expect((await org.coach.ok(PLAN, { m: org.ids.otherCandidate })).practiceNext).toMatchObject({
      focus: [
        { name: 'Leadership', score: null },
        { name: 'sql', score: null },
      ],
      strengths: [],
    });
    expect(await org.otherCandidate.errorCode(PLAN, { m: org.ids.candidate })).toBe('NOT_FOUND');

    const START = `mutation { startPractice(input: { recommended: true, questionCount: 1 }) { id questions { prompt } } }`;
    for (let i = 0; i < 4; i++) {
      const [question] = (await org.candidate.ok(START)).startPractice.questions;
      expect(question.prompt).toMatch(/leadership|SQL/);
    }
  });

  it('marks inactive and falling candidates at risk', async () => {
    await sql(`UPDATE memberships SET joined_at = now() - interval '20 days' WHERE id = $1`, [org.ids.otherCandidate]);
    await sql(`UPDATE candidate_readiness SET trend = -6 WHERE membership_id = $1`, [org.ids.otherCandidate]);
    const [atRisk] = (await org.coach.ok(DASHBOARD, { c: cohortId })).cohortReadiness.atRisk.nodes;
    expect(atRisk.reasons.map((r: { code: string }) => r.code)).toEqual([
      'LOW_READINESS',
      'FALLING',
      'OVERDUE_ASSIGNMENTS',
      'INACTIVE',
      'REALISTIC_NOT_STARTED',
    ]);
    expect(atRisk.reasons[3].detail).toBe('No answer since joining 20 days ago');
  });

  it('exports the readiness as a spreadsheet-safe CSV', async () => {
    await sql(`UPDATE users SET name = '=HYPERLINK("http://evil.test")' WHERE email = 'othercandidate@readiness-u.test'`);
    const res = await download(`/exports/cohorts/${cohortId}/readiness.csv`, org.coach);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'name,email,level,readiness,trend,last activity,overdue assignments,open action items,at-risk reasons,Leadership,sql',
    );
    expect(lines).toHaveLength(3);
    // By name: the apostrophe keeps a spreadsheet from running the other candidate's "name".
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil.test""\)",othercandidate@readiness-u.test,NOT_READY,5,-6,/);
    expect(lines[2]).toMatch(/^candidate of Readiness U,candidate@readiness-u.test,INTERVIEW_READY,88,15,/);
    expect(lines[2]).toMatch(/,75,90$/);
  });

  it('follows the cohort: thresholds, leaving it, and the rebuild', async () => {
    const invalid = await org.coach.request(UPDATE_COHORT, { id: cohortId, i: { readyThreshold: 90 } });
    expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_THRESHOLDS' });
    await org.coach.ok(UPDATE_COHORT, { id: cohortId, i: { readyThreshold: 90, interviewReadyThreshold: 95 } });
    await drain();
    const [mine] = (await org.coach.ok(READINESS, { m: org.ids.candidate, c: cohortId })).candidateReadiness;
    expect(mine.level).toBe('DEVELOPING');

    await org.coach.ok(REMOVE, { c: cohortId, m: org.ids.otherCandidate });
    await drain();
    expect((await org.admin.ok(READINESS, { m: org.ids.otherCandidate })).candidateReadiness).toEqual([]);
    expect((await org.coach.ok(DASHBOARD, { c: cohortId })).cohortReadiness.candidates).toBe(1);

    await sql('DELETE FROM candidate_readiness');
    expect(await app.app.get(ReadinessService).rebuild()).toBeGreaterThanOrEqual(1);
    expect((await org.coach.ok(READINESS, { m: org.ids.candidate })).candidateReadiness[0].score).toBe(88);
  });

  it("uses the organization's weights and competency names", async () => {
    const UPDATE = `mutation($i: UpdateReadinessSettingsInput!) { updateReadinessSettings(input: $i) {
      weights { competencies coverage completion trend } competencies } }`;
    expect(await org.coach.errorCode(UPDATE, { i: { competencies: [] } })).toBe('FORBIDDEN');
    const input = { weights: { competencies: 2, coverage: 0, completion: 0, trend: 0 }, competencies: ['SQL'] };
    expect(await org.admin.errorCode(UPDATE, { i: { weights: { competencies: 0, coverage: 0, completion: 0, trend: 0 } } })).toBe(
      'BAD_USER_INPUT',
    );
    expect((await org.admin.ok(UPDATE, { i: input })).updateReadinessSettings).toEqual({
      weights: input.weights,
      competencies: ['SQL'],
    });
    await drain();
    const [mine] = (await org.coach.ok(READINESS, { m: org.ids.candidate, c: cohortId })).candidateReadiness;
    // Competencies alone: (75 + 90) / 2 = 82.5, rounded.
    expect(mine.score).toBe(83);
    expect(mine.competencies.map((c: { name: string }) => c.name).sort()).toEqual(['Leadership', 'SQL']);
    expect((await other.admin.ok('{ readinessSettings { competencies } }')).readinessSettings.competencies).toEqual([]);
  });

  it('shows nothing to another candidate, a coach of another cohort or another organization', async () => {
    const notFound = async (client: GqlClient, query: string, variables: Record<string, unknown>) =>
      expect(await client.errorCode(query, variables)).toBe('NOT_FOUND');
    await notFound(org.otherCandidate, READINESS, { m: org.ids.candidate });
    await notFound(other.admin, READINESS, { m: org.ids.candidate });
    await notFound(other.admin, DASHBOARD, { c: cohortId });
    await notFound(org.coach, DASHBOARD, { c: otherCohortId });
    expect(await org.candidate.errorCode(DASHBOARD, { c: cohortId })).toBe('FORBIDDEN');
    // A coach sees the candidate's readiness only in cohorts they coach.
    await org.admin.ok(ADD, { c: otherCohortId, m: [org.ids.candidate] });
    await drain();
    expect((await org.admin.ok(READINESS, { m: org.ids.candidate })).candidateReadiness).toHaveLength(2);
    expect((await org.coach.ok(READINESS, { m: org.ids.candidate })).candidateReadiness).toHaveLength(1);
    expect((await download(`/exports/cohorts/${cohortId}/readiness.csv`, other.admin)).status).toBe(404);
    expect((await download(`/exports/cohorts/${otherCohortId}/readiness.csv`, org.coach)).status).toBe(404);
    expect((await download(`/exports/cohorts/${cohortId}/readiness.csv`, org.candidate)).status).toBe(403);
  });
});
