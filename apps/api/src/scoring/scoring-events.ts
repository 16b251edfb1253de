import { EventEmitter, once } from 'node:events';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AppError, ErrorCode } from '../common/app-error';
import { QueueBackend } from '../queue/queue-backend';
import { withTimeout } from '../common/with-timeout';

/** How long a subscriber waits for Redis before the client is told to poll instead. */
const SUBSCRIBE_TIMEOUT_MS = 2000;

/**
 * "This answer is scored", from the process that scored it to the ones holding subscriptions: Redis
 * pub/sub when the worker is another process, an in-process emitter otherwise.
 */
@Injectable()
export class ScoringEvents implements OnApplicationShutdown {
  private readonly logger = new Logger(ScoringEvents.name);
  private readonly local = new EventEmitter().setMaxListeners(0);
  private readonly channel: string;
  private readonly timeoutMs: number;
  private subscriber?: Promise<Redis>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly backend: QueueBackend,
  ) {
    this.channel = `${config.queueName}:answer-scored`;
    this.timeoutMs = config.subscriptionTimeoutSeconds * 1000;
  }

  /** After the evaluation is committed. A lost event only delays the client's fallback poll. */
  async publish(answerId: string): Promise<void> {
    const redis = this.backend.redis;
    if (!redis) {
      this.local.emit(answerId);
      return;
    }
    await redis.publish(this.channel, answerId).catch((error: Error) => {
      this.logger.warn(`Could not announce that answer ${answerId} is scored: ${error.message}`);
    });
  }

  /** The Redis subscription, opened on first use (only API processes with subscribers need it). */
  private subscribed(): Promise<void> {
    const redis = this.backend.redis;
    if (!redis) return Promise.resolve();
    this.subscriber ??= (async () => {
      const subscriber = redis.duplicate({ maxRetriesPerRequest: null });
      subscriber.on('error', () => undefined);
      subscriber.on('message', (_channel: string, answerId: string) => this.local.emit(answerId));
      await subscriber.subscribe(this.channel);
      return subscriber;
    })();
    return withTimeout(
      this.subscriber.then(() => undefined),
      SUBSCRIBE_TIMEOUT_MS,
      () => {
        throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'EVENTS_UNAVAILABLE', 'Live updates are unavailable: poll instead');
      },
    );
  }

  /**
   * A one-item stream: `load()`'s value once `isDone` holds for it, checked right away (no event is
   * missed: the listener is in place first) and again when the answer's event arrives. It never waits
   * longer than SUBSCRIPTION_TIMEOUT_SECONDS: then, or on any failure, the item is the error, which
   * graphql-js reports as the field's error (formatted like any other), and the stream ends.
   */
  until<T>(answerId: string, load: () => Promise<T>, isDone: (value: T) => boolean): AsyncIterableIterator<T | Error> {
    const abort = new AbortController();
    const event = once(this.local, answerId, { signal: abort.signal }).catch(() => undefined);
    let finished = false;
    const stop = (): IteratorReturnResult<undefined> => {
      finished = true;
      abort.abort();
      return { done: true, value: undefined };
    };
    /** Undefined only once the stream is finished (returned or timed out) while waiting. */
    const result = async (): Promise<T | undefined> => {
      await this.subscribed();
      const value = await load();
      if (isDone(value)) return value;
      await event;
      return finished ? undefined : load();
    };
    return {
      next: async () => {
        if (finished) return stop();
        try {
          const value = await withTimeout(result(), this.timeoutMs, () => {
            throw new AppError(
              ErrorCode.CONFLICT,
              'NOT_SCORED_YET',
              `The answer is not scored after ${this.timeoutMs / 1000} seconds: poll answer(id) instead`,
            );
          });
          if (finished) return stop();
          finished = true;
          return { done: false, value: value as T };
        } catch (error) {
          if (finished) return stop();
          finished = true;
          return { done: false, value: error instanceof Error ? error : new Error(String(error)) };
        } finally {
          abort.abort();
        }
      },
      return: async () => stop(),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  async onApplicationShutdown(): Promise<void> {
    const subscriber = await this.subscriber?.catch(() => undefined);
    subscriber?.disconnect();
  }
}
