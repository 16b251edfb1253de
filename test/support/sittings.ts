import { GqlClient } from './graphql-client';

const START = `mutation($a: ID!) { startSession(input: { assignmentId: $a }) { id } }`;
const SHOW_FIRST = `mutation($s: ID!) { showQuestion(sessionId: $s, position: 0) { id } }`;
const DRAFT = `mutation($q: ID!, $t: String!) { saveAnswerDraft(input: { sessionQuestionId: $q, text: $t }) { id } }`;
const SUBMIT = `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id status } }`;

export interface FirstAnswer {
  sessionId: string;
  questionId: string;
  answerId: string;
  /** As the submit returned it (SUBMITTED, or SCORED if scoring was already done). */
  status: string;
}

/** Starts a new sitting of the assignment and shows its first question. */
async function firstQuestion(candidate: GqlClient, assignmentId: string) {
  const sessionId = (await candidate.ok(START, { a: assignmentId })).startSession.id as string;
  const questionId = (await candidate.ok(SHOW_FIRST, { s: sessionId })).showQuestion.id as string;
  return { sessionId, questionId };
}

/** Starts a new sitting of the assignment and submits `text` as the answer to its first question. */
export async function answerFirstQuestion(candidate: GqlClient, assignmentId: string, text: string): Promise<FirstAnswer> {
  const { sessionId, questionId } = await firstQuestion(candidate, assignmentId);
  const answer = (await candidate.ok(SUBMIT, { q: questionId, t: text })).submitAnswer;
  return { sessionId, questionId, answerId: answer.id, status: answer.status };
}

/** Starts a new sitting and saves `text` as a draft answer to its first question: the answer's id (a draft is never scored). */
export async function draftFirstQuestion(candidate: GqlClient, assignmentId: string, text: string): Promise<string> {
  const { questionId } = await firstQuestion(candidate, assignmentId);
  return (await candidate.ok(DRAFT, { q: questionId, t: text })).saveAnswerDraft.id as string;
}
