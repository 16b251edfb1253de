import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** Folder holding the Unix socket, used as the `pg` host. */
  readonly socketDir: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** The API keeps one connection; the rest leave room for a psql session or tooling. */
const MAX_CONNECTIONS = 4;
const SOCKET_PORT = 5432;

/**
 * PGlite (PostgreSQL in WebAssembly) served over the PostgreSQL wire protocol on a Unix socket, so the
 * embedded runtime uses the same `pg` driver and transaction semantics as a real server.
 * `dataDir` 'memory://' keeps nothing on disk (tests).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  if (dataDir !== 'memory://') await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  // A short temporary path: Unix socket paths are limited to ~100 characters.
  const socketDir = await mkdtemp(join(tmpdir(), 'mockint-pg-'));
  const server = new PGLiteSocketServer({
    db,
    path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
    maxConnections: MAX_CONNECTIONS,
  });
  await server.start();
  return {
    socketDir,
    port: SOCKET_PORT,
    async stop() {
      await server.stop();
      await db.close();
      await rm(socketDir, { recursive: true, force: true });
    },
  };
}
