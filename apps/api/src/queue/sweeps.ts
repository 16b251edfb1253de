import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

interface Sweep {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
}

/**
 * Work that time alone creates (answers a crash left unscored, due dates passing, e-mails coming due):
 * each service registers its sweep here, which runs it at start-up and then periodically until shutdown.
 * A sweep only queues jobs keyed by their time slot, so every process may run it.
 */
@Injectable()
export class Sweeps implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Sweeps.name);
  private readonly sweeps: Sweep[] = [];
  private readonly timers: NodeJS.Timeout[] = [];

  /** Call from a constructor: sweeps start once the application has booted. */
  every(name: string, everyMs: number, run: () => Promise<unknown>): void {
    this.sweeps.push({ name, everyMs, run });
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const sweep of this.sweeps) {
      await this.run(sweep);
      const timer = setInterval(() => void this.run(sweep), sweep.everyMs);
      timer.unref();
      this.timers.push(timer);
    }
  }

  onApplicationShutdown(): void {
    this.timers.forEach(clearInterval);
  }

  /** A failed sweep (the database or the queue down) waits for the next one. */
  private async run(sweep: Sweep): Promise<void> {
    await sweep.run().catch((error: Error) => this.logger.warn(`The ${sweep.name} sweep failed: ${error.message}`));
  }
}
