/** What a handler learns about the run it is in. */
export interface JobRun {
  /** 1 for the first try. */
  attempt: number;
  /** After this try fails there is none: the handler's last chance to settle the work another way. */
  isLastAttempt: boolean;
}

export type JobHandler<T> = (data: T, run: JobRun) => Promise<void>;

export interface JobOptions {
  /** Deduplicates: a job added again with the id of a waiting, running or recently completed job is ignored. */
  jobId: string;
  attempts?: number;
  /** First retry delay; each further retry waits twice as long. */
  backoffMs?: number;
  /** Runs the job no sooner than this (debouncing: the same jobId added meanwhile is the same job). */
  delayMs?: number;
}

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 500;

/** Retry delay before the given (2nd, 3rd, ...) attempt. */
export const backoffBefore = (attempt: number, firstDelayMs: number): number => firstDelayMs * 2 ** (attempt - 2);

/**
 * The job queue port. Two drivers keep one contract (test/job-queue.e2e-spec.ts runs on both):
 * `add` returns before the work runs, `jobId` dedupes, failures retry with exponential backoff.
 */
export abstract class JobQueue {
  /** Registers the one handler of a job name; a second registration is a programming error. */
  abstract handle<T>(name: string, handler: JobHandler<T>): void;

  /** Queues a job; rejects if the backend cannot take it (then nothing was queued). */
  abstract add<T>(name: string, data: T, options: JobOptions): Promise<void>;

  /** Resolves once nothing is waiting, running or scheduled for retry (tests, benchmarks). */
  abstract drain(): Promise<void>;

  abstract close(): Promise<void>;
}

export class DuplicateHandlerError extends Error {
  constructor(name: string) {
    super(`Job "${name}" has two handlers`);
  }
}
