import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobQueue } from '../queue/job-queue';
import { RecordingsService } from './recordings.service';

export const DELETE_EXPIRED_AUDIO = 'delete-expired-audio';

/** Ids only: the handler reads the rest. */
export interface DeleteExpiredAudioJob {
  organizationId: string;
}

/** How often recordings past their organization's retention period are looked for. */
const SWEEP_MS = 60 * 60_000;

/** The organization setting `recordingRetentionDays`: audio older than that is deleted, hourly. */
@Injectable()
export class RecordingRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RecordingRetention.name);
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly recordings: RecordingsService,
    private readonly queue: JobQueue,
  ) {
    queue.handle<DeleteExpiredAudioJob>(DELETE_EXPIRED_AUDIO, async (job) => {
      await this.recordings.deleteExpiredAudio(job.organizationId);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_MS);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  /** One job per organization with expired audio, per sweep: another process's sweep adds the same job. */
  async sweep(): Promise<void> {
    const slot = Math.floor(Date.now() / SWEEP_MS);
    const organizations = await this.recordings.organizationsWithExpiredAudio().catch((error: Error) => {
      this.logger.warn(`Recording retention sweep skipped: ${error.message}`);
      return [];
    });
    for (const id of organizations) {
      await this.queue
        .add<DeleteExpiredAudioJob>(DELETE_EXPIRED_AUDIO, { organizationId: id }, { jobId: `expired-audio-${id}-${slot}` })
        .catch((error: Error) => this.logger.warn(`Expired audio of ${id} not queued: ${error.message}`));
    }
  }
}
