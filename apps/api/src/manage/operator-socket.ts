import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, IN_MEMORY } from '../config/config';
import { DATABASE } from '../database/db.service';
import type { Database } from '../database/data-source';
import { controlSocketPath, serveControlSocket } from './control-socket';
import { runArgv } from './outcome';
import { ManageService } from './manage.service';

/**
 * A server on the embedded database holds its folder, so `npm run manage` sends its commands here
 * instead of opening the folder a second time (which would corrupt it).
 */
@Injectable()
export class OperatorSocket implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OperatorSocket.name);
  private close?: () => Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE) private readonly database: Database,
    private readonly manage: ManageService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.database.embedded || this.config.dataDir === IN_MEMORY) return;
    const path = controlSocketPath(this.config.dataDir);
    try {
      this.close = await serveControlSocket(path, (argv) => {
        this.logger.log(`Operator command: ${argv[0] ?? 'help'}`);
        return runArgv(this.manage, argv);
      });
    } catch (error) {
      // Serving goes on; the tool then asks to stop the server before it touches the database.
      this.logger.warn(`No operator socket at ${path} (${(error as Error).message}): npm run manage needs the server stopped`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close?.();
  }
}
