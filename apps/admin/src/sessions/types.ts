import type { PlayablePart, TimedComment } from '@mockint/web-theme';
import type { EvaluationFields } from '@mockint/web-graphql';

export interface Review {
  id: string;
  reviewerId: string | null;
  overallScore: number;
  comment: string;
  actionItems: string[];
  overrides: { key: string; score: number; note: string | null }[];
}

type Found = { found: boolean };

/** The analyzer's metrics; a part an older analyzer did not store is null. */
export interface Analysis {
  wordCount: number;
  wordsPerMinute: number;
  durationSeconds: number;
  durationEstimated: boolean;
  thinkingSeconds: number | null;
  relevance: number | null;
  fillerWords: { total: number; per100Words: number; breakdown: { filler: string; count: number }[] } | null;
  star: { partsFound: number; situation: Found; task: Found; action: Found; result: Found } | null;
  ownership: { iCount: number; weCount: number } | null;
  hedging: { count: number } | null;
  talkingPointCoverage: { covered: string[]; missed: string[] } | null;
  quantifiedResults: { value: string }[] | null;
}

export interface Evaluation extends EvaluationFields {
  id: string;
  /** What a coach scores: every one of them when the AI withheld its score. */
  rubricCriteria: { key: string; name: string }[];
  analysis: Analysis;
  reviews: Review[];
}

export interface AnswerRecord {
  id: string;
  attempt: number;
  text: string;
  overTime: boolean;
  /** Began after the template's thinking time. */
  startedLate: boolean;
  thinkingSeconds: number | null;
  durationSeconds: number | null;
  evaluation: Evaluation | null;
  /** A spoken answer's parts (none for a typed one) and the coaches' comments at moments of it. */
  recordings: PlayablePart[];
  recordingComments: TimedComment[];
}

export interface QuestionRecord {
  id: string;
  position: number;
  prompt: string;
  followUpDepth: number;
  timeLimitSeconds: number;
  /** The template's thinking time for it; null: no limit. */
  thinkingSeconds: number | null;
  answers: AnswerRecord[];
}

export interface SessionRecord {
  id: string;
  candidate: { name: string; email: string };
  mode: string;
  status: string;
  completedAt: string | null;
  confidenceBefore: number | null;
  confidenceAfter: number | null;
  focusLossCount: number;
  questions: QuestionRecord[];
}
