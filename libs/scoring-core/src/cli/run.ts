import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { analyzeAnswer } from '../analyze';
import { parseLine } from './parse-line';

export interface RunSummary {
  analyzed: number;
  failed: number;
}

async function writeLine(output: Writable, record: object): Promise<void> {
  // Respect backpressure so a large input does not buffer every result in memory.
  if (!output.write(`${JSON.stringify(record)}\n`)) await once(output, 'drain');
}

/**
 * Streams JSON Lines from `input`, writing one result (or `{"line", "error"}`) per non-blank line.
 * Rejects only if the input itself fails; bad lines are reported and skipped.
 */
export async function analyzeLines(input: Readable, output: Writable): Promise<RunSummary> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let inputError: Error | undefined;
  input.once('error', (error: Error) => {
    inputError = error;
    lines.close();
  });

  const summary: RunSummary = { analyzed: 0, failed: 0 };
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (!parsed.ok) {
      summary.failed++;
      await writeLine(output, { line: lineNumber, error: parsed.error });
      continue;
    }
    const result = analyzeAnswer(parsed.question, parsed.answer);
    summary.analyzed++;
    await writeLine(output, {
      line: lineNumber,
      overallScore: result.overallScore,
      evidence: result.evidence,
      ...(result.evidenceReason !== null && { evidenceReason: result.evidenceReason }),
      criteria: result.criteria.map(({ key, name, weight, score, rationale }) => ({ key, name, weight, score, rationale })),
      redFlags: result.redFlags,
      feedback: result.feedback,
      actionItems: result.actionItems,
      followUpQuestion: result.followUpQuestion,
      metrics: result.metrics,
    });
  }
  if (inputError) throw inputError;
  return summary;
}
