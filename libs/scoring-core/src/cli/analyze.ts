#!/usr/bin/env node
import { runCli } from './main';

// A reader that stops early (`| head`) closes the pipe; that ends the run, quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

void runCli(process.argv.slice(2), process).then((code) => {
  // exitCode rather than exit(): let stdout drain before the process ends.
  process.exitCode = code;
});
