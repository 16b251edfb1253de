import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld } from './support/world';
import { FakeLlm } from './support/fake-llm';
import { answerFirstQuestion, demoPracticeAssignment } from './support/sittings';
import { subscribe } from './support/subscriptions';

const SCORED = `subscription($id: ID!) { answerScored(answerId: $id) { id status evaluation { source overallScore } } }`;
const TEXT =
  'I owned our flaky deploy pipeline: I split the slowest stage into parallel jobs and cached dependencies, ' +
  'so deploys went from 40 minutes to 12 and failed builds dropped by half.';

describe('feedback arrives without reloading (graphql-ws subscription)', () => {
  let app: TestApp;
  let llm: FakeLlm;
  let candidate: GqlClient;
  let assignmentId: string;

  beforeAll(async () => {
    llm = await FakeLlm.start();
    app = await startTestApp({ JOBS_IN_API: 'true', OPENAI_BASE_URL: llm.url, OPENAI_TIMEOUT_MS: '500' });
    candidate = await new GqlClient(app.url).signIn('candidate1@demo.test');
    assignmentId = await demoPracticeAssignment(await new GqlClient(app.url).signIn('coach@demo.test'), candidate);
  });
  afterAll(async () => {
    await app.stop();
    await llm.stop();
  });

  async function submit(text: string): Promise<string> {
    return (await answerFirstQuestion(candidate, assignmentId, text)).answerId;
  }

  it('pushes the evaluation when scoring finishes, then ends the stream', async () => {
    llm.next('hang'); // the first try times out: scoring ends about a second later
    const answerId = await submit(TEXT);
    const started = Date.now();
    const results = await subscribe(app.url, candidate, SCORED, { id: answerId });
    expect(Date.now() - started).toBeGreaterThan(300);
    expect(results).toHaveLength(1);
    expect(results[0].errors).toBeUndefined();
    expect(results[0].data!.answerScored).toMatchObject({ id: answerId, status: 'SCORED', evaluation: { source: 'LLM' } });
  });

  it('answers at once when the answer is already scored', async () => {
    const answerId = await submit(`${TEXT} It also freed an hour a day for the team.`);
    await subscribe(app.url, candidate, SCORED, { id: answerId });
    const [again] = await subscribe(app.url, candidate, SCORED, { id: answerId });
    expect(again.data!.answerScored.status).toBe('SCORED');
  });

  it('refuses strangers, anonymous callers and anything but subscriptions', async () => {
    const answerId = await submit(`${TEXT} Releases became boring, which is the point.`);
    const codes = async (client: GqlClient | undefined, query = SCORED) =>
      (await subscribe(app.url, client, query, { id: answerId })).flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code);
    const stranger = await createOrgWorld(app.app, app.url, 'Live Outsiders');
    const classmate = await new GqlClient(app.url).signIn('candidate2@demo.test');
    expect(await codes(stranger.candidate)).toEqual(['NOT_FOUND']);
    expect(await codes(classmate)).toEqual(['NOT_FOUND']);
    expect(await codes(undefined)).toEqual(['UNAUTHENTICATED']);
    await expect(codes(candidate, 'query($id: ID!) { answer(id: $id) { id } }')).rejects.toEqual(
      expect.arrayContaining([
        expect.objectContaining({ extensions: expect.objectContaining({ reason: 'SUBSCRIPTIONS_ONLY' }) }),
      ]),
    );
  });
});
