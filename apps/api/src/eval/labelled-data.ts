import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseQuestion, type QuestionInput } from '@mockint/scoring-core';

/** Two answers to one question, the first better by a person's judgement. */
export interface PairItem {
  kind: 'pair';
  line: number;
  question: QuestionInput;
  better: string;
  worse: string;
}

/** One answer a person scored: 1..5 per rubric criterion and/or 0..100 overall. */
export interface ScoredItem {
  kind: 'scored';
  line: number;
  question: QuestionInput;
  answer: string;
  scores: Record<string, number>;
  overall?: number;
}

export type LabelledItem = PairItem | ScoredItem;

export interface LineError {
  line: number;
  error: string;
}

export interface LabelledData {
  items: LabelledItem[];
  errors: LineError[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function parseScores(value: unknown, criterionKeys: readonly string[], errors: string[]): Record<string, number> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) {
    errors.push('scores must be an object of criterion key to 1..5');
    return {};
  }
  const scores: Record<string, number> = {};
  for (const [key, score] of Object.entries(value)) {
    if (!criterionKeys.includes(key)) errors.push(`scores.${key} is not a rubric criterion (${criterionKeys.join(', ')})`);
    else if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5)
      errors.push(`scores.${key} must be a whole number from 1 to 5`);
    else scores[key] = score;
  }
  return scores;
}

/** One labelled line: a pair (`better`, `worse`) or a scored answer (`answer`, `scores` and/or `overall`). */
export function parseLabelledLine(text: string, line: number, criterionKeys: readonly string[]): LabelledItem | LineError {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    return { line, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (!isObject(record)) return { line, error: 'each line must be a JSON object' };
  const errors: string[] = [];
  const question = parseQuestion(record.question, errors);
  const isPair = 'better' in record || 'worse' in record;
  if (isPair === 'answer' in record) {
    errors.push('a line is either a pair ("better" and "worse") or a scored answer ("answer" with "scores" and/or "overall")');
  } else if (isPair) {
    if (!isText(record.better)) errors.push('better must be a non-empty string');
    if (!isText(record.worse)) errors.push('worse must be a non-empty string');
  } else {
    if (typeof record.answer !== 'string') errors.push('answer must be a string');
    const { overall } = record;
    if (overall !== undefined && (typeof overall !== 'number' || !Number.isFinite(overall) || overall < 0 || overall > 100))
      errors.push('overall must be a number from 0 to 100');
    if (record.scores === undefined && overall === undefined) errors.push('a scored answer needs "scores" and/or "overall"');
  }
  const scores = isPair ? {} : parseScores(record.scores, criterionKeys, errors);
  if (errors.length || !question) return { line, error: errors.join('; ') };
  if (isPair) return { kind: 'pair', line, question, better: record.better as string, worse: record.worse as string };
  return {
    kind: 'scored',
    line,
    question,
    answer: record.answer as string,
    scores,
    overall: record.overall as number | undefined,
  };
}

/** Reads a whole labelled file: blank lines and lines starting with `#` are skipped, bad lines collected. */
export async function readLabelled(input: Readable, criterionKeys: readonly string[]): Promise<LabelledData> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let inputError: Error | undefined;
  input.once('error', (error: Error) => {
    inputError = error;
    lines.close();
  });
  const data: LabelledData = { items: [], errors: [] };
  let number = 0;
  for await (const raw of lines) {
    number++;
    const text = (number === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (text === '' || text.startsWith('#')) continue;
    const parsed = parseLabelledLine(text, number, criterionKeys);
    if ('error' in parsed) data.errors.push(parsed);
    else data.items.push(parsed);
  }
  if (inputError) throw inputError;
  return data;
}
