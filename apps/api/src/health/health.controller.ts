import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/decorators';
import { withTimeout } from '../common/with-timeout';
import { Db } from '../database/db.service';
import { QueueBackend } from '../queue/queue-backend';

const DB_TIMEOUT_MS = 2000;

/** Liveness and readiness for load balancers and compose: 503 when a dependency is down. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: Db,
    private readonly queue: QueueBackend,
  ) {}

  private async databaseUp(): Promise<boolean> {
    return withTimeout(
      this.db.dataSource.query('SELECT 1').then(() => true),
      DB_TIMEOUT_MS,
      () => false,
    ).catch(() => false);
  }

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, queue] = await Promise.all([this.databaseUp(), this.queue.isUp()]);
    const ok = database && queue;
    reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'down', database: database ? 'up' : 'down', queue: queue ? 'up' : 'down' };
  }
}
