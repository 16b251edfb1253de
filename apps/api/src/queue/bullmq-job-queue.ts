import { Logger } from '@nestjs/common';
import { BackoffOptions, Job, MinimalJob, Queue, Worker } from 'bullmq';
import {
  backoffBefore,
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  DuplicateHandlerError,
  JobHandler,
  JobOptions,
  JobQueue,
} from './job-queue';
import { withTimeout } from '../common/with-timeout';

/** How long `add` may wait for Redis before the caller is told it is unavailable (BullMQ would hang). */
const ADD_TIMEOUT_MS = 2000;
const REMEMBER_COMPLETED = 10_000;
const CLOSE_TIMEOUT_MS = 5_000;
/**
 * A dead worker's job runs again once its lock expires and a stalled check sees it (BullMQ: 30 s each).
 * A live worker renews the lock every half lockDuration, so shorter values only speed up that recovery.
 */
const LOCK_DURATION_MS = 10_000;
const STALLED_INTERVAL_MS = 5_000;

/** The backoff strategy name registered on workers, so both drivers wait the same way. */
const BACKOFF = 'mockint-exponential';

export interface BullMqOptions {
  /** Each BullMQ class opens its own connections to this Redis. */
  redisUrl: string;
  queueName: string;
  prefix?: string;
  /** Process jobs in this process (the worker), or only add them (API replicas). */
  work: boolean;
  concurrency?: number;
}

/** BullMQ on Redis: used with REDIS_URL; the worker process runs the handlers. */
export class BullMqJobQueue extends JobQueue {
  private readonly logger = new Logger(BullMqJobQueue.name);
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly queue: Queue;
  private worker?: Worker;

  constructor(private readonly options: BullMqOptions) {
    super();
    this.queue = new Queue(options.queueName, {
      connection: { url: options.redisUrl, maxRetriesPerRequest: 1 },
      prefix: options.prefix,
      skipWaitingForReady: true,
    });
    this.queue.on('error', (error) => this.warnOnce(`Queue: ${error.message}`));
  }

  handle<T>(name: string, handler: JobHandler<T>): void {
    if (this.handlers.has(name)) throw new DuplicateHandlerError(name);
    this.handlers.set(name, handler as JobHandler<unknown>);
    if (this.options.work) this.worker ??= this.startWorker();
  }

  private startWorker(): Worker {
    const worker = new Worker(
      this.queue.name,
      async (job: Job) => {
        const handler = this.handlers.get(job.name);
        if (!handler) throw new Error(`No handler for job "${job.name}"`);
        const attempt = job.attemptsMade + 1;
        await handler(job.data, { attempt, isLastAttempt: attempt >= (job.opts.attempts ?? 1) });
      },
      {
        connection: { url: this.options.redisUrl, maxRetriesPerRequest: null },
        prefix: this.options.prefix,
        concurrency: this.options.concurrency ?? 4,
        lockDuration: LOCK_DURATION_MS,
        stalledInterval: STALLED_INTERVAL_MS,
        settings: {
          backoffStrategy: (attemptsMade: number, _type?: string, _error?: Error, job?: MinimalJob) =>
            backoffBefore(attemptsMade + 1, (job?.opts.backoff as BackoffOptions | undefined)?.delay ?? DEFAULT_BACKOFF_MS),
        },
      },
    );
    // Without a listener a Redis outage would crash the process; the worker reconnects by itself.
    worker.on('error', (error) => this.warnOnce(`Worker: ${error.message}`));
    // A job done means Redis is back: the next outage gets its warnings again.
    worker.on('completed', () => this.warned.clear());
    worker.on('failed', (job, error) => {
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1))
        this.logger.error(`Job ${job.name} ${job.id} failed: ${error.message}`);
    });
    return worker;
  }

  private readonly warned = new Set<string>();

  /** Redis errors repeat every reconnect attempt during an outage: say each one once per outage. */
  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.logger.warn(message);
  }

  async add<T>(name: string, data: T, options: JobOptions): Promise<void> {
    if (!this.handlers.has(name)) throw new Error(`No handler for job "${name}"`);
    await withTimeout(
      this.queue.add(name, data, {
        jobId: options.jobId,
        delay: options.delayMs,
        attempts: options.attempts ?? DEFAULT_ATTEMPTS,
        backoff: { type: BACKOFF, delay: options.backoffMs ?? DEFAULT_BACKOFF_MS },
        removeOnComplete: { count: REMEMBER_COMPLETED },
        // A kept failed job would swallow every later add of its id: its owner could never retry it.
        removeOnFail: true,
      }),
      ADD_TIMEOUT_MS,
      () => {
        throw new Error('The job queue (Redis) is unavailable');
      },
    );
    this.warned.clear();
  }

  async drain(): Promise<void> {
    for (;;) {
      const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      if (Object.values(counts).every((n) => n === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Lets running jobs finish. With Redis gone BullMQ's close never settles, so it is bounded and the
   * connections are then dropped (not awaited: that would never settle either).
   */
  async close(): Promise<void> {
    const closed = Promise.all([this.worker?.close(), this.queue.close()]).then(() => true);
    if (!(await withTimeout(closed, CLOSE_TIMEOUT_MS, () => false))) {
      void this.worker?.disconnect().catch(() => undefined);
      void this.queue.disconnect().catch(() => undefined);
    }
  }
}
