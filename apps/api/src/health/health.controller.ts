import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/decorators';
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
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), DB_TIMEOUT_MS)));
    try {
      return await Promise.race([this.db.dataSource.query('SELECT 1').then(() => true), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
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
