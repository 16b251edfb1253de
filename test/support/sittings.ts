import { GqlClient } from './graphql-client';

const START = `mutation($a: ID!) { startSession(input: { assignmentId: $a }) { id questions { shownAt } } }`;
const COMPLETE = `mutation($s: ID!) { completeSession(id: $s) { id } }`;
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

/**
 * Starts a new sitting of the assignment (completing the candidate's open one first, if it was begun:
 * a practice assignment can be sat at will, a realistic one needs a retake) and shows its first question.
 */
async function firstQuestion(candidate: GqlClient, assignmentId: string) {
  let session = (await candidate.ok(START, { a: assignmentId })).startSession;
  if (session.questions[0].shownAt) {
    await candidate.ok(COMPLETE, { s: session.id });
    session = (await candidate.ok(START, { a: assignmentId })).startSession;
  }
  const sessionId = session.id as string;
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

const RUBRICS = `{ rubrics { id } }`;
const CREATE_RUBRIC = `mutation { createRubric(input: { name: "Rubric", isDefault: true,
  criteria: [{ name: "Clarity", weight: 1, levels: ["1", "2", "3", "4", "5"] }] }) { id } }`;
const CREATE_SET = `mutation($i: CreateQuestionSetInput!) { createQuestionSet(input: $i) { id } }`;
const CREATE_QUESTION = `mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }`;
const CREATE_TEMPLATE = `mutation($i: CreateTemplateInput!) { createTemplate(input: $i) { id } }`;
const CREATE_ASSIGNMENT = `mutation($i: CreateAssignmentInput!) { createAssignment(input: $i) { id } }`;

export interface Bank {
  setId: string;
  questionIds: string[];
  prompts: string[];
}

/**
 * A question set of `count` behavioral questions about `topic` (their competency), made by `staff`
 * (with a default rubric if the organization has none yet). Prompts name the set, so they are unique.
 */
export async function questionBank(
  staff: GqlClient,
  topic: string,
  count: number,
  set: { name?: string; staffOnly?: boolean } = {},
): Promise<Bank> {
  if (!(await staff.ok(RUBRICS)).rubrics.length) await staff.ok(CREATE_RUBRIC);
  const name = set.name ?? `${topic} questions`;
  const setId = (await staff.ok(CREATE_SET, { i: { ...set, name } })).createQuestionSet.id as string;
  const bank: Bank = { setId, questionIds: [], prompts: [] };
  for (let n = 1; n <= count; n++) {
    const prompt = `Tell me about ${topic}, part ${n} of "${name}".`;
    const input = { questionSetId: setId, prompt, type: 'BEHAVIORAL', competencies: [topic] };
    bank.questionIds.push((await staff.ok(CREATE_QUESTION, { i: input })).createQuestion.id);
    bank.prompts.push(prompt);
  }
  return bank;
}

export interface AssignmentSpec {
  questionIds: string[];
  mode: 'REALISTIC' | 'PRACTICE';
  followUpCount?: number;
  /** The template's thinking time and waiting room (seconds); none when left out. */
  thinkingSeconds?: number;
  waitingRoomSeconds?: number;
  /** Random questions drawn from this set when a sitting starts, after the fixed ones. */
  drawFrom?: { questionSetId: string; count: number };
  cohortId?: string;
  candidateIds?: string[];
}

/** A template of these questions, assigned by `staff` to a cohort or to candidates; the assignment id. */
export async function assign(staff: GqlClient, spec: AssignmentSpec): Promise<string> {
  const template = {
    name: `${spec.mode.toLowerCase()} of ${spec.questionIds.length}`,
    mode: spec.mode,
    followUpCount: spec.followUpCount ?? 0,
    thinkingSeconds: spec.thinkingSeconds,
    waitingRoomSeconds: spec.waitingRoomSeconds,
    items: [...spec.questionIds.map((questionId) => ({ questionId })), ...(spec.drawFrom ? [{ draw: spec.drawFrom }] : [])],
  };
  const templateId = (await staff.ok(CREATE_TEMPLATE, { i: template })).createTemplate.id;
  const assignment = { templateId, cohortId: spec.cohortId, candidateIds: spec.candidateIds };
  return (await staff.ok(CREATE_ASSIGNMENT, { i: assignment })).createAssignment.id as string;
}

/**
 * A practice assignment of the demo template's fixed questions, with one follow-up, for the candidate:
 * unlike the demo's realistic one it can be sat again and again, and feedback comes at once.
 */
export async function demoPracticeAssignment(staff: GqlClient, candidate: GqlClient): Promise<string> {
  const memberId = (await candidate.ok('{ me { memberId } }')).me.memberId as string;
  const { templates } = await staff.ok(
    '{ templates(options: { filter: { search: "Acme Cloud backend" } }) { nodes { items { questionId } } } }',
  );
  const questionIds = templates.nodes[0].items.flatMap((i: { questionId: string | null }) =>
    i.questionId ? [i.questionId] : [],
  );
  return assign(staff, { questionIds, mode: 'PRACTICE', followUpCount: 1, candidateIds: [memberId] });
}

/** A good STAR answer about `topic` (a situation, the candidate's own action, a measured result). */
export const storyAnswer = (topic: string): string =>
  `At my last internship our ${topic} failed under load every Friday. I owned the investigation: I profiled the ` +
  'database calls and rewrote an N+1 query as one join. As a result p95 latency fell from 2.1 seconds to 300 ms.';

/** Sits every question of the assignment (one answer each) and, unless told not to, completes the sitting. */
export async function sit(candidate: GqlClient, assignmentId: string, questions: number, complete = true): Promise<string> {
  const session = (
    await candidate.ok('mutation($a: ID!) { startSession(input: { assignmentId: $a }) { id } }', { a: assignmentId })
  ).startSession.id as string;
  for (let position = 0; position < questions; position++) {
    const shown = await candidate.ok('mutation($s: ID!, $p: Int!) { showQuestion(sessionId: $s, position: $p) { id } }', {
      s: session,
      p: position,
    });
    await candidate.ok('mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id } }', {
      q: shown.showQuestion.id,
      t: storyAnswer(`service ${position}`),
    });
  }
  if (complete) await candidate.ok('mutation($s: ID!) { completeSession(id: $s) { id } }', { s: session });
  return session;
}
