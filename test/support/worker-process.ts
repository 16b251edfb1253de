import { ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../..');
const START_TIMEOUT_MS = 20_000;
/** Output kept for error messages. */
const OUTPUT_KEPT = 20_000;

/**
 * Compiles the API (and scoring-core) into dist/ so the worker runs the current source. Build mode
 * compares content hashes: well under a second when nothing changed, unlike `tsc -p`.
 */
export async function buildApi(): Promise<void> {
  const tsc = require.resolve('typescript/bin/tsc');
  try {
    await promisify(execFile)(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: ROOT });
  } catch (error) {
    // tsc reports compile errors on stdout.
    throw new Error(`Building the API failed: ${(error as { stdout?: string }).stdout || (error as Error).message}`, {
      cause: error,
    });
  }
}

/** The queue worker (dist/apps/api/src/worker.js) as a separate process, as in production. */
export class WorkerProcess {
  private output = '';

  private constructor(private readonly child: ChildProcess) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-OUTPUT_KEPT);
      // Like TEST_LOG_LEVEL for the API: show what the worker says.
      if (process.env.TEST_LOG_LEVEL) process.stderr.write(chunk);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
  }

  /** Starts a worker with only the given variables (plus PATH) and waits for its 'worker started' line. */
  static async start(env: Record<string, string>): Promise<WorkerProcess> {
    const child = spawn(process.execPath, ['dist/apps/api/src/worker.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    let timer: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((ready, fail) => {
        timer = setTimeout(() => fail(new Error('timed out')), START_TIMEOUT_MS);
        child.stdout!.on('data', () => worker.output.includes('"msg":"worker started"') && ready());
        child.once('exit', (code) => fail(new Error(`exited with ${code}`)));
      });
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`Worker did not start (${(error as Error).message}):\n${worker.output}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    return worker;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Dies at once, mid-job, as in a crash or an OOM kill. */
  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  /** Shuts down gracefully, as on a deployment. */
  stop(): Promise<void> {
    return this.end('SIGTERM');
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    if (!this.running) return;
    const exited = once(this.child, 'exit');
    this.child.kill(signal);
    await exited;
  }
}
