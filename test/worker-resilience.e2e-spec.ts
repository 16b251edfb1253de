import { createServer, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { answerFirstQuestion, demoPracticeAssignment } from './support/sittings';
import { buildApi, WorkerProcess } from './support/worker-process';
import { RedisServer } from './support/redis-server';

const STATUS = `query($id: ID!) { answer(id: $id) { status evaluation { source } } }`;

const ANSWER =
  'I owned the investigation of our failing checkout: I profiled the database calls, found an N+1 query and rewrote it ' +
  'as one join. As a result p95 latency fell from 2.1 seconds to 300 milliseconds.';

/** Only the production path has a separate worker and a Redis that can go away. */
const production = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

/** An OpenAI-compatible endpoint that takes the request and never answers: the job stays running. */
async function silentLlm() {
  const held: ServerResponse[] = [];
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) return void res.writeHead(404).end();
    held.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests: () => held.length,
    close: async () => {
      for (const res of held) res.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Polls until `probe` returns a value. */
async function eventually<T>(ms: number, what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

(production ? describe : describe.skip)('scoring survives a dying worker and a Redis restart', () => {
  let redis: RedisServer;
  let app: TestApp;
  let candidate: GqlClient;
  let assignmentId: string;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    await buildApi();
    // A private Redis: the restart test must not take the shared one away from other test files.
    redis = await RedisServer.start();
    // Without JOBS_IN_API the API only queues; the worker processes score.
    app = await startTestApp({ REDIS_URL: redis.url, SCORING_SWEEP_SECONDS: '1' });
    candidate = await new GqlClient(app.url).signIn('candidate1@demo.test');
    assignmentId = await demoPracticeAssignment(await new GqlClient(app.url).signIn('coach@demo.test'), candidate);
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  });
  afterAll(async () => {
    await app?.stop();
    await redis?.stop();
  });

  async function startWorker(env: Record<string, string> = {}): Promise<WorkerProcess> {
    const worker = await WorkerProcess.start({
      DATABASE_URL: app.config.databaseUrl!,
      REDIS_URL: app.config.redisUrl!,
      QUEUE_NAME: app.config.queueName,
      JWT_SECRET: app.config.jwtSecret!,
      SCORING_SWEEP_SECONDS: String(app.config.scoringSweepSeconds),
      ...env,
    });
    workers.push(worker);
    return worker;
  }

  /** A new sitting's first question, answered: the submit must be accepted. */
  async function submitAnswer(): Promise<string> {
    const answer = await answerFirstQuestion(candidate, assignmentId, ANSWER);
    expect(answer.status).toBe('SUBMITTED');
    return answer.answerId;
  }

  /** Polls over HTTP until every answer is scored; returns their evaluations' sources. */
  function scored(answerIds: string[], timeoutMs: number): Promise<string[]> {
    return eventually(timeoutMs, `${answerIds.length} answer(s) to be scored`, async () => {
      const answers = await Promise.all(answerIds.map(async (id) => (await candidate.ok(STATUS, { id })).answer));
      return answers.every((a) => a.status === 'SCORED') ? answers.map((a) => a.evaluation.source as string) : undefined;
    });
  }

  async function evaluationCounts(answerIds: string[]): Promise<number[]> {
    const rows: { answer_id: string; count: number }[] = await app.dataSource.query(
      'SELECT answer_id, COUNT(*)::int AS count FROM evaluations WHERE answer_id = ANY($1) GROUP BY answer_id',
      [answerIds],
    );
    return answerIds.map((id) => rows.find((r) => r.answer_id === id)?.count ?? 0);
  }

  async function outbox(): Promise<string[]> {
    return (await app.dataSource.query('SELECT answer_id FROM scoring_outbox')).map((r: { answer_id: string }) => r.answer_id);
  }

  it('scores an answer whose worker was killed mid-job, once, after another worker starts', async () => {
    const llm = await silentLlm();
    try {
      const doomed = await startWorker({ OPENAI_BASE_URL: llm.url });
      const answerId = await submitAnswer();
      await eventually(15_000, 'the worker to call the LLM judge', async () => llm.requests() || undefined);
      await doomed.kill();

      // BullMQ hands the job to the new worker once the dead one's lock expires. No LLM this time: the
      // offline analyzer scores it.
      await startWorker();
      expect(await scored([answerId], 30_000)).toEqual(['ANALYZER']);
      expect(await evaluationCounts([answerId])).toEqual([1]);
      expect(await outbox()).toEqual([]);
      expect(llm.requests()).toBe(1);
    } finally {
      await llm.close();
    }
  });

  it('accepts every answer while Redis restarts and scores each once, with no restart of the API or the worker', async () => {
    const worker = await startWorker();
    const before = [await submitAnswer(), await submitAnswer()];

    await redis.stop();
    const during = [await submitAnswer(), await submitAnswer(), await submitAnswer()];
    expect(await outbox()).toEqual(expect.arrayContaining(during));

    // It comes back empty: jobs queued before the outage are gone, the outbox still has their answers.
    await redis.restart();
    const after = [await submitAnswer(), await submitAnswer()];

    const all = [...before, ...during, ...after];
    expect(await scored(all, 30_000)).toEqual(all.map(() => 'ANALYZER'));
    expect(await evaluationCounts(all)).toEqual(all.map(() => 1));
    expect(await outbox()).toEqual([]);
    expect(worker.running).toBe(true);
    expect(await (await fetch(`${app.url}/health`)).json()).toMatchObject({ queue: 'up' });
  });
});
