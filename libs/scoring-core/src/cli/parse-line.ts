import type { AnswerInput, QuestionInput, QuestionType } from '../types';

/** One JSON Lines record, validated by hand so the CLI needs no dependencies. */
export type ParsedLine = { ok: true; question: QuestionInput; answer: AnswerInput } | { ok: false; error: string };

const QUESTION_TYPES: readonly QuestionType[] = ['BEHAVIORAL', 'TECHNICAL', 'SYSTEM_DESIGN', 'CODING', 'CASE', 'SITUATIONAL'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
// Optional fields accept null too: many JSON writers emit null for "absent".
const isAbsent = (value: unknown): value is null | undefined => value === undefined || value === null;

function optionalSeconds(record: Json, field: string, path: string, errors: string[]): number | undefined {
  const value = record[field];
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    errors.push(`${path}.${field} must be a non-negative number`);
    return undefined;
  }
  return value;
}

function optionalStrings(record: Json, field: string, path: string, errors: string[]): string[] | undefined {
  const value = record[field];
  if (isAbsent(value)) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    errors.push(`${path}.${field} must be an array of strings`);
    return undefined;
  }
  return value;
}

/** A question as the analyze command reads it; problems are added to `errors` (other tools read the same shape). */
export function parseQuestion(value: unknown, errors: string[]): QuestionInput | undefined {
  if (!isObject(value)) {
    errors.push('question must be an object');
    return undefined;
  }
  const { prompt, type } = value;
  if (typeof prompt !== 'string' || prompt.trim() === '') errors.push('question.prompt must be a non-empty string');
  if (!isAbsent(type) && !QUESTION_TYPES.includes(type as QuestionType)) {
    errors.push(`question.type must be one of ${QUESTION_TYPES.join(', ')}`);
  }
  const question: QuestionInput = {
    prompt: String(prompt),
    type: isAbsent(type) ? undefined : (type as QuestionType),
    competencies: optionalStrings(value, 'competencies', 'question', errors),
    talkingPoints: optionalStrings(value, 'talkingPoints', 'question', errors),
    timeLimitSeconds: optionalSeconds(value, 'timeLimitSeconds', 'question', errors),
  };
  return question;
}

function parseAnswer(value: unknown, errors: string[]): AnswerInput | undefined {
  if (!isObject(value)) {
    errors.push('answer must be an object');
    return undefined;
  }
  if (typeof value.text !== 'string') errors.push('answer.text must be a string');
  return {
    text: String(value.text),
    thinkingSeconds: optionalSeconds(value, 'thinkingSeconds', 'answer', errors),
    durationSeconds: optionalSeconds(value, 'durationSeconds', 'answer', errors),
  };
}

export function parseLine(line: string): ParsedLine {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (!isObject(record)) return { ok: false, error: 'each line must be a JSON object with "question" and "answer"' };
  const errors: string[] = [];
  const question = parseQuestion(record.question, errors);
  const answer = parseAnswer(record.answer, errors);
  if (errors.length > 0 || !question || !answer) return { ok: false, error: errors.join('; ') };
  return { ok: true, question, answer };
}
