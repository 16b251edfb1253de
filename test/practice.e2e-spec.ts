import { setTimeout as sleep } from 'node:timers/promises';
import { JobQueue } from '../apps/api/src/queue/job-queue';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld } from './support/world';

const PRACTICE = `mutation($i: StartPracticeInput!) { startPractice(input: $i) {
  id mode assignmentId followUpCount questions { id position prompt type followUpDepth } } }`;
const SHOW = `mutation($s: ID!, $p: Int!) { showQuestion(sessionId: $s, position: $p) { id prompt } }`;
const SUBMIT = `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id attempt status } }`;
const QUESTIONS = `query($id: ID!) { session(id: $id) { questions { id position prompt followUpOfId followUpDepth
  answers { attempt status evaluation { overallScore followUpQuestion } } } } }`;
const COMPETENCIES = `{ myCompetencies { competency averageScore answers weak } }`;

const STRONG =
  'In my last internship our checkout service failed under load every Friday. I owned the investigation: I profiled the ' +
  'database calls, found an N+1 query in the cart endpoint and rewrote it as one join. I added a load test to CI so it ' +
  'could not come back. As a result p95 latency fell from 2.1 seconds to 300 milliseconds and Friday incidents stopped.';
const WEAK = 'Um, I mean, we kind of just did some stuff, you know, and it was basically fine I guess.';

describe('free practice', () => {
  let app: TestApp;
  let candidate: GqlClient;
  const drain = () => app.app.get(JobQueue).drain();

  beforeAll(async () => {
    app = await startTestApp({ JOBS_IN_API: 'true' });
    candidate = await new GqlClient(app.url).signIn('candidate1@demo.test');
  });
  afterAll(() => app.stop());

  it('starts without an assignment, allows numbered retries and follows up the first scored attempt once', async () => {
    // The demo bank has four behavioral questions; two are fixed questions of the candidate's open
    // realistic assignment, which free practice keeps off.
    const session = (await candidate.ok(PRACTICE, { i: { questionCount: 3, type: 'BEHAVIORAL', confidenceBefore: 2 } }))
      .startPractice;
    expect(session).toMatchObject({ mode: 'PRACTICE', assignmentId: null, followUpCount: 1 });
    expect(session.questions).toHaveLength(2);
    expect(session.questions.every((q: { type: string; prompt: string }) => q.type === 'BEHAVIORAL' && q.prompt)).toBe(true);

    const question = (await candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
    const first = (await candidate.ok(SUBMIT, { q: question.id, t: WEAK })).submitAnswer;
    await drain();
    const second = (await candidate.ok(SUBMIT, { q: question.id, t: STRONG })).submitAnswer;
    await drain();
    expect([first.attempt, second.attempt]).toEqual([1, 2]);

    const questions = (await candidate.ok(QUESTIONS, { id: session.id })).session.questions;
    expect(questions).toHaveLength(3);
    const [asked, followUp] = questions;
    expect(asked.answers.map((a: { attempt: number; status: string }) => [a.attempt, a.status])).toEqual([
      [1, 'SCORED'],
      [2, 'SCORED'],
    ]);
    expect(asked.answers[1].evaluation.overallScore).toBeGreaterThan(asked.answers[0].evaluation.overallScore);
    expect(followUp).toMatchObject({
      position: 1,
      followUpOfId: asked.id,
      followUpDepth: 1,
      prompt: asked.answers[0].evaluation.followUpQuestion,
    });
    expect(questions.slice(2).map((q: { id: string }) => q.id)).toEqual(
      session.questions.slice(1).map((q: { id: string }) => q.id),
    );

    const done = await candidate.ok(
      `mutation($s: ID!) { completeSession(id: $s, input: { confidenceAfter: 4 }) { status confidenceBefore confidenceAfter } }`,
      { s: session.id },
    );
    expect(done.completeSession).toEqual({ status: 'COMPLETED', confidenceBefore: 2, confidenceAfter: 4 });
  });

  it("times a retry from when it was asked for, not from the question's first showing", async () => {
    const session = (await candidate.ok(PRACTICE, { i: { questionCount: 1, followUpCount: 0 } })).startPractice;
    const RETIMED = `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) {
      attempt overTime thinkingSeconds } }`;
    const question = (await candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
    // Shown an hour ago: the first attempt is over time...
    await app.dataSource.query(`UPDATE session_questions SET shown_at = now() - interval '1 hour' WHERE id = $1`, [question.id]);
    expect((await candidate.ok(RETIMED, { q: question.id, t: STRONG })).submitAnswer).toMatchObject({
      attempt: 1,
      overTime: true,
    });
    // ...the retry, asked for now, is not.
    await candidate.ok(SHOW, { s: session.id, p: 0 });
    const retry = (await candidate.ok(RETIMED, { q: question.id, t: STRONG })).submitAnswer;
    expect(retry).toMatchObject({ attempt: 2, overTime: false });
    expect(retry.thinkingSeconds).toBeLessThan(60);
  });

  // Holding the writes back needs a second connection: PostgreSQL only (embedded PGlite has one).
  (process.env.DATABASE_URL ? it : it.skip)(
    'keeps every submit that races other submits and an autosave, each as its own attempt, scored once',
    async () => {
      const session = (await candidate.ok(PRACTICE, { i: { questionCount: 1, followUpCount: 0 } })).startPractice;
      const question = (await candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
      const DRAFT = `mutation($q: ID!, $t: String!) { saveAnswerDraft(input: { sessionQuestionId: $q, text: $t }) { id } }`;
      await candidate.ok(DRAFT, { q: question.id, t: 'first thoughts' });

      // Every request reads the same draft before any of them writes.
      const blocker = app.dataSource.createQueryRunner();
      await blocker.connect();
      await blocker.startTransaction();
      await blocker.query('LOCK TABLE answers IN SHARE MODE');
      const texts = [STRONG, WEAK, `${STRONG} Said again.`];
      const racing = Promise.all([
        ...texts.map((t) => candidate.request(SUBMIT, { q: question.id, t })),
        candidate.request(DRAFT, { q: question.id, t: 'still typing' }),
      ]);
      const waiting = async () =>
        (
          await app.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'answers'::regclass AND NOT granted`,
          )
        )[0].n as number;
      for (let waited = 0; (await waiting()) < 4 && waited < 5000; waited += 20) await sleep(20);
      await blocker.commitTransaction();
      await blocker.release();
      const results = await racing;

      for (const result of results.slice(0, 3)) expect(result.errors).toBeUndefined();
      await drain();
      const stored: { attempt: number; status: string; text: string }[] = await app.dataSource.query(
        'SELECT attempt, status, text FROM answers WHERE session_question_id = $1 ORDER BY attempt',
        [question.id],
      );
      const submitted = stored.filter((a) => a.status !== 'DRAFT');
      expect(submitted.map((a) => a.text).sort()).toEqual([...texts].sort());
      expect(submitted.every((a) => a.status === 'SCORED')).toBe(true);
      expect(stored.filter((a) => a.status === 'DRAFT').every((a) => a.text === 'still typing')).toBe(true);
      const [{ evaluations }] = await app.dataSource.query(
        'SELECT count(*)::int AS evaluations FROM evaluations e JOIN answers a ON a.id = e.answer_id WHERE a.session_question_id = $1',
        [question.id],
      );
      expect(evaluations).toBe(3);
      expect(await app.dataSource.query('SELECT answer_id FROM scoring_outbox')).toEqual([]);
    },
  );

  it('refuses bad input with a clear code', async () => {
    expect(await candidate.errorCode(PRACTICE, { i: { questionCount: 11 } })).toBe('BAD_USER_INPUT');
    expect(await candidate.errorCode(PRACTICE, { i: { followUpCount: 4 } })).toBe('BAD_USER_INPUT');
    const none = await candidate.request(PRACTICE, { i: { competency: 'underwater basket weaving' } });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_MATCHING_QUESTIONS' });
    const coach = await new GqlClient(app.url).signIn('coach@demo.test');
    expect(await coach.errorCode(PRACTICE, { i: {} })).toBe('FORBIDDEN');
  });

  it("draws about 80% of questions from the candidate's weakest competencies", async () => {
    const admin = await new GqlClient(app.url).signIn('admin@demo.test');
    const companyId = (await admin.ok(`mutation { createCompany(input: { name: "Weighting Inc" }) { id } }`)).createCompany.id;
    const setId = (
      await admin.ok(`mutation($c: ID!) { createQuestionSet(input: { name: "Weighting", companyId: $c }) { id } }`, {
        c: companyId,
      })
    ).createQuestionSet.id;
    for (const [competency, n] of [
      ['Negotiation', 1],
      ['Negotiation', 2],
      ['Negotiation', 3],
      ['Debugging', 1],
      ['Debugging', 2],
      ['Debugging', 3],
    ] as const) {
      await admin.ok(`mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }`, {
        i: {
          questionSetId: setId,
          prompt: `Tell me about a time ${competency.toLowerCase()} mattered (${n}).`,
          type: 'BEHAVIORAL',
          competencies: [competency],
        },
      });
    }
    // A candidate with no history yet: weak at negotiation, strong at debugging.
    const learner = await new GqlClient(app.url).signIn('candidate2@demo.test');
    for (const [competency, text] of [
      ['Negotiation', WEAK],
      ['Debugging', STRONG],
    ]) {
      const session = (await learner.ok(PRACTICE, { i: { companyId, competency, questionCount: 1, followUpCount: 0 } }))
        .startPractice;
      const question = (await learner.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
      await learner.ok(SUBMIT, { q: question.id, t: text });
    }
    await drain();
    const scores = (await learner.ok(COMPETENCIES)).myCompetencies;
    expect(scores.map((s: { competency: string; weak: boolean }) => [s.competency, s.weak])).toEqual([
      ['negotiation', true],
      ['debugging', false],
    ]);

    const drawn = { Negotiation: 0, Debugging: 0 };
    const sessions = await Promise.all(
      Array.from({ length: 60 }, () => learner.ok(PRACTICE, { i: { companyId, questionCount: 1, followUpCount: 0 } })),
    );
    for (const { startPractice } of sessions) {
      const prompt: string = startPractice.questions[0].prompt;
      drawn[prompt.includes('negotiation') ? 'Negotiation' : 'Debugging'] += 1;
    }
    // Binomial(60, 0.8): mean 48, sd 3.1. Bounds at about 3 sd keep the test honest and steady.
    expect(drawn.Negotiation).toBeGreaterThanOrEqual(38);
    expect(drawn.Debugging).toBeGreaterThanOrEqual(3);
  });

  it("keeps each candidate's practice and competencies to themselves", async () => {
    const session = (await candidate.ok(PRACTICE, { i: { questionCount: 1 } })).startPractice;
    const other = await new GqlClient(app.url).signIn('candidate2@demo.test');
    const stranger = await createOrgWorld(app.app, app.url, 'Practice Outsiders');
    for (const client of [other, stranger.candidate])
      expect(await client.errorCode(SHOW, { s: session.id, p: 0 })).toBe('NOT_FOUND');
    expect((await stranger.candidate.ok(COMPETENCIES)).myCompetencies).toEqual([]);
    const admin = await new GqlClient(app.url).signIn('admin@demo.test');
    const [{ id: rubricId }] = (await admin.ok('{ rubrics { id } }')).rubrics;
    expect(await stranger.candidate.errorCode(PRACTICE, { i: { rubricId } })).toBe('NOT_FOUND');
  });
});
