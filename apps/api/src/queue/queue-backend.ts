import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import IORedis, { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/config';
import { withTimeout } from '../common/with-timeout';

const PING_TIMEOUT_MS = 1000;

/**
 * Where jobs go: Redis (BullMQ) when REDIS_URL is set, otherwise this process. Owns the Redis
 * connection, reports its health and closes it on shutdown.
 */
@Injectable()
export class QueueBackend implements OnApplicationShutdown {
  private readonly logger = new Logger(QueueBackend.name);
  readonly redis?: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.redisUrl) {
      // One retry per command: a Redis outage must fail calls quickly, never hang a request.
      this.redis = new IORedis(config.redisUrl, { maxRetriesPerRequest: 1, enableReadyCheck: true });
      let reported = false;
      this.redis.on('error', (error: Error) => {
        if (!reported) this.logger.warn(`Redis unreachable: ${error.message}`);
        reported = true;
      });
      this.redis.on('ready', () => {
        if (reported) this.logger.log('Redis reachable again');
        reported = false;
      });
    }
  }

  get kind(): 'redis' | 'in-process' {
    return this.redis ? 'redis' : 'in-process';
  }

  async isUp(): Promise<boolean> {
    if (!this.redis) return true;
    return withTimeout(
      this.redis.ping().then((r) => r === 'PONG'),
      PING_TIMEOUT_MS,
      () => false,
    ).catch(() => false);
  }

  /** QUIT when connected; otherwise just stop reconnecting (a QUIT would wait for Redis forever). */
  async onApplicationShutdown(): Promise<void> {
    if (this.redis?.status === 'ready') await this.redis.quit().catch(() => this.redis?.disconnect());
    else this.redis?.disconnect();
  }
}
