import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig, IN_MEMORY, loadConfig } from '../../apps/api/src/config/config';
import { RunningApp, startApp } from '../../apps/api/src/app';
import { DATA_SOURCE } from '../../apps/api/src/database/db.service';

/**
 * One fresh database per test file: a new database on the PostgreSQL of DATABASE_URL when it is set
 * (the production path, with REDIS_URL), else an in-memory embedded PGlite.
 */
export async function freshDatabaseUrl(): Promise<string | undefined> {
  const base = process.env.DATABASE_URL;
  if (!base) return undefined;
  const name = `mockint_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export interface TestApp extends RunningApp {
  config: AppConfig;
  dataSource: DataSource;
  stop(): Promise<void>;
}

export async function startTestApp(
  env: Record<string, string> = {},
  options: Parameters<typeof startApp>[1] = {},
): Promise<TestApp> {
  const databaseUrl = await freshDatabaseUrl();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATA_DIR: IN_MEMORY,
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    SEED_DEMO: 'true',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    // Test files may run in parallel on one Redis: each app gets its own queue.
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL, QUEUE_NAME: `test-${randomBytes(6).toString('hex')}` } : {}),
    ...env,
  });
  const running = await startApp(config, options);
  return {
    ...running,
    config,
    dataSource: running.app.get<DataSource>(DATA_SOURCE),
    async stop() {
      await running.close();
      if (databaseUrl) await dropDatabase(databaseUrl);
    },
  };
}
