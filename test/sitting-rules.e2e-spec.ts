import { setTimeout as sleep } from 'node:timers/promises';
import { JobQueue } from '../apps/api/src/queue/job-queue';
import { ScoringService } from '../apps/api/src/scoring/scoring.service';
import { startTestApp, TestApp } from './support/test-app';
import { createOrgWorld, OrgWorld } from './support/world';
import { assign, questionBank } from './support/sittings';

const PRACTICE = `mutation($i: StartPracticeInput!) { startPractice(input: $i) { id questions { id position } } }`;
const SHOW = `mutation($s: ID!, $p: Int!) { showQuestion(sessionId: $s, position: $p) { id } }`;
const DRAFT = `mutation($q: ID!, $t: String!) { saveAnswerDraft(input: { sessionQuestionId: $q, text: $t }) { id } }`;
const START = `mutation($a: ID!) { startSession(input: { assignmentId: $a }) { id } }`;
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
});
