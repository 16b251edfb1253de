import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { JobQueue, JobRun } from '../apps/api/src/queue/job-queue';
import { InProcessJobQueue } from '../apps/api/src/queue/in-process-job-queue';
import { BullMqJobQueue } from '../apps/api/src/queue/bullmq-job-queue';

/** One contract, both drivers: BullMQ runs against the Redis of REDIS_URL (CI's production pass). */
const drivers: [string, () => JobQueue][] = [['in-process', () => new InProcessJobQueue()]];
if (process.env.REDIS_URL) {
  const redisUrl = process.env.REDIS_URL;
  drivers.push(['BullMQ', () => new BullMqJobQueue({ redisUrl, queueName: `contract-${randomUUID()}`, work: true })]);
}

describe.each(drivers)('job queue contract: %s', (_name, create) => {
  let queue: JobQueue;
  const runs: { data: unknown; run: JobRun; at: number }[] = [];
  let failUntil = 0;

  beforeEach(() => {
    runs.length = 0;
    failUntil = 0;
    queue = create();
    queue.handle<{ n: number }>('record', async (data, run) => {
      runs.push({ data, run, at: Date.now() });
      if (run.attempt <= failUntil) throw new Error(`planned failure ${run.attempt}`);
    });
  });
  afterEach(() => queue.close());

  it('returns from add before the work runs, and delivers the data', async () => {
    await queue.add('record', { n: 1 }, { jobId: 'a' });
    expect(runs).toHaveLength(0);
    await queue.drain();
    expect(runs.map((r) => r.data)).toEqual([{ n: 1 }]);
    expect(runs[0].run).toEqual({ attempt: 1, isLastAttempt: false });
  });

  it("runs a job outside its caller's context (a transaction it was added in has ended by then)", async () => {
    const caller = new AsyncLocalStorage<string>();
    let seen: string | undefined = 'not run';
    queue.handle('context', async () => {
      seen = caller.getStore();
    });
    await caller.run('in a transaction', () => queue.add('context', {}, { jobId: 'context' }));
    await queue.drain();
    expect(seen).toBeUndefined();
  });

  it('runs a job id once, even when added again after it completed', async () => {
    await Promise.all([queue.add('record', { n: 1 }, { jobId: 'same' }), queue.add('record', { n: 2 }, { jobId: 'same' })]);
    await queue.drain();
    await queue.add('record', { n: 3 }, { jobId: 'same' });
    await queue.drain();
    expect(runs.map((r) => r.data)).toEqual([{ n: 1 }]);
  });

  it('runs a delayed job after its delay, once for every add meanwhile, and drain waits for it', async () => {
    const added = Date.now();
    await queue.add('record', { n: 1 }, { jobId: 'later', delayMs: 300 });
    await queue.add('record', { n: 2 }, { jobId: 'later', delayMs: 250 });
    await queue.drain();
    expect(runs.map((r) => r.data)).toEqual([{ n: 1 }]);
    expect(runs[0].at - added).toBeGreaterThanOrEqual(290);
  });

  it('retries failures with growing delays and says which try is the last', async () => {
    failUntil = 2;
    await queue.add('record', { n: 1 }, { jobId: 'retry', attempts: 3, backoffMs: 100 });
    await queue.drain();
    expect(runs.map((r) => r.run)).toEqual([
      { attempt: 1, isLastAttempt: false },
      { attempt: 2, isLastAttempt: false },
      { attempt: 3, isLastAttempt: true },
    ]);
    const gaps = [runs[1].at - runs[0].at, runs[2].at - runs[1].at];
    expect(gaps[0]).toBeGreaterThanOrEqual(90);
    expect(gaps[1]).toBeGreaterThanOrEqual(190);
  });

  it('gives up after the last attempt', async () => {
    failUntil = 99;
    await queue.add('record', { n: 1 }, { jobId: 'hopeless', attempts: 2, backoffMs: 10 });
    await queue.drain();
    expect(runs).toHaveLength(2);
  });

  it('runs a job id again once it has failed for good, so its owner can retry it later', async () => {
    failUntil = 1;
    await queue.add('record', { n: 1 }, { jobId: 'failed', attempts: 1 });
    await queue.drain();
    await queue.add('record', { n: 2 }, { jobId: 'failed', attempts: 1 });
    await queue.drain();
    expect(runs.map((r) => r.data)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('refuses jobs nobody handles and second handlers', async () => {
    await expect(queue.add('nobody', {}, { jobId: 'x' })).rejects.toThrow(/No handler/);
    expect(() => queue.handle('record', async () => undefined)).toThrow(/two handlers/);
  });
});

describe('BullMQ driver with Redis down', () => {
  it('rejects add quickly instead of hanging', async () => {
    const queue = new BullMqJobQueue({ redisUrl: 'redis://127.0.0.1:1', queueName: 'down', work: false });
    queue.handle('record', async () => undefined);
    const started = Date.now();
    await expect(queue.add('record', {}, { jobId: 'x' })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
    await queue.close().catch(() => undefined);
  });
});
