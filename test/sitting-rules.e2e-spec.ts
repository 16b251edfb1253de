import { setTimeout as sleep } from 'node:timers/promises';
import { JobQueue } from '../apps/api/src/queue/job-queue';
import { ScoringService } from '../apps/api/src/scoring/scoring.service';
import { startTestApp, TestApp } from './support/test-app';
import { createOrgWorld, OrgWorld } from './support/world';
import { assign, questionBank } from './support/sittings';
import { subscribe } from './support/subscriptions';

const PRACTICE = `mutation($i: StartPracticeInput!) { startPractice(input: $i) { id questions { id position } } }`;
const SHOW = `mutation($s: ID!, $p: Int!) { showQuestion(sessionId: $s, position: $p) { id } }`;
const SUBMIT = `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id } }`;
const DRAFT = `mutation($q: ID!, $t: String!) { saveAnswerDraft(input: { sessionQuestionId: $q, text: $t }) { id } }`;
const START = `mutation($a: ID!) { startSession(input: { assignmentId: $a }) { id questions { timeLimitSeconds } } }`;
const COPY = `query($a: ID!) { assignment(id: $a) { candidates { status retakesGranted sittingsRemaining } } }`;
const RETAKE = `mutation($a: ID!, $m: ID!) { grantRetake(assignmentId: $a, candidateId: $m) { status retakesGranted sittingsRemaining } }`;
const ACCOMMODATE = `mutation($m: ID!, $i: AccommodationInput!) { setAccommodation(memberId: $m, input: $i) {
  timeMultiplier extraRetakes note grantedBy { id } } }`;
const CLEAR = `mutation($m: ID!) { clearAccommodation(memberId: $m) }`;
const MEMBER_ACCOMMODATION = `query($m: ID!) { member(id: $m) { accommodation { timeMultiplier extraRetakes } } }`;
const COMPLETE = `mutation($s: ID!) { completeSession(id: $s) { status } }`;
const QUESTIONS = `query($s: ID!) { session(id: $s) { questions { id position followUpOfId } } }`;

const ANSWER =
  'I owned the investigation of our failing checkout: I profiled the database calls, found an N+1 query and rewrote it ' +
  'as one join. As a result p95 latency fell from 2.1 seconds to 300 milliseconds.';

describe('sitting rules', () => {
  let app: TestApp;
  let org: OrgWorld;
  const drain = () => app.app.get(JobQueue).drain();

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    org = await createOrgWorld(app.app, app.url, 'Sitting College');
    const cohortId = (await org.admin.ok(`mutation { createCohort(input: { name: "Sitters" }) { id } }`)).createCohort.id;
    const ADD = `mutation($c: ID!, $m: [ID!]!, $r: CohortRole!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: $r }) { id } }`;
    await org.admin.ok(ADD, { c: cohortId, m: [org.ids.coach], r: 'COACH' });
    await org.admin.ok(ADD, { c: cohortId, m: [org.ids.candidate, org.ids.otherCandidate], r: 'CANDIDATE' });
  });
  afterAll(() => app.stop());

  /**
   * Runs `start` while session questions cannot be written, until `count` transactions wait, so that
   * the jobs it starts all meet. Embedded PGlite has one connection: there the jobs interleave anyway.
   */
  async function togetherOnPostgres(count: number, start: () => Promise<void>): Promise<void> {
    if (!process.env.DATABASE_URL) return start();
    const blocker = app.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE session_questions IN SHARE MODE');
    await start();
    const waiting = async () =>
      (await app.dataSource.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`))[0].n as number;
    for (let waited = 0; (await waiting()) < count && waited < 5000; waited += 20) await sleep(20);
    await blocker.commitTransaction();
    await blocker.release();
  }

  it('puts every follow-up right after its question, however many answers are scored at once', async () => {
    await questionBank(org.admin, 'ownership', 4);
    const session = (await org.candidate.ok(PRACTICE, { i: { questionCount: 4, followUpCount: 1, competency: 'ownership' } }))
      .startPractice;
    // Answers to every question, submitted while no job ran (as after a queue outage), then all scored at once.
    for (const { position } of session.questions) {
      const question = (await org.candidate.ok(SHOW, { s: session.id, p: position })).showQuestion;
      const answerId = (await org.candidate.ok(DRAFT, { q: question.id, t: ANSWER })).saveAnswerDraft.id;
      await app.dataSource.query(`UPDATE answers SET status = 'SUBMITTED', submitted_at = now() WHERE id = $1`, [answerId]);
      await app.dataSource.query(
        'INSERT INTO scoring_outbox (answer_id, organization_id) SELECT id, organization_id FROM answers WHERE id = $1',
        [answerId],
      );
    }
    await togetherOnPostgres(4, async () => expect(await app.app.get(ScoringService).sweep()).toBe(4));
    await drain();

    const questions: { id: string; position: number; followUpOfId: string | null }[] = (
      await org.candidate.ok(QUESTIONS, { s: session.id })
    ).session.questions;
    expect(questions.map((q) => q.position)).toEqual([...Array(8).keys()]);
    const asked = session.questions.map((q: { id: string }) => q.id);
    expect(questions.map((q) => q.followUpOfId ?? q.id)).toEqual(asked.flatMap((id: string) => [id, id]));
  });

  it("keeps free practice off the fixed questions of the candidate's open realistic assignments and off staff-only sets", async () => {
    const open = await questionBank(org.admin, 'negotiation', 3, { name: 'Open' });
    const secret = await questionBank(org.admin, 'negotiation', 2, { name: 'Kept back', staffOnly: true });
    expect((await org.admin.ok(`query($s: ID!) { questionSet(id: $s) { staffOnly } }`, { s: secret.setId })).questionSet).toEqual(
      {
        staffOnly: true,
      },
    );
    const [first, second, third] = open.prompts;
    const realistic = await assign(org.admin, {
      questionIds: open.questionIds.slice(0, 2),
      drawFrom: { questionSetId: open.setId, count: 1 },
      mode: 'REALISTIC',
      candidateIds: [org.ids.candidate],
    });
    // A practice assignment reserves nothing.
    await assign(org.admin, { questionIds: [open.questionIds[2]], mode: 'PRACTICE', candidateIds: [org.ids.candidate] });
    const drawable = async (client: typeof org.candidate) =>
      (
        await client.ok(
          `mutation { startPractice(input: { competency: "negotiation", questionCount: 10 }) { questions { prompt } } }`,
        )
      ).startPractice.questions
        .map((q: { prompt: string }) => q.prompt)
        .sort();

    expect(await drawable(org.candidate)).toEqual([third]);
    expect(await drawable(org.otherCandidate)).toEqual([first, second, third]);
    await org.admin.ok(`mutation($s: ID!) { updateQuestionSet(id: $s, input: { staffOnly: false }) { id } }`, {
      s: secret.setId,
    });
    expect(await drawable(org.otherCandidate)).toEqual([first, second, third, ...secret.prompts].sort());

    // Once the candidate has sat it, its questions are no secret.
    const sitting = (await org.candidate.ok(START, { a: realistic })).startSession.id;
    await org.candidate.ok(COMPLETE, { s: sitting });
    expect(await drawable(org.candidate)).toEqual([first, second, third, ...secret.prompts].sort());
  });
  it('resumes the open sitting, allows one realistic sitting unless a coach grants a retake, and practice at will', async () => {
    const { questionIds } = await questionBank(org.admin, 'delivery', 2);
    const realistic = await assign(org.admin, { questionIds, mode: 'REALISTIC', candidateIds: [org.ids.candidate] });
    const copy = async () => (await org.coach.ok(COPY, { a: realistic })).assignment.candidates[0];

    // Two devices (or a double click) at once: one sitting, the same for both; starting again resumes it.
    const started = await Promise.all([1, 2, 3].map(() => org.candidate.ok(START, { a: realistic })));
    const id = started[0].startSession.id;
    expect(started.map((r) => r.startSession.id)).toEqual([id, id, id]);
    expect((await org.candidate.ok(START, { a: realistic })).startSession.id).toBe(id);
    const [{ count }] = await app.dataSource.query(
      'SELECT count(*)::int AS count FROM interview_sessions WHERE assignment_id = $1',
      [realistic],
    );
    expect(count).toBe(1);
    expect(await copy()).toEqual({ status: 'IN_PROGRESS', retakesGranted: 0, sittingsRemaining: 0 });

    await org.candidate.ok(COMPLETE, { s: id });
    const again = await org.candidate.request(START, { a: realistic });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'REALISTIC_ALREADY_TAKEN' });

    expect(await org.candidate.errorCode(RETAKE, { a: realistic, m: org.ids.candidate })).toBe('FORBIDDEN');
    const stranger = await createOrgWorld(app.app, app.url, 'Retake Outsiders');
    expect(await stranger.admin.errorCode(RETAKE, { a: realistic, m: org.ids.candidate })).toBe('NOT_FOUND');
    // Not assigned to this candidate: nothing to retake.
    expect(await org.coach.errorCode(RETAKE, { a: realistic, m: org.ids.otherCandidate })).toBe('NOT_FOUND');
    // The coach grants one: the assignment is the candidate's to do again.
    expect((await org.coach.ok(RETAKE, { a: realistic, m: org.ids.candidate })).grantRetake).toEqual({
      status: 'ASSIGNED',
      retakesGranted: 1,
      sittingsRemaining: 1,
    });
    const retake = (await org.candidate.ok(START, { a: realistic })).startSession.id;
    expect(retake).not.toBe(id);
    await org.candidate.ok(COMPLETE, { s: retake });
    expect(await copy()).toEqual({ status: 'COMPLETED', retakesGranted: 1, sittingsRemaining: 0 });
    expect(await org.candidate.errorCode(START, { a: realistic })).toBe('CONFLICT');

    const practice = await assign(org.admin, { questionIds, mode: 'PRACTICE', candidateIds: [org.ids.candidate] });
    const first = (await org.candidate.ok(START, { a: practice })).startSession.id;
    await org.candidate.ok(COMPLETE, { s: first });
    expect((await org.candidate.ok(START, { a: practice })).startSession.id).not.toBe(first);
    expect((await org.coach.ok(COPY, { a: practice })).assignment.candidates[0].sittingsRemaining).toBeNull();
    const retakePractice = await org.coach.request(RETAKE, { a: practice, m: org.ids.candidate });
    expect(retakePractice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PRACTICE_NEEDS_NO_RETAKE' });
  });

  it("applies a candidate's accommodation to the sittings they start: extra time (follow-ups too) and extra sittings", async () => {
    const { questionIds } = await questionBank(org.admin, 'pressure', 2);
    const realistic = await assign(org.admin, {
      questionIds,
      mode: 'REALISTIC',
      followUpCount: 1,
      candidateIds: [org.ids.candidate],
    });
    const before = (await org.candidate.ok(START, { a: realistic })).startSession;
    expect(before.questions).toEqual([{ timeLimitSeconds: 180 }, { timeLimitSeconds: 180 }]);

    const input = { timeMultiplier: 1.5, extraRetakes: 1, note: 'Disability services letter, 2026-09' };
    expect((await org.coach.ok(ACCOMMODATE, { m: org.ids.candidate, i: input })).setAccommodation).toEqual({
      ...input,
      grantedBy: { id: org.ids.coach },
    });
    // The sitting already started keeps its time; the next one gets more, and the accommodation's extra sitting.
    expect((await org.candidate.ok(START, { a: realistic })).startSession).toEqual(before);
    await org.candidate.ok(COMPLETE, { s: before.id });
    expect((await org.coach.ok(COPY, { a: realistic })).assignment.candidates[0].sittingsRemaining).toBe(1);
    const after = (await org.candidate.ok(START, { a: realistic })).startSession;
    expect(after.questions).toEqual([{ timeLimitSeconds: 270 }, { timeLimitSeconds: 270 }]);
    const question = (await org.candidate.ok(SHOW, { s: after.id, p: 0 })).showQuestion;
    await org.candidate.ok(SUBMIT, { q: question.id, t: ANSWER });
    await drain();
    const LIMITS = `query($s: ID!) { session(id: $s) { timeMultiplier questions { followUpDepth timeLimitSeconds } } }`;
    expect((await org.candidate.ok(LIMITS, { s: after.id })).session).toEqual({
      timeMultiplier: 1.5,
      questions: [
        { followUpDepth: 0, timeLimitSeconds: 270 },
        { followUpDepth: 1, timeLimitSeconds: 270 },
        { followUpDepth: 0, timeLimitSeconds: 270 },
      ],
    });

    // Seen by the candidate, by their coach and admins; not by other candidates.
    const OWN = `query($a: ID!) { assignment(id: $a) { candidates { member { accommodation { timeMultiplier note } } } } }`;
    expect((await org.candidate.ok(OWN, { a: realistic })).assignment.candidates).toEqual([
      { member: { accommodation: { timeMultiplier: 1.5, note: input.note } } },
    ]);
    for (const staff of [org.coach, org.admin]) {
      expect((await staff.ok(MEMBER_ACCOMMODATION, { m: org.ids.candidate })).member.accommodation).toEqual({
        timeMultiplier: 1.5,
        extraRetakes: 1,
      });
    }
    const classmates = `{ cohorts { nodes { candidates { id accommodation { note } } } } }`;
    expect((await org.otherCandidate.ok(classmates)).cohorts.nodes[0].candidates).toEqual([
      { id: org.ids.otherCandidate, accommodation: null },
    ]);

    expect(await org.coach.errorCode(ACCOMMODATE, { m: org.ids.candidate, i: { timeMultiplier: 3.5 } })).toBe('BAD_USER_INPUT');
    expect(await org.coach.errorCode(ACCOMMODATE, { m: org.ids.candidate, i: { extraRetakes: 11 } })).toBe('BAD_USER_INPUT');
    const coachAsTarget = await org.admin.request(ACCOMMODATE, { m: org.ids.coach, i: {} });
    expect(coachAsTarget.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_CANDIDATE' });
    expect(await org.candidate.errorCode(ACCOMMODATE, { m: org.ids.candidate, i: { timeMultiplier: 3 } })).toBe('FORBIDDEN');
    const stranger = await createOrgWorld(app.app, app.url, 'Accommodation Outsiders');
    expect(await stranger.admin.errorCode(ACCOMMODATE, { m: org.ids.candidate, i: {} })).toBe('NOT_FOUND');
    expect(await stranger.admin.errorCode(CLEAR, { m: org.ids.candidate })).toBe('NOT_FOUND');

    expect((await org.coach.ok(CLEAR, { m: org.ids.candidate })).clearAccommodation).toBe(true);
    expect((await org.coach.ok(CLEAR, { m: org.ids.candidate })).clearAccommodation).toBe(false);
    expect((await org.admin.ok(MEMBER_ACCOMMODATION, { m: org.ids.candidate })).member.accommodation).toBeNull();
  });

  it('gives the candidate no score or feedback during a realistic sitting, staff at once, and the candidate at the end', async () => {
    const { questionIds } = await questionBank(org.admin, 'secrecy', 2);
    const realistic = await assign(org.admin, {
      questionIds,
      mode: 'REALISTIC',
      followUpCount: 1,
      candidateIds: [org.ids.candidate],
    });
    const sitting = (await org.candidate.ok(START, { a: realistic })).startSession.id;
    const question = (await org.candidate.ok(SHOW, { s: sitting, p: 0 })).showQuestion;
    const answerId = (await org.candidate.ok(SUBMIT, { q: question.id, t: ANSWER })).submitAnswer.id;
    await drain();

    const ANSWER_QUERY = `query($a: ID!) { answer(id: $a) { status evaluation { overallScore } } }`;
    const NESTED = `query($s: ID!) { session(id: $s) { questions { answers { evaluation { overallScore } } } } }`;
    const SCORED = `subscription($a: ID!) { answerScored(answerId: $a) { status evaluation { overallScore } } }`;
    const COMPETENCIES = `{ myCompetencies { competency } }`;
    const competencies = async () =>
      (await org.candidate.ok(COMPETENCIES)).myCompetencies.map((c: { competency: string }) => c.competency);

    // The candidate: scored (the follow-up is ready), but no score anywhere.
    expect((await org.candidate.ok(ANSWER_QUERY, { a: answerId })).answer).toEqual({ status: 'SCORED', evaluation: null });
    const [pushed] = await subscribe(app.url, org.candidate, SCORED, { a: answerId });
    expect(pushed.data!.answerScored).toEqual({ status: 'SCORED', evaluation: null });
    const nested = (await org.candidate.ok(NESTED, { s: sitting })).session.questions[0].answers;
    expect(nested).toEqual([{ evaluation: null }]);
    expect(await competencies()).not.toContain('secrecy');
    expect((await org.candidate.ok(SHOW, { s: sitting, p: 1 })).showQuestion.id).toBeDefined();

    // Their coach: at once.
    const score = (await org.coach.ok(ANSWER_QUERY, { a: answerId })).answer.evaluation.overallScore;
    expect(score).toBeGreaterThan(0);
    expect((await subscribe(app.url, org.coach, SCORED, { a: answerId }))[0].data!.answerScored.evaluation).toEqual({
      overallScore: score,
    });

    await org.candidate.ok(COMPLETE, { s: sitting });
    expect((await org.candidate.ok(ANSWER_QUERY, { a: answerId })).answer.evaluation).toEqual({ overallScore: score });
    expect(await competencies()).toContain('secrecy');
  });
});
