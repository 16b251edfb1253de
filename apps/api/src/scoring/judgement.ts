import type { AnswerFeedback } from '@mockint/scoring-core';

/** One rubric criterion as the LLM judged it, after the evidence check. */
export interface JudgedCriterion {
  key: string;
  score: number;
  rationale: string;
  /** A verbatim quote from the answer; null when none was given or the one given is not in the answer. */
  evidence: string | null;
  /** The model quoted words the answer does not contain: the quote was dropped. */
  evidenceRejected: boolean;
}

export interface Judgement {
  criteria: JudgedCriterion[];
  feedback: AnswerFeedback;
  actionItems: string[];
  followUpQuestion: string;
}

export const MAX_ACTION_ITEMS = 3;

/** The structured output the model must produce (OpenAI strict mode: every property required). */
export function judgementSchema(criterionKeys: readonly string[]): Record<string, unknown> {
  const text = { type: 'string' };
  const object = (properties: Record<string, unknown>) => ({
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  });
  return object({
    criteria: {
      type: 'array',
      items: object({
        key: { type: 'string', enum: [...criterionKeys] },
        score: { type: 'integer', enum: [1, 2, 3, 4, 5] },
        rationale: text,
        evidence: text,
      }),
    },
    feedback: object({ stronger: text, communication: text, concerns: text }),
    actionItems: { type: 'array', items: text },
    followUpQuestion: text,
  });
}

/** The model's reply is not a judgement: the job fails and the queue tries again. */
export class InvalidJudgementError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new InvalidJudgementError(`${path} must be a non-empty string`);
  return value.trim();
}

// Quotes are compared loosely: case, spacing, typographic quotes and edge punctuation do not matter.
const comparable = (value: string): string =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
const trimEdges = (value: string): string => value.replace(/^[\s"'.,;:!?-]+|[\s"'.,;:!?-]+$/g, '');

/** Whether each part of the quote (parts split at an ellipsis) occurs in the answer, in order. */
export function quoteOccursIn(quote: string, answer: string): boolean {
  const haystack = comparable(answer);
  const parts = comparable(quote)
    .split(/\s*(?:\.\.\.|\u2026)\s*/)
    .map(trimEdges)
    .filter(Boolean);
  if (parts.length === 0) return false;
  let from = 0;
  for (const part of parts) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/**
 * Parses and checks the model's JSON against the rubric: every criterion exactly once with a 1..5
 * score. A quote the answer does not contain is dropped and the criterion marked.
 */
export function parseJudgement(content: string | null | undefined, criterionKeys: readonly string[], answer: string): Judgement {
  let raw: unknown;
  try {
    raw = JSON.parse(content ?? '');
  } catch {
    throw new InvalidJudgementError('the reply is not JSON');
  }
  if (!isRecord(raw)) throw new InvalidJudgementError('the reply is not a JSON object');
  if (!Array.isArray(raw.criteria)) throw new InvalidJudgementError('criteria must be an array');
  const byKey = new Map<string, JudgedCriterion>();
  for (const [i, item] of raw.criteria.entries()) {
    if (!isRecord(item)) throw new InvalidJudgementError(`criteria[${i}] must be an object`);
    const key = text(item.key, `criteria[${i}].key`);
    if (!criterionKeys.includes(key)) throw new InvalidJudgementError(`criteria[${i}].key "${key}" is not in the rubric`);
    if (byKey.has(key)) throw new InvalidJudgementError(`criterion "${key}" is judged twice`);
    const score = item.score;
    if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5)
      throw new InvalidJudgementError(`criteria[${i}].score must be a whole number from 1 to 5`);
    const quote = typeof item.evidence === 'string' ? item.evidence.trim() : '';
    const verified = quote !== '' && quoteOccursIn(quote, answer);
    byKey.set(key, {
      key,
      score,
      rationale: text(item.rationale, `criteria[${i}].rationale`),
      evidence: verified ? quote : null,
      evidenceRejected: quote !== '' && !verified,
    });
  }
  const missing = criterionKeys.filter((key) => !byKey.has(key));
  if (missing.length) throw new InvalidJudgementError(`criteria ${missing.join(', ')} are missing`);
  if (!isRecord(raw.feedback)) throw new InvalidJudgementError('feedback must be an object');
  if (!Array.isArray(raw.actionItems)) throw new InvalidJudgementError('actionItems must be an array');
  return {
    criteria: criterionKeys.map((key) => byKey.get(key)!),
    feedback: {
      stronger: text(raw.feedback.stronger, 'feedback.stronger'),
      communication: text(raw.feedback.communication, 'feedback.communication'),
      concerns: text(raw.feedback.concerns, 'feedback.concerns'),
    },
    actionItems: raw.actionItems
      .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
      .map((item) => item.trim())
      .slice(0, MAX_ACTION_ITEMS),
    followUpQuestion: text(raw.followUpQuestion, 'followUpQuestion'),
  };
}
