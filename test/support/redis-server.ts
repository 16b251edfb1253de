import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

const START_TIMEOUT_MS = 10_000;

async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A private redis-server on loopback that a test may stop and start again on the same port (the shared
 * one of REDIS_URL serves other test files). Nothing is persisted: a restart comes back empty.
 */
export class RedisServer {
  private child?: ChildProcess;

  private constructor(readonly port: number) {}

  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freeLoopbackPort());
    await server.restart();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts it (again) and resolves once it accepts connections. */
  async restart(): Promise<void> {
    if (this.child) throw new Error('Redis is already running');
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'ignore'] }, // redis-server logs to stdout
    );
    let output = '';
    let timer: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((ready, fail) => {
        timer = setTimeout(() => fail(new Error('timed out')), START_TIMEOUT_MS);
        child.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Ready to accept connections')) ready();
        });
        child.once('error', fail);
        child.once('exit', (code) => fail(new Error(`exited with ${code}`)));
      });
    } catch (error) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not start (${(error as Error).message}):\n${output}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    this.child = child;
  }

  /** Gone at once, as in a crash: clients see their connections reset. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }
}
