import type { AnswerKind, AnswerMetrics, DimensionKey, DimensionScores, QuestionInput, RedFlagCode } from '../types';

export interface DiagnosisContext {
  question: QuestionInput;
  metrics: AnswerMetrics;
  flags: ReadonlySet<RedFlagCode>;
  dimensions: DimensionScores;
  kind: AnswerKind;
  usesStar: boolean;
  /** The answer's sentences, for quoting them back. */
  sentences: readonly string[];
}

/** One weakness of the answer, with everything the feedback needs to talk about it. */
export interface Issue {
  dimension: DimensionKey;
  severity: number;
  /** What would make the answer stronger (or, for delivery, how it came across). */
  advice: string;
  /** What a real interviewer might conclude; null when it would hardly register. */
  concern: string | null;
  /** A concrete, practiceable exercise. */
  action: string;
  /** A probing follow-up question; null for delivery issues. */
  followUp: string | null;
}

export type IssueText = Omit<Issue, 'dimension' | 'severity'>;

export interface Rule {
  dimension: DimensionKey;
  /** A red flag behind the issue makes it more urgent. */
  flag?: RedFlagCode;
  /** Issues that make everything else moot go first. */
  overriding?: boolean;
  applies(ctx: DiagnosisContext): boolean;
  describe(ctx: DiagnosisContext): IssueText;
}
