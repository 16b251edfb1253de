/** The GraphQL the interview screens use, and the shapes they read. */
import type { EvaluationFields } from '@mockint/web-graphql';

export const START_ASSIGNMENT = `
  mutation ($input: StartSessionInput!) { startSession(input: $input) { id mode } }
`;
export const START_PRACTICE = `
  mutation ($input: StartPracticeInput!) { startPractice(input: $input) { id mode } }
`;
export const SHOW_QUESTION = `
  mutation ($sessionId: ID!, $position: Int!) {
    showQuestion(sessionId: $sessionId, position: $position) { id position prompt timeLimitSeconds followUpDepth shownAt }
  }
`;
export const SAVE_DRAFT = `
  mutation ($input: AnswerInput!) { saveAnswerDraft(input: $input) { id } }
`;
export const SUBMIT_ANSWER = `
  mutation ($input: AnswerInput!) { submitAnswer(input: $input) { id attempt overTime } }
`;
export const REPORT_FOCUS_LOSS = `
  mutation ($sessionId: ID!) { reportFocusLoss(sessionId: $sessionId) { id } }
`;
export const COMPLETE_SESSION = `
  mutation ($id: ID!, $input: CompleteSessionInput) { completeSession(id: $id, input: $input) { id } }
`;

const EVALUATION = `
  evaluation {
    source overallScore
    criteria { key name score rationale evidence }
    redFlags { code message }
    feedback { stronger communication concerns }
    actionItems followUpQuestion
    reviews { comment overallScore actionItems }
  }
`;
export const ANSWER_SCORED = `subscription ($id: ID!) { answerScored(answerId: $id) { id status ${EVALUATION} } }`;
export const ANSWER = `query ($id: ID!) { answer(id: $id) { id status ${EVALUATION} } }`;
export const SUMMARY = `
  query ($id: ID!) {
    session(id: $id) {
      id mode confidenceBefore confidenceAfter focusLossCount
      questions { id position prompt followUpDepth answers { id attempt status overTime ${EVALUATION} } }
    }
  }
`;

/** Where a sitting was left: each question's attempts, the draft's text included. */
export const SITTING = `
  query ($id: ID!) { session(id: $id) { id questions { id position answers { status text } } } }
`;

export type Mode = 'REALISTIC' | 'PRACTICE';

export interface Question {
  id: string;
  position: number;
  prompt: string;
  timeLimitSeconds: number;
  followUpDepth: number;
  shownAt: string;
}

export interface Evaluation extends EvaluationFields {
  reviews: { comment: string; overallScore: number; actionItems: string[] }[];
}

export interface ScoredAnswer {
  id: string;
  status: 'DRAFT' | 'SUBMITTED' | 'SCORED';
  evaluation: Evaluation | null;
}

export interface SessionSummary {
  id: string;
  mode: Mode;
  confidenceBefore: number | null;
  confidenceAfter: number | null;
  focusLossCount: number;
  questions: {
    id: string;
    position: number;
    prompt: string | null;
    followUpDepth: number;
    answers: (ScoredAnswer & { attempt: number; overTime: boolean })[];
  }[];
}

export interface SittingState {
  id: string;
  questions: { id: string; position: number; answers: { status: ScoredAnswer['status']; text: string }[] }[];
}

/** What the candidate states before starting. */
export interface Opening {
  checklist: string[];
  confidenceBefore: number;
}
