import type { AnswerKind, AnswerMetrics, DimensionScore, RedFlagCode, RubricLevel } from '../types';

export interface ScoringContext {
  metrics: AnswerMetrics;
  flags: ReadonlySet<RedFlagCode>;
  kind: AnswerKind;
  usesStar: boolean;
  /** The red flag that says the content earns no score (off-topic, copied, gibberish...); null if none. */
  unearned: RedFlagCode | null;
}

export type DimensionScorer = (ctx: ScoringContext) => DimensionScore;

/** Continuous score -> rubric level. */
export function toLevel(raw: number): RubricLevel {
  return Math.min(5, Math.max(1, Math.round(raw))) as RubricLevel;
}

/** 0..1, rising quickly then flattening: the first few pieces of evidence matter most. */
export function saturate(amount: number, scale: number): number {
  return 1 - Math.exp(-amount / scale);
}
