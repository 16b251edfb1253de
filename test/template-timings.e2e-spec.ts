import { startTestApp, TestApp } from './support/test-app';
import { createOrgWorld, OrgWorld } from './support/world';
import { GqlClient } from './support/graphql-client';
import { assign, Bank, questionBank, storyAnswer } from './support/sittings';

const CREATE = `mutation($i: CreateTemplateInput!) { createTemplate(input: $i) { id thinkingSeconds waitingRoomSeconds } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateTemplateInput!) { updateTemplate(id: $id, input: $i) { thinkingSeconds waitingRoomSeconds } }`;
const TEMPLATE = `query($id: ID!) { template(id: $id) { thinkingSeconds waitingRoomSeconds } }`;
const START = `mutation($a: ID!) { startSession(input: { assignmentId: $a }) { id waitingRoomSeconds waitingRoomSecondsLeft } }`;
const SESSION = `query($s: ID!) { session(id: $s) { waitingRoomSeconds waitingRoomSecondsLeft } }`;
const PRACTICE = `mutation($i: StartPracticeInput!) { startPractice(input: $i) { id waitingRoomSeconds waitingRoomSecondsLeft } }`;
const SHOW = `mutation($s: ID!, $p: Int!) { showQuestion(sessionId: $s, position: $p) { id timeLimitSeconds thinkingSeconds } }`;
const DRAFT = `mutation($q: ID!, $t: String!) { saveAnswerDraft(input: { sessionQuestionId: $q, text: $t }) { id } }`;
const SUBMIT = `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) {
  thinkingSeconds startedLate overTime } }`;
const ACCOMMODATE = `mutation($m: ID!) { setAccommodation(memberId: $m, input: { timeMultiplier: 1.5 }) { timeMultiplier } }`;

/** Template thinking time (answers started after it are marked) and waiting room (enforced before the first question). */
describe('template timings', () => {
  let app: TestApp;
  let org: OrgWorld;
  let bank: Bank;
  const sql = (query: string, params: unknown[]) => app.dataSource.query(query, params);
  /** Moves a sitting's start (or a question's showing) `seconds` into the past, as if that time had gone by. */
  const backdate = (table: 'interview_sessions' | 'session_questions', column: string, id: string, seconds: number) =>
    sql(`UPDATE ${table} SET ${column} = ${column} - make_interval(secs => $2) WHERE id = $1`, [id, seconds]);

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false' });
    org = await createOrgWorld(app.app, app.url, 'Timing College');
    bank = await questionBank(org.admin, 'ownership', 2);
  });
  afterAll(() => app.stop());

  const template = (extra: Record<string, unknown>) => ({
    name: 'Timed',
    mode: 'REALISTIC',
    items: [{ questionId: bank.questionIds[0] }],
    ...extra,
  });
  const reasonOf = async (client: GqlClient, query: string, variables: Record<string, unknown>) =>
    (await client.request(query, variables)).errors?.[0]?.extensions;

  it('keeps thinking time to 5..300 s and the waiting room to 0..600 s, on create and update', async () => {
    for (const bad of [
      { thinkingSeconds: 4 },
      { thinkingSeconds: 301 },
      { waitingRoomSeconds: -1 },
      { waitingRoomSeconds: 601 },
    ]) {
      const field = Object.keys(bad)[0];
      expect(await reasonOf(org.admin, CREATE, { i: template(bad) })).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        fields: [{ field }],
      });
    }
    const { id, ...timings } = (await org.admin.ok(CREATE, { i: template({ thinkingSeconds: 5, waitingRoomSeconds: 600 }) }))
      .createTemplate;
    expect(timings).toEqual({ thinkingSeconds: 5, waitingRoomSeconds: 600 });
    expect((await org.admin.ok(CREATE, { i: template({}) })).createTemplate).toMatchObject({
      thinkingSeconds: null,
      waitingRoomSeconds: null,
    });

    for (const bad of [{ thinkingSeconds: 0 }, { thinkingSeconds: 1000 }, { waitingRoomSeconds: 900 }]) {
      expect(await reasonOf(org.admin, UPDATE, { id, i: bad })).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
      });
    }
    expect((await org.admin.ok(UPDATE, { id, i: { thinkingSeconds: 300, waitingRoomSeconds: 0 } })).updateTemplate).toEqual({
      thinkingSeconds: 300,
      waitingRoomSeconds: 0,
    });
    // Null clears a setting: no limit, no waiting room.
    expect((await org.admin.ok(UPDATE, { id, i: { thinkingSeconds: null, waitingRoomSeconds: null } })).updateTemplate).toEqual({
      thinkingSeconds: null,
      waitingRoomSeconds: null,
    });
    expect((await org.coach.ok(TEMPLATE, { id })).template).toEqual({ thinkingSeconds: null, waitingRoomSeconds: null });
  });

  it("gives each shown question the template's thinking time (times an accommodation) and marks answers started after it", async () => {
    const spec = { questionIds: bank.questionIds, mode: 'PRACTICE' as const, thinkingSeconds: 20 };
    const assignmentId = await assign(org.admin, { ...spec, candidateIds: [org.ids.candidate, org.ids.otherCandidate] });
    const session = (await org.candidate.ok(START, { a: assignmentId })).startSession;

    // Answered at once: on time.
    const first = (await org.candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
    expect(first).toMatchObject({ thinkingSeconds: 20, timeLimitSeconds: 180 });
    expect((await org.candidate.ok(SUBMIT, { q: first.id, t: storyAnswer('billing') })).submitAnswer).toEqual({
      thinkingSeconds: 0,
      startedLate: false,
      overTime: false,
    });

    // Started 40 s after the question was shown: accepted, marked, and still within the answer time.
    const second = (await org.candidate.ok(SHOW, { s: session.id, p: 1 })).showQuestion;
    await backdate('session_questions', 'shown_at', second.id, 40);
    const late = (await org.candidate.ok(SUBMIT, { q: second.id, t: storyAnswer('search') })).submitAnswer;
    expect(late).toEqual({ thinkingSeconds: 40, startedLate: true, overTime: false });

    // Thinking ends with the first draft: a draft begun in time keeps the answer on time, however late the submit.
    const other = (await org.otherCandidate.ok(START, { a: assignmentId })).startSession;
    const question = (await org.otherCandidate.ok(SHOW, { s: other.id, p: 0 })).showQuestion;
    const draftId = (await org.otherCandidate.ok(DRAFT, { q: question.id, t: 'At my last internship' })).saveAnswerDraft.id;
    await backdate('session_questions', 'shown_at', question.id, 60);
    await sql(`UPDATE answers SET started_at = started_at - interval '50 seconds' WHERE id = $1`, [draftId]);
    expect((await org.otherCandidate.ok(SUBMIT, { q: question.id, t: storyAnswer('search') })).submitAnswer).toEqual({
      thinkingSeconds: 10,
      startedLate: false,
      overTime: false,
    });

    // An accommodation multiplies the thinking time as it does every time limit.
    await org.admin.ok(ACCOMMODATE, { m: org.ids.otherCandidate });
    const again = await assign(org.admin, { ...spec, candidateIds: [org.ids.otherCandidate] });
    const accommodated = (await org.otherCandidate.ok(START, { a: again })).startSession;
    expect((await org.otherCandidate.ok(SHOW, { s: accommodated.id, p: 0 })).showQuestion).toMatchObject({
      thinkingSeconds: 30,
      timeLimitSeconds: 270,
    });
  });

  it('has no thinking limit and no waiting room in free practice', async () => {
    const session = (await org.candidate.ok(PRACTICE, { i: { questionCount: 1, competency: 'ownership' } })).startPractice;
    expect(session).toMatchObject({ waitingRoomSeconds: 0, waitingRoomSecondsLeft: 0 });
    const question = (await org.candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
    expect(question.thinkingSeconds).toBeNull();
    await backdate('session_questions', 'shown_at', question.id, 100);
    expect((await org.candidate.ok(SUBMIT, { q: question.id, t: storyAnswer('search') })).submitAnswer).toMatchObject({
      startedLate: false,
    });
  });

  it("holds a realistic sitting's first question until the waiting room is over", async () => {
    const assignmentId = await assign(org.admin, {
      questionIds: bank.questionIds,
      mode: 'REALISTIC',
      waitingRoomSeconds: 120,
      candidateIds: [org.ids.candidate],
    });
    const session = (await org.candidate.ok(START, { a: assignmentId })).startSession;
    expect(session.waitingRoomSeconds).toBe(120);
    expect(session.waitingRoomSecondsLeft).toBeGreaterThan(110);
    expect(session.waitingRoomSecondsLeft).toBeLessThanOrEqual(120);

    const early = await reasonOf(org.candidate, SHOW, { s: session.id, p: 0 });
    expect(early).toMatchObject({ code: 'CONFLICT', reason: 'WAITING_ROOM' });
    expect(early!.secondsLeft).toBeGreaterThan(110);
    expect(early!.secondsLeft).toBeLessThanOrEqual(120);

    // 100 s later: 20 s to go, and a reload (startSession again) tells the same.
    await backdate('interview_sessions', 'created_at', session.id, 100);
    const reloaded = (await org.candidate.ok(START, { a: assignmentId })).startSession;
    expect(reloaded.id).toBe(session.id);
    expect(reloaded.waitingRoomSecondsLeft).toBeGreaterThan(10);
    expect(reloaded.waitingRoomSecondsLeft).toBeLessThanOrEqual(20);
    expect(await reasonOf(org.candidate, SHOW, { s: session.id, p: 0 })).toMatchObject({ reason: 'WAITING_ROOM' });

    await backdate('interview_sessions', 'created_at', session.id, 20);
    expect((await org.candidate.ok(SESSION, { s: session.id })).session.waitingRoomSecondsLeft).toBe(0);
    const first = (await org.candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
    // Showing it again (a reload) is no new wait.
    expect((await org.candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion.id).toBe(first.id);
    await org.candidate.ok(SUBMIT, { q: first.id, t: storyAnswer('billing') });
    expect((await org.candidate.ok(SHOW, { s: session.id, p: 1 })).showQuestion.id).not.toBe(first.id);
  });

  it('skips the waiting room in sittings of a practice template', async () => {
    const assignmentId = await assign(org.admin, {
      questionIds: bank.questionIds,
      mode: 'PRACTICE',
      waitingRoomSeconds: 300,
      candidateIds: [org.ids.otherCandidate],
    });
    const session = (await org.otherCandidate.ok(START, { a: assignmentId })).startSession;
    expect(session).toMatchObject({ waitingRoomSeconds: 0, waitingRoomSecondsLeft: 0 });
    await org.otherCandidate.ok(SHOW, { s: session.id, p: 0 });
  });

  it("lets another organization neither read nor change a template's timings", async () => {
    const id = (await org.admin.ok(CREATE, { i: template({ thinkingSeconds: 30, waitingRoomSeconds: 60 }) })).createTemplate.id;
    const other = await createOrgWorld(app.app, app.url, 'Other Timing College');
    expect(await other.admin.errorCode(TEMPLATE, { id })).toBe('NOT_FOUND');
    expect(await other.admin.errorCode(UPDATE, { id, i: { thinkingSeconds: 5, waitingRoomSeconds: 0 } })).toBe('NOT_FOUND');
    expect((await org.admin.ok(TEMPLATE, { id })).template).toEqual({ thinkingSeconds: 30, waitingRoomSeconds: 60 });
  });
});
