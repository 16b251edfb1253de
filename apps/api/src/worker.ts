import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from './config/config';
import { migrate, openDatabase } from './database/data-source';
import { coreModules } from './app.module';
import { createLogger, PinoNestLogger } from './logging/logger';
import { QueueBackend } from './queue/queue-backend';
import { ScoringModule } from './scoring/scoring.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PracticeRemindersModule } from './practice-reminders/practice-reminders.module';
import { RecordingsModule } from './recordings/recordings.module';

/**
 * The queue worker process: the same modules as the API without HTTP. It needs REDIS_URL (without
 * it the API runs jobs in its own process) and shares the API's database.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.redisUrl) throw new ConfigError(['REDIS_URL is required for a separate worker process']);
  const logger = createLogger(config);
  const database = await openDatabase(config);
  await migrate(database);

  // Every module that handles a queued job: scoring (and the readiness refreshes it brings), the e-mails,
  // the recordings' retention.
  @Module({
    imports: [
      ...coreModules(config, database, true),
      ScoringModule,
      NotificationsModule,
      PracticeRemindersModule,
      RecordingsModule,
    ],
  })
  class WorkerModule {}

  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new PinoNestLogger(logger) });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  const queue = app.get(QueueBackend);
  logger.info({ queue: queue.kind, redisUp: await queue.isUp() }, 'worker started');
}

main().catch((error: unknown) => {
  process.stderr.write(`Worker start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
