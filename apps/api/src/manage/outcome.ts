import { ConfigError } from '../config/config';
import { DatabaseInUse } from '../database/embedded-postgres';
import type { Outcome } from './control-socket';
import { Command, OperatorError, parseCommand, UsageError, USAGE } from './commands';
import type { ManageService } from './manage.service';

/** Exit code 2 for a command not understood, 1 for one that could not be carried out. */
export function failed(error: unknown): Outcome {
  if (error instanceof UsageError)
    return { exitCode: 2, lines: [error.message, 'Run "npm run manage -- help" for the commands.'] };
  if (error instanceof OperatorError || error instanceof ConfigError || error instanceof DatabaseInUse) {
    return { exitCode: 1, lines: [error.message] };
  }
  throw error;
}

export const usage = (): Outcome => ({ exitCode: 0, lines: USAGE.split('\n') });

/** Runs one parsed command on an open database (the CLI's own, or the running server's). */
export async function runCommand(manage: ManageService, command: Command): Promise<Outcome> {
  if (command.name === 'help') return usage();
  if (command.name === 'restore') {
    return failed(
      new OperatorError('restore replaces the database the server has open: stop the server first, then run it again'),
    );
  }
  try {
    return { exitCode: 0, lines: await manage.run(command) };
  } catch (error) {
    return failed(error);
  }
}

/** The running server's side of the control socket. */
export async function runArgv(manage: ManageService, argv: string[]): Promise<Outcome> {
  try {
    return await runCommand(manage, parseCommand(argv));
  } catch (error) {
    return failed(error);
  }
}
