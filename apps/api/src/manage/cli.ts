import { readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, IN_MEMORY, loadConfig } from '../config/config';
import { migrate, openDatabase } from '../database/data-source';
import { DatabaseInUse, lockFolder, startEmbeddedPostgres } from '../database/embedded-postgres';
import { coreModules } from '../app.module';
import { askServer, controlSocketPath, Outcome } from './control-socket';
import { Command, OperatorError, parseCommand } from './commands';
import { failed, runCommand, usage } from './outcome';
import { ManageModule } from './manage.module';
import { ManageService } from './manage.service';

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * `npm run manage -- <command>`: the operator's tool. On PostgreSQL it opens DATABASE_URL itself. On
 * the embedded database it never opens the folder a running server holds: it hands the command to that
 * server over its control socket (restore excepted: it needs the server stopped).
 */
export async function manage(argv: string[], env: Record<string, string | undefined>): Promise<Outcome> {
  let command: Command;
  let config: AppConfig;
  try {
    command = parseCommand(argv);
    if (command.name === 'help') return usage();
    config = loadConfig(env);
    if (config.databaseUrl && (command.name === 'backup' || command.name === 'restore')) {
      throw new OperatorError(
        `${command.name} is for the embedded database; with DATABASE_URL use pg_dump / pg_restore (see the README)`,
      );
    }
    if (!config.databaseUrl && config.dataDir === IN_MEMORY) {
      throw new OperatorError('DATA_DIR=memory:// keeps no database between processes: nothing to manage');
    }
    if (command.name === 'restore') return await restore(config, command.file);
  } catch (error) {
    return failed(error);
  }
  return runOnDatabase(config, command, argv);
}

async function runOnDatabase(config: AppConfig, command: Command, argv: string[]): Promise<Outcome> {
  let database;
  try {
    database = await openDatabase(config);
  } catch (error) {
    if (!(error instanceof DatabaseInUse)) throw error;
    return askServer(controlSocketPath(config.dataDir), argv).catch(() => failed(error));
  }
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  // The tool queues nothing: no Redis connection.
  const local = { ...config, redisUrl: undefined };

  @Module({ imports: [...coreModules(local, database, false), ManageModule] })
  class ManageCliModule {}

  const context = await NestFactory.createApplicationContext(ManageCliModule, { logger: false });
  try {
    return await runCommand(context.get(ManageService), command);
  } finally {
    // Closes the database too (DatabaseModule).
    await context.close();
  }
}

/**
 * Replaces the embedded database with a backup, while nothing holds it: the dump is loaded into a new
 * folder first (a bad file changes nothing), then swapped in; the old folder is kept aside.
 */
async function restore(config: AppConfig, file: string): Promise<Outcome> {
  const bytes = await readFile(file).catch(() => {
    throw new OperatorError(`Cannot read ${file}`);
  });
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) {
    throw new OperatorError(`${file} is not a backup made by "npm run manage -- backup"`);
  }
  const folder = join(config.dataDir, 'pglite');
  const release = await lockFolder(folder).catch((error: unknown) => {
    if (error instanceof DatabaseInUse) {
      throw new OperatorError('restore replaces the database the server has open: stop the server first, then run it again');
    }
    throw error;
  });
  const incoming = `${folder}.restoring`;
  try {
    await rm(incoming, { recursive: true, force: true });
    try {
      await (await startEmbeddedPostgres(incoming, new Blob([bytes]))).stop();
    } catch (error) {
      await rm(incoming, { recursive: true, force: true });
      throw new OperatorError(`${file} could not be loaded: ${(error as Error).message}`);
    }
    const lines = [`Restored the embedded database from ${file}.`];
    if (await stat(folder).catch(() => null)) {
      const aside = `${folder}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(folder, aside);
      lines.push(`The database it replaced is kept in ${aside} (delete it once you are sure).`);
    }
    await rename(incoming, folder);
    lines.push('Start the server again; it applies any newer migrations.');
    return { exitCode: 0, lines };
  } finally {
    await release();
  }
}
