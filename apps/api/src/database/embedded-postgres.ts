import { mkdir, mkdtemp, open, readFile, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** Folder holding the Unix socket, used as the `pg` host. */
  readonly socketDir: string;
  readonly port: number;
  /** The whole database folder as a gzipped tarball (a consistent copy, taken while it runs). */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

/** The API keeps one connection; the rest leave room for a psql session or tooling. */
const MAX_CONNECTIONS = 4;
const SOCKET_PORT = 5432;

/** Another live process has this database folder open: opening it too would corrupt it. */
export class DatabaseInUse extends Error {
  constructor(
    readonly pid: number,
    readonly lockFile: string,
  ) {
    super(
      `The embedded database is in use by process ${pid} (the server?). Stop it first; if no such process runs, delete ${lockFile}.`,
    );
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes `<dataDir>.lock` for this process (PGlite has no lock of its own, and two processes writing one
 * folder corrupt it). A lock left by a process that is gone is taken over. Returns its release.
 */
export async function lockFolder(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => unlink(lockFile).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && alive(pid)) throw new DatabaseInUse(pid, lockFile);
      await unlink(lockFile).catch(() => undefined);
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

/**
 * PGlite (PostgreSQL in WebAssembly) served over the PostgreSQL wire protocol on a Unix socket, so the
 * embedded runtime uses the same `pg` driver and transaction semantics as a real server.
 * `dataDir` 'memory://' keeps nothing on disk (tests). `load` fills a new folder from a dump (restore).
 */
export async function startEmbeddedPostgres(dataDir: string, load?: Blob): Promise<EmbeddedPostgres> {
  const inMemory = dataDir === 'memory://';
  let release: () => Promise<void> = () => Promise.resolve();
  if (!inMemory) {
    await mkdir(join(dataDir, '..'), { recursive: true });
    release = await lockFolder(dataDir);
  }
  let db: PGlite;
  try {
    if (!inMemory) await mkdir(dataDir, { recursive: true });
    db = await PGlite.create(dataDir, load ? { loadDataDir: load } : {});
  } catch (error) {
    await release();
    throw error;
  }
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
    dump: () => db.dumpDataDir('gzip'),
    async stop() {
      await server.stop();
      await db.close();
      await rm(socketDir, { recursive: true, force: true });
      await release();
    },
  };
}
