import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld } from './support/world';
import { FakeLlm } from './support/fake-llm';
import { answerFirstQuestion, demoPracticeAssignment, draftFirstQuestion } from './support/sittings';
import { AnswerScored, socketClient, subscribe } from './support/subscriptions';
import { MAX_SUBSCRIPTIONS_PER_SOCKET, MAX_WS_MESSAGE_BYTES } from '../apps/api/src/graphql/subscription-server';

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

  it('refuses strangers and anything but subscriptions', async () => {
    const answerId = await submit(`${TEXT} Releases became boring, which is the point.`);
    const codes = async (client: GqlClient | undefined, query = SCORED) =>
      (await subscribe(app.url, client, query, { id: answerId })).flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code);
    const stranger = await createOrgWorld(app.app, app.url, 'Live Outsiders');
    const classmate = await new GqlClient(app.url).signIn('candidate2@demo.test');
    expect(await codes(stranger.candidate)).toEqual(['NOT_FOUND']);
    expect(await codes(classmate)).toEqual(['NOT_FOUND']);
    await expect(codes(candidate, 'query($id: ID!) { answer(id: $id) { id } }')).rejects.toEqual(
      expect.arrayContaining([
        expect.objectContaining({ extensions: expect.objectContaining({ reason: 'SUBSCRIPTIONS_ONLY' }) }),
      ]),
    );
  });

  it('closes a socket without a valid token before any subscription: 4401 without one, 4403 with a bad one', async () => {
    const answerId = await submit(`${TEXT} Nobody was paged at night any more.`);
    await expect(subscribe(app.url, undefined, SCORED, { id: answerId })).rejects.toMatchObject({ code: 4401 });
    await expect(subscribe(app.url, new GqlClient(app.url, 'garbage'), SCORED, { id: answerId })).rejects.toMatchObject({
      code: 4403,
    });
  });

  it('closes a socket that sends a message over the size limit', async () => {
    const padding = 'x'.repeat(MAX_WS_MESSAGE_BYTES);
    await expect(subscribe(app.url, candidate, SCORED, { id: assignmentId, padding })).rejects.toMatchObject({ code: 1009 });
  });

  it(`refuses more than ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions at once on one socket, which stays usable`, async () => {
    const scoredId = await submit(`${TEXT} The on-call rotation shrank to one person.`);
    await subscribe(app.url, candidate, SCORED, { id: scoredId }); // scored now
    const draftId = await draftFirstQuestion(candidate, assignmentId, 'I would start by');
    let connections = 0;
    const ws = socketClient(app.url, candidate, { on: { connected: () => connections++ } });
    try {
      // Drafts are never scored: these wait.
      const waiting = Array.from({ length: MAX_SUBSCRIPTIONS_PER_SOCKET }, () =>
        ws.subscribe(
          { query: SCORED, variables: { id: draftId } },
          { next: () => undefined, error: () => undefined, complete: () => undefined },
        ),
      );
      const once = async (id: string) => {
        const results: AnswerScored[] = [];
        for await (const result of ws.iterate({ query: SCORED, variables: { id } })) results.push(result as AnswerScored);
        return results;
      };
      await expect(once(scoredId)).rejects.toEqual([
        expect.objectContaining({ extensions: { code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_SUBSCRIPTIONS' } }),
      ]);
      waiting[0]();
      const [result] = await once(scoredId);
      expect(result.data!.answerScored.status).toBe('SCORED');
      expect(connections).toBe(1);
    } finally {
      await ws.dispose();
    }
  });
});

describe('a subscription that waits too long', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ SUBSCRIPTION_TIMEOUT_SECONDS: '1' });
  });
  afterAll(() => app.stop());

  it('ends with an error that says to poll answer(id)', async () => {
    const candidate = await new GqlClient(app.url).signIn('candidate1@demo.test');
    const assignmentId = (await candidate.ok('{ assignments { nodes { id } } }')).assignments.nodes[0].id;
    const draftId = await draftFirstQuestion(candidate, assignmentId, 'Let me think about');
    const started = Date.now();
    const results = await subscribe(app.url, candidate, SCORED, { id: draftId });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(results).toHaveLength(1);
    expect(results[0].errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/poll answer\(id\)/),
        extensions: { code: 'CONFLICT', reason: 'NOT_SCORED_YET' },
      }),
    ]);
    expect(await candidate.ok('query($id: ID!) { answer(id: $id) { status } }', { id: draftId })).toEqual({
      answer: { status: 'DRAFT' },
    });
  });
});
