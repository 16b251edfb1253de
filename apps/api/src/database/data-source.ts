import { join } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { IN_MEMORY } from '../config/config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../../../../migrations';
import { SnakeNamingStrategy } from './naming-strategy';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  readonly dataSource: DataSource;
  readonly embedded: boolean;
  /** The embedded database's folder as a gzipped tarball (a backup); absent on PostgreSQL. */
  readonly dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

const common = {
  type: 'postgres',
  entities: ENTITIES,
  migrations: MIGRATIONS,
  namingStrategy: new SnakeNamingStrategy(),
  synchronize: false,
  migrationsRun: false,
  // gen_random_uuid() is core in PostgreSQL 13+ and in PGlite; uuid-ossp is missing from PGlite.
  uuidExtension: 'pgcrypto',
  installExtensions: false,
} as const;

/**
 * Connects to DATABASE_URL, or starts embedded PGlite in `<dataDir>/pglite` (or in memory) and
 * connects to it the same way.
 */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let connection: DataSourceOptions;
  if (options.databaseUrl) {
    connection = { ...common, url: options.databaseUrl, extra: { max: 10 } };
  } else {
    embedded = await startEmbeddedPostgres(options.dataDir === IN_MEMORY ? IN_MEMORY : join(options.dataDir, 'pglite'));
    connection = {
      ...common,
      host: embedded.socketDir,
      port: embedded.port,
      username: 'postgres',
      database: 'postgres',
      // One connection: PGlite is a single session, and the socket server interleaves the extended-protocol
      // messages of concurrent connections outside transactions, which mixes up their statements.
      extra: { max: 1 },
    };
  }
  const dataSource = new DataSource(connection);
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded: embedded !== undefined,
    dump: embedded?.dump,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/** Arbitrary but fixed: every replica takes the same lock before migrating. */
const MIGRATION_LOCK_ID = 7_231_001;

/**
 * Applies pending migrations under an advisory lock, so replicas starting together do not race. The
 * embedded database belongs to one process and has one connection: no lock there.
 */
export async function migrate({ dataSource, embedded }: Database): Promise<string[]> {
  if (embedded) return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await runner.release();
  }
}

/** The SQL the entities need beyond what the migrations created: empty when they agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query) };
}
