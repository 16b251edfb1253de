import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import {
  backoffBefore,
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  DuplicateHandlerError,
  JobHandler,
  JobOptions,
  JobQueue,
} from './job-queue';

/** Completed job ids kept for deduplication, like BullMQ's completed set. */
const REMEMBER_COMPLETED = 10_000;

/** Runs jobs in this process, with the same contract as the BullMQ driver. The default without REDIS_URL. */
export class InProcessJobQueue extends JobQueue {
  private readonly logger = new Logger(InProcessJobQueue.name);
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly known = new Set<string>();
  private readonly completed: string[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private pending = 0;
  private idle: (() => void)[] = [];
  private closed = false;
  /**
   * The context the queue was made in (the application's, outside any request): jobs run there, as in a
   * worker of their own, never inside the transaction of the code that added them (AsyncLocalStorage
   * would carry it into the timer, and it has ended by then).
   */
  private readonly outside = AsyncLocalStorage.snapshot();

  handle<T>(name: string, handler: JobHandler<T>): void {
    if (this.handlers.has(name)) throw new DuplicateHandlerError(name);
    this.handlers.set(name, handler as JobHandler<unknown>);
  }

  async add<T>(name: string, data: T, options: JobOptions): Promise<void> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`No handler for job "${name}"`);
    if (this.closed) throw new Error('The job queue is closed');
    const key = `${name}:${options.jobId}`;
    if (this.known.has(key)) return;
    this.known.add(key);
    this.pending++;
    // A copy, as Redis would keep: later changes by the caller do not reach the job.
    const payload = structuredClone(data);
    this.schedule(options.delayMs ?? 0, () => this.run(key, handler, payload, 1, options));
  }

  private schedule(delayMs: number, work: () => Promise<void>): void {
    const timer = this.outside(() =>
      setTimeout(() => {
        this.timers.delete(timer);
        void work();
      }, delayMs),
    );
    this.timers.add(timer);
  }

  private async run(
    key: string,
    handler: JobHandler<unknown>,
    data: unknown,
    attempt: number,
    options: JobOptions,
  ): Promise<void> {
    const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
    try {
      await handler(data, { attempt, isLastAttempt: attempt >= attempts });
      this.remember(key);
    } catch (error) {
      if (attempt < attempts && !this.closed) {
        this.schedule(backoffBefore(attempt + 1, options.backoffMs ?? DEFAULT_BACKOFF_MS), () =>
          this.run(key, handler, data, attempt + 1, options),
        );
        return;
      }
      this.logger.error(`Job ${key} failed after ${attempt} attempts: ${(error as Error).message}`);
      this.known.delete(key);
    }
    this.finish();
  }

  private remember(key: string): void {
    this.completed.push(key);
    if (this.completed.length > REMEMBER_COMPLETED) this.known.delete(this.completed.shift()!);
  }

  private finish(): void {
    this.pending--;
    if (this.pending === 0) for (const resolve of this.idle.splice(0)) resolve();
  }

  drain(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.idle.push(resolve));
  }

  /** Stops at once: work not yet run is dropped here and picked up again at the next start-up by its owner. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pending = 0;
    for (const resolve of this.idle.splice(0)) resolve();
  }
}
