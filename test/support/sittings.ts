import { GqlClient } from './graphql-client';

const START = `mutation($a: ID!) { startSession(input: { assignmentId: $a }) { id } }`;
const SHOW_FIRST = `mutation($s: ID!) { showQuestion(sessionId: $s, position: 0) { id } }`;
const SUBMIT = `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id status } }`;

export interface FirstAnswer {
  sessionId: string;
  questionId: string;
  answerId: string;
  /** As the submit returned it (SUBMITTED, or SCORED if scoring was already done). */
  status: string;
}

/** Starts a new sitting of the assignment and submits `text` as the answer to its first question. */
export async function answerFirstQuestion(candidate: GqlClient, assignmentId: string, text: string): Promise<FirstAnswer> {
  const sessionId = (await candidate.ok(START, { a: assignmentId })).startSession.id as string;
  const questionId = (await candidate.ok(SHOW_FIRST, { s: sessionId })).showQuestion.id as string;
  const answer = (await candidate.ok(SUBMIT, { q: questionId, t: text })).submitAnswer;
  return { sessionId, questionId, answerId: answer.id, status: answer.status };
}
