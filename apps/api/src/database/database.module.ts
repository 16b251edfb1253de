import { DynamicModule, Global, Module, OnApplicationShutdown, Inject } from '@nestjs/common';
import { Db, DATA_SOURCE, DATABASE } from './db.service';
import type { Database } from './data-source';

/** Provides the opened (and migrated) database; closes it last on shutdown. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  static forRoot(database: Database): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DATABASE, useValue: database }, { provide: DATA_SOURCE, useValue: database.dataSource }, Db],
      exports: [Db, DATA_SOURCE, DATABASE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}
