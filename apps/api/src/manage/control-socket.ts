import { chmod, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';

/** Where a server on the embedded database takes operator commands: inside its data folder, for its user only. */
export const controlSocketPath = (dataDir: string): string => join(dataDir, 'manage.sock');

/** One command's outcome, as the CLI prints it. */
export interface Outcome {
  exitCode: number;
  lines: string[];
}

/**
 * Serves operator commands (one JSON line of argv in, one JSON line of outcome back) on a Unix socket,
 * so `npm run manage` reaches the embedded database through the server that holds it open.
 */
export async function serveControlSocket(path: string, run: (argv: string[]) => Promise<Outcome>): Promise<() => Promise<void>> {
  await rm(path, { force: true });
  const server = createServer((socket) => {
    let input = '';
    socket.setEncoding('utf8');
    socket.on('error', () => undefined);
    socket.on('data', (chunk: string) => {
      input += chunk;
      if (!input.includes('\n')) return;
      let argv: unknown;
      try {
        argv = JSON.parse(input.slice(0, input.indexOf('\n')));
      } catch {
        argv = undefined;
      }
      const outcome =
        Array.isArray(argv) && argv.every((a) => typeof a === 'string')
          ? run(argv)
          : Promise.resolve({ exitCode: 2, lines: ['Malformed request'] });
      void outcome.then((result) => socket.end(`${JSON.stringify(result)}\n`));
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(path, resolve));
  await chmod(path, 0o600);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Sends a command to the running server; rejects when nothing answers on the socket. */
export function askServer(path: string, argv: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    let output = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify(argv)}\n`));
    socket.on('data', (chunk: string) => (output += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      try {
        resolve(JSON.parse(output) as Outcome);
      } catch {
        reject(new Error('The server answered nothing usable'));
      }
    });
  });
}
