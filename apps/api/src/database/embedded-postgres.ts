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

/** The socket server queues connections while one is in a transaction, so `pg` pools stay within this. */
export const EMBEDDED_MAX_CONNECTIONS = 8;
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
    maxConnections: EMBEDDED_MAX_CONNECTIONS,
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
