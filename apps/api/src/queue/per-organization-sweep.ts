import { Logger } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** The data of a job done for one organization. */
export interface OrganizationJob {
  organizationId: string;
}

/**
 * A sweep that queues `job` for each organization `organizations` lists, keyed by the time slot of
 * `everyMs` it runs in: another process's sweep, or a restart, adds the same job, which runs once.
 */
export function perOrganizationSweep(
  queue: JobQueue,
  job: string,
  everyMs: number,
  organizations: () => Promise<string[]>,
): () => Promise<void> {
  const logger = new Logger(job);
  return async () => {
    const slot = Math.floor(Date.now() / everyMs);
    for (const organizationId of await organizations()) {
      await queue
        .add<OrganizationJob>(job, { organizationId }, { jobId: `${job}-${organizationId}-${slot}` })
        .catch((error: Error) => logger.warn(`Not queued for organization ${organizationId}: ${error.message}`));
    }
  };
}
