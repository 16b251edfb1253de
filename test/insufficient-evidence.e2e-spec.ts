import { JobQueue } from '../apps/api/src/queue/job-queue';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { FakeLlm, judgeEnv } from './support/fake-llm';
import { answerFirstQuestion, demoPracticeAssignment } from './support/sittings';

const ANSWER = `query($id: ID!) { answer(id: $id) { status evaluation { id source status overallScore evidenceReason
  criteria { key } rubricCriteria { key } actionItems } } }`;
const PROGRESS = `{ candidateProgress { membershipId weeks { answers scoredAnswers overallScore criteria { key answers } } } }`;
const READINESS = `query($m: ID!) { candidateReadiness(membershipId: $m) { evaluationCount } }`;
const REVIEW = `mutation($e: ID!, $o: [CriterionOverrideInput!]!) { reviewEvaluation(evaluationId: $e, input: { overrides: $o }) { overallScore } }`;

const GOOD = `At my last internship the checkout service kept failing every Friday under load. I owned the investigation: I profiled the database calls, found an N+1 query in the cart endpoint and rewrote it as one join. As a result p95 latency fell from 2.1 seconds to 300 milliseconds.`;

describe('insufficient evidence: a score withheld, not invented', () => {
  let app: TestApp;
  let llm: FakeLlm;
  let candidate: GqlClient;
  let admin: GqlClient;
  let assignmentId: string;
  let membershipId: string;

  beforeAll(async () => {
    llm = await FakeLlm.start();
    app = await startTestApp({
      JOBS_IN_API: 'true',
      ...judgeEnv(llm),
    });
    candidate = await new GqlClient(app.url).signIn('candidate1@demo.test');
    admin = await new GqlClient(app.url).signIn('admin@demo.test');
    assignmentId = await demoPracticeAssignment(admin, candidate);
    membershipId = (await candidate.ok(PROGRESS)).candidateProgress.membershipId;
  });
  afterAll(async () => {
    await app.stop();
    await llm.stop();
  });

  let sessionId: string;
  async function submit(text: string): Promise<string> {
    const answer = await answerFirstQuestion(candidate, assignmentId, text);
    await app.app.get(JobQueue).drain();
    sessionId = answer.sessionId;
    return answer.answerId;
  }
  const awaiting = async (client: GqlClient) =>
    (await client.ok('query($s: ID!) { session(id: $s) { awaitingCoachScore } }', { s: sessionId })).session.awaitingCoachScore;
  const figures = async () => {
    const weeks = (await candidate.ok(PROGRESS)).candidateProgress.weeks as {
      answers: number;
      scoredAnswers: number;
      criteria: { key: string; answers: number }[];
    }[];
    const readiness = (await admin.ok(READINESS, { m: membershipId })).candidateReadiness as { evaluationCount: number }[];
    const criteria: Record<string, number> = {};
    for (const { key, answers } of weeks.flatMap((w) => w.criteria)) criteria[key] = (criteria[key] ?? 0) + answers;
    return {
      answers: weeks.reduce((n, w) => n + w.answers, 0),
      scored: weeks.reduce((n, w) => n + w.scoredAnswers, 0),
      readiness: readiness.map((r) => r.evaluationCount),
      criteria,
    };
  };

  it('stores the status, a null score and the reason, without asking the LLM, and leaves it out of readiness and progress', async () => {
    await submit(GOOD);
    expect(llm.requests).toHaveLength(1);
    const before = await figures();
    expect(before.scored).toBeGreaterThan(0);
    expect(before.readiness.length).toBeGreaterThan(0);

    const answerId = await submit('Um, not sure.');
    expect(llm.requests).toHaveLength(1);
    const { answer } = await candidate.ok(ANSWER, { id: answerId });
    expect(answer.status).toBe('SCORED');
    expect(answer.evaluation).toMatchObject({
      source: 'ANALYZER',
      status: 'INSUFFICIENT_EVIDENCE',
      overallScore: null,
      evidenceReason: expect.stringMatching(/^Your answer has 2 words of your own/),
      criteria: [],
    });
    expect(answer.evaluation.actionItems.length).toBeGreaterThan(0);

    const after = await figures();
    expect(after).toEqual({ ...before, answers: before.answers + 1 });
  });

  it("counts a coach's score for it, who must score every criterion", async () => {
    const answerId = await submit('Buckets, mostly.');
    const before = await figures();
    const { answer } = await admin.ok(ANSWER, { id: answerId });
    // What the coach scores: the criteria of the rubric version the answer was scored against.
    const keys = (answer.evaluation.rubricCriteria as { key: string }[]).map((c) => c.key);
    expect(keys.length).toBeGreaterThan(1);

    // The sitting shows staff an answer only a coach can score; the candidate's report says it per answer.
    expect(await awaiting(admin)).toBe(1);
    expect(await awaiting(candidate)).toBe(0);

    const partial = await admin.request(REVIEW, { e: answer.evaluation.id, o: [{ key: keys[0], score: 3 }] });
    expect(partial.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CRITERION_NOT_SCORED' });

    const { reviewEvaluation } = await admin.ok(REVIEW, { e: answer.evaluation.id, o: keys.map((key) => ({ key, score: 3 })) });
    expect(reviewEvaluation.overallScore).toBe(50);
    expect(await awaiting(admin)).toBe(0);
    await app.app.get(JobQueue).drain();
    const after = await figures();
    expect(after.scored).toBe(before.scored + 1);
    expect(after.readiness.every((n, i) => n === before.readiness[i] + 1)).toBe(true);
    // Each criterion's progress counts the coach's score too.
    expect(after.criteria).toEqual(Object.fromEntries(keys.map((key) => [key, (before.criteria[key] ?? 0) + 1])));
  });
});
