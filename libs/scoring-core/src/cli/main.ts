import { open } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { analyzeLines } from './run';

const USAGE = `Usage: analyze [FILE.jsonl | -]

Reads JSON Lines of {"question": {"prompt", "type", "competencies", "talkingPoints", "timeLimitSeconds"},
"answer": {"text", "thinkingSeconds", "durationSeconds"}} from FILE (or stdin when FILE is "-" or omitted)
and prints one JSON result per line, scored with the default rubric.
Exit status: 0 all lines analyzed, 1 some lines invalid, 2 input unreadable.
`;

export const EXIT_LINE_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** FILE, or stdin for "-" or none; a directory is refused up front (reading one fails late and obscurely). */
export async function openInput(path: string | undefined, stdin: Readable): Promise<Readable> {
  if (path === undefined || path === '-') return stdin;
  const handle = await open(path, 'r');
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  }
  return handle.createReadStream({ encoding: 'utf8' });
}

/** A read failure in a few words for a one-line message. */
export function describeReadError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return message;
}

/** The whole CLI behind injectable streams; resolves to the exit status. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  if (args[0] === '-h' || args[0] === '--help') {
    io.stdout.write(USAGE);
    return 0;
  }
  const path = args[0];
  try {
    const input = await openInput(path, io.stdin);
    const { failed } = await analyzeLines(input, io.stdout);
    return failed > 0 ? EXIT_LINE_ERRORS : 0;
  } catch (error) {
    // The reader went away (`| head`): nothing left to report.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    io.stderr.write(`analyze: cannot read ${path ?? 'stdin'}: ${describeReadError(error)}\n`);
    return EXIT_UNREADABLE;
  }
}
