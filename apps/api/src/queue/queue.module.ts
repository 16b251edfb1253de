import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/config';
import { QueueBackend } from './queue-backend';
import { JobQueue } from './job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import { BullMqJobQueue } from './bullmq-job-queue';
import { Sweeps } from './sweeps';

/**
 * The job queue: BullMQ when REDIS_URL is set (handlers run where `work` is true: the worker process),
 * otherwise in this process.
 */
@Global()
@Module({})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(JobQueue) private readonly queue: JobQueue) {}

  static forRoot(config: AppConfig, options: { work: boolean }): DynamicModule {
    const queue = config.redisUrl
      ? new BullMqJobQueue({ redisUrl: config.redisUrl, queueName: config.queueName, work: options.work })
      : new InProcessJobQueue();
    return {
      module: QueueModule,
      providers: [QueueBackend, Sweeps, { provide: JobQueue, useValue: queue }],
      exports: [QueueBackend, JobQueue, Sweeps],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
