#!/usr/bin/env node
import { runEval } from './main';

// exitCode rather than exit(): let stdout drain before the process ends.
void runEval(process.argv.slice(2), process, process.env).then((code) => {
  process.exitCode = code;
});
