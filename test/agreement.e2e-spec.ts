import { JobQueue } from '../apps/api/src/queue/job-queue';
import { countQueries } from './support/query-counter';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { answerFirstQuestion, assign, questionBank } from './support/sittings';
import { createOrgWorld, OrgWorld } from './support/world';

const AGREEMENT = `query($f: AgreementFilter) { aiAgreement(filter: $f) { cohortId from to
  overall { source count exactAgreement withinOneAgreement meanDifference quadraticWeightedKappa reviews answers }
  criteria { source criterionKey criterionName count exactAgreement withinOneAgreement meanDifference quadraticWeightedKappa } } }`;
const REVIEW = `mutation($e: ID!, $o: [CriterionOverrideInput!]!) { reviewEvaluation(evaluationId: $e, input: { overrides: $o }) { id } }`;

const criteria = (clarity: number, impact: number) => [
  { key: 'clarity', name: 'Clarity', weight: 1, score: clarity, rationale: '', evidence: null, evidenceRejected: false },
  { key: 'impact', name: 'Impact', weight: 1, score: impact, rationale: '', evidence: null, evidenceRejected: false },
];

type Overrides = { key: string; score: number }[];

describe('AI-vs-coach agreement', () => {
  let app: TestApp;
  let a: OrgWorld;
  let b: OrgWorld;
  let cohorts: { mine: string; other: string };
  const sql = (text: string, params: unknown[] = []) => app.dataSource.query(text, params);

  /** A scored answer of `candidate` whose evaluation is then given this source and these criterion scores. */
  async function evaluation(
    staff: GqlClient,
    candidate: GqlClient,
    candidateId: string,
    source: string,
    scores: [number, number],
  ) {
    const bank = await questionBank(staff, 'agreement', 1, { name: `set ${source} ${scores.join('-')} ${candidateId}` });
    const assignmentId = await assign(staff, { questionIds: bank.questionIds, mode: 'PRACTICE', candidateIds: [candidateId] });
    const { answerId } = await answerFirstQuestion(candidate, assignmentId, 'I led the migration and cut costs by 20%.');
    await app.app.get(JobQueue).drain();
    const [rows] = await sql(`UPDATE evaluations SET source = $2, criteria = $3 WHERE answer_id = $1 RETURNING id`, [
      answerId,
      source,
      JSON.stringify(criteria(...scores)),
    ]);
    return rows[0].id as string;
  }

  /** A review through the API, then dated (with the agreement pairs written with it). */
  async function review(reviewer: GqlClient, evaluationId: string, overrides: Overrides, at: string) {
    const id = (await reviewer.ok(REVIEW, { e: evaluationId, o: overrides })).reviewEvaluation.id;
    await sql('UPDATE evaluation_reviews SET created_at = $2 WHERE id = $1', [id, at]);
    await sql('UPDATE agreement_pairs SET reviewed_at = $2 WHERE review_id = $1', [id, at]);
  }

  // Many sittings through the API: more time than one test on a busy machine.
  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    [a, b] = [await createOrgWorld(app.app, app.url, 'Org A'), await createOrgWorld(app.app, app.url, 'Org B')];
    const created = await a.admin.ok(`mutation { mine: createCohort(input: { name: "Coached" }) { id }
      other: createCohort(input: { name: "Not coached" }) { id } }`);
    cohorts = { mine: created.mine.id, other: created.other.id };
    const members = `mutation($c: ID!, $m: [ID!]!, $r: CohortRole!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: $r }) { id } }`;
    await a.admin.ok(members, { c: cohorts.mine, m: [a.ids.candidate], r: 'CANDIDATE' });
    await a.admin.ok(members, { c: cohorts.mine, m: [a.ids.coach], r: 'COACH' });
    await a.admin.ok(members, { c: cohorts.other, m: [a.ids.otherCandidate], r: 'CANDIDATE' });

    // The coached candidate: e1 (analyzer) reviewed three times, e2 (analyzer fallback), e3 (LLM) accepted as is.
    const e1 = await evaluation(a.admin, a.candidate, a.ids.candidate, 'ANALYZER', [3, 2]);
    const e2 = await evaluation(a.admin, a.candidate, a.ids.candidate, 'ANALYZER_FALLBACK', [5, 4]);
    const e3 = await evaluation(a.admin, a.candidate, a.ids.candidate, 'LLM', [4, 4]);
    // The other cohort's candidate: e4 (LLM).
    const e4 = await evaluation(a.admin, a.otherCandidate, a.ids.otherCandidate, 'LLM', [2, 5]);
    await review(a.admin, e1, [{ key: 'clarity', score: 1 }], '2026-01-15T00:00:00Z'); // r0, before June
    await review(a.coach, e1, [{ key: 'clarity', score: 4 }], '2026-06-02T00:00:00Z'); // r1
    await review(
      a.admin,
      e1,
      [
        { key: 'impact', score: 4 },
        { key: 'clarity', score: 3 },
      ],
      '2026-06-03T00:00:00Z',
    ); // r2
    await review(a.coach, e2, [{ key: 'clarity', score: 3 }], '2026-06-04T00:00:00Z'); // r3
    await review(a.coach, e3, [], '2026-06-05T00:00:00Z'); // r4: accepts the AI's scores
    await review(
      a.admin,
      e4,
      [
        { key: 'clarity', score: 1 },
        { key: 'impact', score: 3 },
      ],
      '2026-06-06T00:00:00Z',
    ); // r5

    // Organization B has a review too, with scores A's figures would show.
    const eb = await evaluation(b.admin, b.candidate, b.ids.candidate, 'LLM', [1, 1]);
    await review(b.admin, eb, [{ key: 'clarity', score: 5 }], '2026-06-02T00:00:00Z');
  }, 180_000);
  afterAll(() => app.stop());

  it('gives an admin every review of the organization, per source and criterion, computed by hand', async () => {
    const report = (await a.admin.ok(AGREEMENT)).aiAgreement;
    expect(report).toMatchObject({ cohortId: null, from: null, to: null });
    // ANALYZER (the fallback counts as analyzer), pairs (AI, coach):
    //   clarity (3,1) (3,4) (3,3) (5,3): exact 1/4, within one 2/4, mean (2-1+0+2)/4 = 0.75,
    //     kappa 1 - 9/10 = 0.1 (observed sum of squared gaps 9; expected 40/4).
    //   impact (2,2) (2,2) (2,4) (4,4): exact 3/4, within one 3/4, mean -0.5, kappa 1 - 4/8 = 0.5.
    //   all eight: exact 4/8, within one 5/8, mean 1/8, kappa 1 - 13/17 = 4/17 (expected 136/8).
    // LLM: clarity (4,4) (2,1): kappa 1 - 1/7; impact (4,4) (5,3): kappa 1 - 4/3; all four: kappa 1 - 5/13.
    expect(report.overall).toEqual([
      {
        source: 'ANALYZER',
        count: 8,
        exactAgreement: 0.5,
        withinOneAgreement: 0.625,
        meanDifference: 0.125,
        quadraticWeightedKappa: expect.closeTo(4 / 17, 10),
        reviews: 4,
        answers: 2,
      },
      {
        source: 'LLM',
        count: 4,
        exactAgreement: 0.5,
        withinOneAgreement: 0.75,
        meanDifference: 0.75,
        quadraticWeightedKappa: expect.closeTo(8 / 13, 10),
        reviews: 2,
        answers: 2,
      },
    ]);
    const figures = (source: string, key: string) =>
      report.criteria.find((c: { source: string; criterionKey: string }) => c.source === source && c.criterionKey === key);
    expect(report.criteria).toHaveLength(4);
    expect(figures('ANALYZER', 'clarity')).toEqual({
      source: 'ANALYZER',
      criterionKey: 'clarity',
      criterionName: 'Clarity',
      count: 4,
      exactAgreement: 0.25,
      withinOneAgreement: 0.5,
      meanDifference: 0.75,
      quadraticWeightedKappa: expect.closeTo(0.1, 10),
    });
    expect(figures('ANALYZER', 'impact')).toMatchObject({
      count: 4,
      exactAgreement: 0.75,
      withinOneAgreement: 0.75,
      meanDifference: -0.5,
    });
    expect(figures('ANALYZER', 'impact').quadraticWeightedKappa).toBeCloseTo(0.5, 10);
    expect(figures('LLM', 'clarity')).toMatchObject({
      count: 2,
      exactAgreement: 0.5,
      withinOneAgreement: 1,
      meanDifference: 0.5,
    });
    expect(figures('LLM', 'clarity').quadraticWeightedKappa).toBeCloseTo(6 / 7, 10);
    expect(figures('LLM', 'impact')).toMatchObject({ count: 2, exactAgreement: 0.5, withinOneAgreement: 0.5, meanDifference: 1 });
    expect(figures('LLM', 'impact').quadraticWeightedKappa).toBeCloseTo(-1 / 3, 10);
  });

  it('filters by the period the reviews were written in', async () => {
    const report = (await a.admin.ok(AGREEMENT, { f: { from: '2026-06-01T00:00:00Z', to: '2026-06-05T00:00:00Z' } })).aiAgreement;
    // r1, r2, r3 (analyzer) only: clarity (3,4) (3,3) (5,3), impact (2,2) (2,4) (4,4).
    expect(report.overall).toEqual([
      expect.objectContaining({ source: 'ANALYZER', count: 6, exactAgreement: 0.5, reviews: 3, answers: 2 }),
    ]);
    const reversed = await a.admin.request(AGREEMENT, { f: { from: '2026-06-05T00:00:00Z', to: '2026-06-01T00:00:00Z' } });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERIOD_REVERSED' });
  });

  it('limits a coach to the cohorts they coach, and a cohort filter to its candidates', async () => {
    const coached = (await a.coach.ok(AGREEMENT)).aiAgreement;
    expect(coached.overall).toEqual([
      expect.objectContaining({ source: 'ANALYZER', count: 8, reviews: 4 }),
      // Only r4, which accepted every score: full agreement, and kappa undefined (one category only).
      {
        source: 'LLM',
        count: 2,
        exactAgreement: 1,
        withinOneAgreement: 1,
        meanDifference: 0,
        quadraticWeightedKappa: null,
        reviews: 1,
        answers: 1,
      },
    ]);
    expect((await a.coach.ok(AGREEMENT, { f: { cohortId: cohorts.mine } })).aiAgreement.overall).toEqual(coached.overall);
    const other = await a.coach.request(AGREEMENT, { f: { cohortId: cohorts.other } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'COHORT_NOT_FOUND' });

    const otherCohort = (await a.admin.ok(AGREEMENT, { f: { cohortId: cohorts.other } })).aiAgreement;
    expect(otherCohort).toMatchObject({ cohortId: cohorts.other });
    expect(otherCohort.overall).toEqual([expect.objectContaining({ source: 'LLM', count: 2, exactAgreement: 0, reviews: 1 })]);
  });

  it("shows another organization nothing of A's, refuses A's cohort id there and refuses candidates", async () => {
    const own = (await b.admin.ok(AGREEMENT)).aiAgreement;
    expect(own.overall).toEqual([
      expect.objectContaining({ source: 'LLM', count: 2, exactAgreement: 0.5, reviews: 1, answers: 1 }),
    ]);
    const foreign = await b.admin.request(AGREEMENT, { f: { cohortId: cohorts.mine } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'COHORT_NOT_FOUND' });
    expect(await a.candidate.errorCode(AGREEMENT)).toBe('FORBIDDEN');
  });

  it('runs one statement for the figures, over the pairs written with the reviews, whatever their number', async () => {
    const many = await countQueries(app.dataSource, () => a.admin.ok(AGREEMENT));
    const one = await countQueries(app.dataSource, () => b.admin.ok(AGREEMENT));
    expect(many.count).toBe(one.count);
    expect(many.queries.filter((q) => q.includes('agreement_pairs'))).toHaveLength(1);
    expect(many.queries.filter((q) => q.includes('evaluations'))).toHaveLength(0);
  });
});
