import { Injectable } from '@nestjs/common';
import { JobQueue } from '../queue/job-queue';
import { Sweeps } from '../queue/sweeps';
import { OrganizationJob, perOrganizationSweep } from '../queue/per-organization-sweep';
import { RecordingsService } from './recordings.service';

export const DELETE_EXPIRED_AUDIO = 'delete-expired-audio';

/** How often recordings past their organization's retention period are looked for. */
const SWEEP_MS = 60 * 60_000;

/** The organization setting `recordingRetentionDays`: audio older than that is deleted, hourly. */
@Injectable()
export class RecordingRetention {
  constructor(
    private readonly recordings: RecordingsService,
    queue: JobQueue,
    sweeps: Sweeps,
  ) {
    queue.handle<OrganizationJob>(DELETE_EXPIRED_AUDIO, async (job) => {
      await this.recordings.deleteExpiredAudio(job.organizationId);
    });
    // One job per organization with expired audio, per sweep.
    this.sweep = perOrganizationSweep(queue, DELETE_EXPIRED_AUDIO, SWEEP_MS, () => recordings.organizationsWithExpiredAudio());
    sweeps.every('recording retention', SWEEP_MS, this.sweep);
  }

  /** Queues the job of each organization with audio past its retention period. */
  readonly sweep: () => Promise<void>;
}
