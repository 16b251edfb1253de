import { Injectable, Logger } from '@nestjs/common';
import { JobQueue } from '../queue/job-queue';
import { Sweeps } from '../queue/sweeps';
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
export class RecordingRetention {
  private readonly logger = new Logger(RecordingRetention.name);

  constructor(
    private readonly recordings: RecordingsService,
    private readonly queue: JobQueue,
    sweeps: Sweeps,
  ) {
    queue.handle<DeleteExpiredAudioJob>(DELETE_EXPIRED_AUDIO, async (job) => {
      await this.recordings.deleteExpiredAudio(job.organizationId);
    });
    sweeps.every('recording retention', SWEEP_MS, () => this.sweep());
  }

  /** One job per organization with expired audio, per sweep: another process's sweep adds the same job. */
  async sweep(): Promise<void> {
    const slot = Math.floor(Date.now() / SWEEP_MS);
    for (const id of await this.recordings.organizationsWithExpiredAudio()) {
      await this.queue
        .add<DeleteExpiredAudioJob>(DELETE_EXPIRED_AUDIO, { organizationId: id }, { jobId: `expired-audio-${id}-${slot}` })
        .catch((error: Error) => this.logger.warn(`Expired audio of ${id} not queued: ${error.message}`));
    }
  }
}
