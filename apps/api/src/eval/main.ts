import type { Readable, Writable } from 'node:stream';
import { describeReadError, openInput } from '@mockint/scoring-core';
import { ConfigError, loadConfig } from '../config/config';
import { defaultCriteria } from '../rubrics/default-criteria';
import { LlmPanel } from '../scoring/llm-judge';
import { evaluate, formatReport } from './evaluate';
import { type LabelledData, readLabelled } from './labelled-data';
import { analyzerScorer, LlmScorer, PanelScorer, type Scorer } from './scorers';

const CRITERION_KEYS = defaultCriteria().map((c) => c.key);

const USAGE = `Usage: eval FILE.jsonl [--json]   (FILE "-" reads stdin)

Scores labelled answers with the offline analyzer (and the LLM judge when OPENAI_BASE_URL or
OPENAI_API_KEY is set) and reports how well each agrees with people. One JSON object per line:
  {"question": {...}, "better": "...", "worse": "..."}                 a pair, the first answer better
  {"question": {...}, "answer": "...", "scores": {...}, "overall": 0..100}  an answer a person scored
"question" is what \`npm run analyze\` reads ("prompt", "type", "competencies", "talkingPoints");
"scores" maps criterion keys (${CRITERION_KEYS.join(', ')}) to 1..5. Blank lines and # comments are skipped.
Exit status: 0 when the file was read (bad lines are reported and skipped), 2 when it cannot be.
`;

export const EXIT_UNREADABLE = 2;

export interface EvalIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** `npm run eval`: the whole command behind injectable streams and environment; resolves to the exit status. */
export async function runEval(args: readonly string[], io: EvalIo, env: Record<string, string | undefined>): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const json = args.includes('--json');
  const paths = args.filter((arg) => arg !== '--json');
  if (paths.length !== 1) {
    io.stderr.write(USAGE);
    return EXIT_UNREADABLE;
  }
  const [path] = paths;
  let scorers: Scorer[];
  try {
    const { llm } = loadConfig(env);
    // Each model's own figures, and with several models the panel's (from the same calls).
    const models = llm ? new LlmPanel(llm).judges.map((judge) => new LlmScorer(judge)) : [];
    scorers = [analyzerScorer, ...models, ...(models.length > 1 ? [new PanelScorer(models)] : [])];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`eval: ${error.message}\n`);
    return EXIT_UNREADABLE;
  }
  let data: LabelledData;
  try {
    data = await readLabelled(await openInput(path, io.stdin), CRITERION_KEYS);
  } catch (error) {
    io.stderr.write(`eval: cannot read ${path}: ${describeReadError(error)}\n`);
    return EXIT_UNREADABLE;
  }
  for (const { line, error } of data.errors) io.stderr.write(`eval: ${path}:${line}: ${error}\n`);
  const report = await evaluate(data, scorers);
  io.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return 0;
}
