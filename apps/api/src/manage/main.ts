import 'reflect-metadata';
import { manage } from './cli';

/** `npm run manage -- <command>`: prints what the command says and exits with its code (0, 1 failed, 2 misused). */
manage(process.argv.slice(2), process.env).then(
  ({ exitCode, lines }) => {
    const out = exitCode ? process.stderr : process.stdout;
    out.write(`${lines.join('\n')}\n`, () => process.exit(exitCode));
  },
  (error: unknown) => {
    process.stderr.write(`manage failed: ${error instanceof Error ? error.message : String(error)}\n`, () => process.exit(1));
  },
);
