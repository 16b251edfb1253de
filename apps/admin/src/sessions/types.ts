import type { EvaluationFields } from '@mockint/web-graphql';

export interface Review {
  id: string;
  overallScore: number;
  comment: string;
  actionItems: string[];
  overrides: { key: string; score: number }[];
}

export interface Evaluation extends EvaluationFields {
  id: string;
  reviews: Review[];
}

export interface SessionRecord {
  id: string;
  candidate: { name: string; email: string };
  mode: string;
  status: string;
  confidenceBefore: number | null;
  confidenceAfter: number | null;
  focusLossCount: number;
  questions: {
    id: string;
    position: number;
    prompt: string;
    followUpDepth: number;
    answers: { id: string; attempt: number; text: string; overTime: boolean; evaluation: Evaluation | null }[];
  }[];
}
