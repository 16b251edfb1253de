import { JobQueue } from '../apps/api/src/queue/job-queue';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { FakeLlm } from './support/fake-llm';
import { answerFirstQuestion, demoPracticeAssignment } from './support/sittings';

const ANSWER = `query($id: ID!) { answer(id: $id) { status evaluation { source model overallScore
  criteria { key score rationale } } } }`;
const USAGE = `{ llmUsage { model calls } }`;

// 60 words: the fake model gives 1 + one point per 25 words = 3 on every criterion; "generous" gives 4.
const answer = (topic: string) =>
  `When our ${topic} started timing out, I traced the slow requests to a missing index on the orders table, ` +
  `added it in a migration that ran without locking, and wrote a dashboard so the team could watch the p95. ` +
  `Within a week the timeouts were gone and the p95 dropped from two seconds to 250 milliseconds for every region we served.`;

/** OPENAI_MODEL with several models: each judges every answer, a criterion's score is the median of theirs. */
describe('the LLM judge as a panel of models', () => {
  let app: TestApp;
  let llm: FakeLlm;
  let candidate: GqlClient;
  let admin: GqlClient;
  let assignmentId: string;

  beforeAll(async () => {
    llm = await FakeLlm.start();
    app = await startTestApp({
      JOBS_IN_API: 'true',
      OPENAI_BASE_URL: llm.url,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_MODEL: 'judge-a, judge-b,judge-c, judge-a',
    });
    candidate = await new GqlClient(app.url).signIn('candidate1@demo.test');
    admin = await new GqlClient(app.url).signIn('admin@demo.test');
    assignmentId = await demoPracticeAssignment(admin, candidate);
  });
  afterAll(async () => {
    await app.stop();
    await llm.stop();
  });
  beforeEach(() => llm.reset());

  async function evaluationOf(text: string) {
    const { answerId } = await answerFirstQuestion(candidate, assignmentId, text);
    await app.app.get(JobQueue).drain();
    return (await candidate.ok(ANSWER, { id: answerId })).answer.evaluation;
  }

  it('asks every model once and keeps the median score, with the words of a model that gave it', async () => {
    llm.byModel = { 'judge-b': 'generous' };
    const evaluation = await evaluationOf(answer('checkout'));
    expect(llm.requests.map((r) => r.model).sort()).toEqual(['judge-a', 'judge-b', 'judge-c']);
    expect(evaluation).toMatchObject({ source: 'LLM', model: 'judge-a + judge-b + judge-c', overallScore: 50 });
    for (const criterion of evaluation.criteria)
      expect(criterion).toMatchObject({ score: 3, rationale: expect.stringMatching(/scored 3/) });
    expect((await admin.ok(USAGE)).llmUsage).toEqual(
      expect.arrayContaining(['judge-a', 'judge-b', 'judge-c'].map((model) => ({ model, calls: 1 }))),
    );
  });

  it('outvotes one model that is kinder than the others', async () => {
    llm.byModel = { 'judge-a': 'generous', 'judge-c': 'generous' };
    expect((await evaluationOf(answer('search'))).overallScore).toBe(75);
    llm.reset();
    llm.byModel = { 'judge-c': 'generous' };
    expect((await evaluationOf(answer('billing'))).overallScore).toBe(50);
  });

  it('retries a model that fails, then judges with the models that answered', async () => {
    llm.byModel = { 'judge-b': 'generous', 'judge-c': 'http-500' };
    const evaluation = await evaluationOf(answer('reporting'));
    // judge-a and judge-b answer on the first try and come from the cache after; judge-c fails all three.
    expect(llm.requests.map((r) => r.model).sort()).toEqual(['judge-a', 'judge-b', 'judge-c', 'judge-c', 'judge-c']);
    // The lower of the two middle scores: 3 (judge-a) rather than 4 (judge-b).
    expect(evaluation).toMatchObject({ source: 'LLM', model: 'judge-a + judge-b', overallScore: 50 });
  });
});
