import { JobQueue } from '../apps/api/src/queue/job-queue';
import { ScoringService } from '../apps/api/src/scoring/scoring.service';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld } from './support/world';

const START = `mutation($a: ID!) { startSession(input: { assignmentId: $a, confidenceBefore: 3 }) {
  id mode status questions { id position prompt timeLimitSeconds } } }`;
const STATUS = `query($a: ID!) { assignment(id: $a) { candidates { status } } }`;
const SHOW = `mutation($s: ID!, $p: Int!) { showQuestion(sessionId: $s, position: $p) { id prompt shownAt } }`;
const DRAFT = `mutation($q: ID!, $t: String!) { saveAnswerDraft(input: { sessionQuestionId: $q, text: $t }) { id status attempt text } }`;
const SUBMIT = `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id status attempt overTime thinkingSeconds } }`;
const ANSWER = `query($id: ID!) { answer(id: $id) { status evaluation { source overallScore criteria { key score rationale }
  redFlags { code } feedback { stronger communication concerns } actionItems followUpQuestion } } }`;

const GOOD_ANSWER =
  'In my last internship our checkout service failed under load every Friday. I owned the investigation: I profiled the ' +
  'database calls, found an N+1 query in the cart endpoint and rewrote it as one join. I added a load test to CI so it ' +
  'could not come back. As a result p95 latency fell from 2.1 seconds to 300 milliseconds and Friday incidents stopped.';

describe('interview sessions and scoring', () => {
  let app: TestApp;
  let candidate: GqlClient;
  /** The demo's realistic assignment. */
  let assignmentId: string;
  /** Another realistic assignment of the demo template to the candidate: a sitting of its own. */
  let freshAssignment: () => Promise<string>;

  beforeAll(async () => {
    app = await startTestApp({ JOBS_IN_API: 'true' });
    candidate = await new GqlClient(app.url).signIn('candidate1@demo.test');
    const admin = await new GqlClient(app.url).signIn('admin@demo.test');
    const mine = await candidate.ok('{ me { memberId } assignments { nodes { id template { id } } } }');
    assignmentId = mine.assignments.nodes[0].id;
    const input = { templateId: mine.assignments.nodes[0].template.id, candidateIds: [mine.me.memberId] };
    freshAssignment = async () =>
      (await admin.ok(`mutation($i: CreateAssignmentInput!) { createAssignment(input: $i) { id } }`, { i: input }))
        .createAssignment.id;
  });
  afterAll(() => app.stop());

  const drain = () => app.app.get(JobQueue).drain();

  it('runs a realistic session: questions unseen until asked, in order, one take, scored by the analyzer, feedback to the coach', async () => {
    const { startSession: session } = await candidate.ok(START, { a: assignmentId });
    expect(session).toMatchObject({ mode: 'REALISTIC', status: 'IN_PROGRESS' });
    expect(session.questions).toHaveLength(5);
    expect(session.questions.every((q: { prompt: string | null }) => q.prompt === null)).toBe(true);
    expect((await candidate.ok(STATUS, { a: assignmentId })).assignment.candidates[0].status).toBe('IN_PROGRESS');

    expect(await candidate.errorCode(SHOW, { s: session.id, p: 1 })).toBe('BAD_USER_INPUT');
    const first = (await candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
    expect(first.prompt).toMatch(/\w+/);
    expect(await candidate.errorCode(SUBMIT, { q: session.questions[1].id, t: 'skipping ahead' })).toBe('BAD_USER_INPUT');

    const draft = (await candidate.ok(DRAFT, { q: first.id, t: 'In my last internship' })).saveAnswerDraft;
    expect(draft).toMatchObject({ status: 'DRAFT', attempt: 1 });
    const again = (await candidate.ok(DRAFT, { q: first.id, t: 'In my last internship our' })).saveAnswerDraft;
    expect(again.id).toBe(draft.id);

    const submitted = (await candidate.ok(SUBMIT, { q: first.id, t: GOOD_ANSWER })).submitAnswer;
    expect(submitted).toMatchObject({ id: draft.id, status: 'SUBMITTED', attempt: 1, overTime: false });
    expect(await candidate.errorCode(SUBMIT, { q: first.id, t: 'a second take' })).toBe('CONFLICT');

    await drain();
    // Scored, but realistic mode shows the candidate no feedback until the end; their coach sees it now.
    expect((await candidate.ok(ANSWER, { id: submitted.id })).answer).toEqual({ status: 'SCORED', evaluation: null });
    const coach = await new GqlClient(app.url).signIn('coach@demo.test');
    const { answer } = await coach.ok(ANSWER, { id: submitted.id });
    expect(answer.status).toBe('SCORED');
    expect(answer.evaluation.source).toBe('ANALYZER');
    expect(answer.evaluation.overallScore).toBeGreaterThan(0);
    expect(answer.evaluation.criteria.length).toBeGreaterThanOrEqual(5);
    for (const part of ['stronger', 'communication', 'concerns'])
      expect(answer.evaluation.feedback[part].length).toBeGreaterThan(10);
    expect(answer.evaluation.followUpQuestion).toMatch(/\?$/);

    // The template asks one follow-up per answer: the evaluation's follow-up is now the next question.
    const LIST = `query($id: ID!) { session(id: $id) { questions { id prompt followUpOfId followUpDepth } } }`;
    const followUp = (await candidate.ok(SHOW, { s: session.id, p: 1 })).showQuestion;
    expect(followUp.prompt).toBe(answer.evaluation.followUpQuestion);
    const listed = (await candidate.ok(LIST, { id: session.id })).session.questions;
    expect(listed).toHaveLength(6);
    expect(listed[1]).toMatchObject({ id: followUp.id, followUpOfId: first.id, followUpDepth: 1 });
    expect(listed.map((q: { prompt: string | null }) => q.prompt !== null)).toEqual([true, true, false, false, false, false]);
    expect(await candidate.errorCode(SHOW, { s: session.id, p: 2 })).toBe('BAD_USER_INPUT');

    const reply = (await candidate.ok(SUBMIT, { q: followUp.id, t: GOOD_ANSWER.replace('internship', 'job') })).submitAnswer;
    await drain();
    expect((await candidate.ok(ANSWER, { id: reply.id })).answer.status).toBe('SCORED');
    // One follow-up per answer: none for the follow-up itself.
    expect((await candidate.ok(LIST, { id: session.id })).session.questions).toHaveLength(6);
    const second = (await candidate.ok(SHOW, { s: session.id, p: 2 })).showQuestion;
    expect(second.id).toBe(session.questions[1].id);
    expect(second.prompt).toMatch(/\w+/);
  });

  it('runs a whole realistic interview, follow-ups included, to completion', async () => {
    const { startSession: session } = await candidate.ok(START, { a: await freshAssignment() });
    const answered: string[] = [];
    for (let position = 0; ; position++) {
      const shown = await candidate.request(SHOW, { s: session.id, p: position });
      if (shown.errors) {
        expect(shown.errors[0].extensions?.reason).toBe('QUESTION_NOT_FOUND');
        break;
      }
      const { id } = shown.data!.showQuestion;
      answered.push((await candidate.ok(SUBMIT, { q: id, t: GOOD_ANSWER })).submitAnswer.id);
      await drain();
    }
    expect(answered).toHaveLength(10);
    const done = await candidate.ok(
      `mutation($s: ID!) { completeSession(id: $s, input: { confidenceAfter: 4 }) { status questions { followUpDepth
        answers { status evaluation { overallScore } } } } }`,
      { s: session.id },
    );
    const { status, questions } = done.completeSession;
    expect(status).toBe('COMPLETED');
    expect(questions.map((q: { followUpDepth: number }) => q.followUpDepth)).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
    for (const question of questions) {
      expect(question.answers).toHaveLength(1);
      expect(question.answers[0].status).toBe('SCORED');
      expect(question.answers[0].evaluation.overallScore).toBeGreaterThan(0);
    }
  });

  it('records the checklist, focus losses and confidence before and after', async () => {
    const checklistAssignment = await freshAssignment();
    const started = await candidate.ok(
      `mutation($a: ID!) { startSession(input: { assignmentId: $a, checklist: ["quiet room", "water"], confidenceBefore: 2 }) { id checklist focusLossCount } }`,
      { a: checklistAssignment },
    );
    const id = started.startSession.id;
    expect(started.startSession).toMatchObject({ checklist: ['quiet room', 'water'], focusLossCount: 0 });
    await Promise.all(
      [1, 2, 3].map(() => candidate.ok(`mutation($s: ID!) { reportFocusLoss(sessionId: $s) { id } }`, { s: id })),
    );
    const done = await candidate.ok(
      `mutation($s: ID!) { completeSession(id: $s, input: { confidenceAfter: 4 }) { status focusLossCount confidenceBefore confidenceAfter completedAt } }`,
      {
        s: id,
      },
    );
    expect(done.completeSession).toMatchObject({
      status: 'COMPLETED',
      focusLossCount: 3,
      confidenceBefore: 2,
      confidenceAfter: 4,
    });
    expect(await candidate.errorCode(`mutation($s: ID!) { reportFocusLoss(sessionId: $s) { id } }`, { s: id })).toBe('CONFLICT');
    expect((await candidate.ok(STATUS, { a: checklistAssignment })).assignment.candidates[0].status).toBe('COMPLETED');
  });

  it('marks an answer given after the time limit as over time, and keeps it', async () => {
    const { startSession: session } = await candidate.ok(START, { a: await freshAssignment() });
    const question = (await candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
    await app.dataSource.query(`UPDATE session_questions SET shown_at = now() - interval '1 hour' WHERE id = $1`, [question.id]);
    const late = (await candidate.ok(SUBMIT, { q: question.id, t: GOOD_ANSWER })).submitAnswer;
    expect(late.overTime).toBe(true);
    expect(late.thinkingSeconds).toBeGreaterThanOrEqual(3599);
    await drain();
    await candidate.ok(`mutation($s: ID!) { completeSession(id: $s) { id } }`, { s: session.id });
    const { answer } = await candidate.ok(ANSWER, { id: late.id });
    expect(answer.evaluation.redFlags.map((f: { code: string }) => f.code)).toContain('LONG_SILENCE');
  });

  it('scores a duplicate submit or a repeated job once', async () => {
    const { startSession: session } = await candidate.ok(START, { a: await freshAssignment() });
    const question = (await candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
    const results = await Promise.all([1, 2, 3].map(() => candidate.request(SUBMIT, { q: question.id, t: GOOD_ANSWER })));
    const accepted = results.filter((r) => !r.errors);
    expect(accepted).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(2);
    const answerId = accepted[0].data!.submitAnswer.id;
    await drain();
    await app.app
      .get(ScoringService)
      .enqueue({ organizationId: (await candidate.ok('{ organization { id } }')).organization.id }, answerId);
    await drain();
    const [{ count }] = await app.dataSource.query('SELECT COUNT(*)::int AS count FROM evaluations WHERE answer_id = $1', [
      answerId,
    ]);
    expect(count).toBe(1);
  });

  it('scores answers left in the outbox when the process died between commit and queueing', async () => {
    const { startSession: session } = await candidate.ok(START, { a: await freshAssignment() });
    const question = (await candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
    const answerId = (await candidate.ok(DRAFT, { q: question.id, t: GOOD_ANSWER })).saveAnswerDraft.id;
    // The state a submit commits (answer submitted, outbox row) with the job never queued.
    await app.dataSource.query(`UPDATE answers SET status = 'SUBMITTED', submitted_at = now() WHERE id = $1`, [answerId]);
    await app.dataSource.query(
      'INSERT INTO scoring_outbox (answer_id, organization_id) SELECT id, organization_id FROM answers WHERE id = $1',
      [answerId],
    );
    expect(await app.app.get(ScoringService).sweep()).toBe(1);
    await drain();
    expect((await candidate.ok(ANSWER, { id: answerId })).answer.status).toBe('SCORED');
    expect(await app.dataSource.query('SELECT answer_id FROM scoring_outbox')).toEqual([]);
  });

  it('lets a coach review an evaluation beside the AI scores, never over them', async () => {
    const { startSession: session } = await candidate.ok(START, { a: await freshAssignment() });
    const question = (await candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
    const answerId = (await candidate.ok(SUBMIT, { q: question.id, t: GOOD_ANSWER })).submitAnswer.id;
    await drain();
    const coach = await new GqlClient(app.url).signIn('coach@demo.test');
    const evaluation = (
      await coach.ok(`query($id: ID!) { answer(id: $id) { evaluation { id overallScore criteria { key score weight } } } }`, {
        id: answerId,
      })
    ).answer.evaluation;
    const [first] = evaluation.criteria;
    const REVIEW = `mutation($e: ID!, $i: ReviewEvaluationInput!) { reviewEvaluation(evaluationId: $e, input: $i) { overallScore overrides { key score note } comment actionItems } }`;
    const input = {
      overrides: [{ key: first.key, score: first.score === 5 ? 1 : 5, note: 'Seen in class' }],
      comment: 'Good story.',
      actionItems: ['Open with the result'],
    };
    const review = (await coach.ok(REVIEW, { e: evaluation.id, i: input })).reviewEvaluation;
    expect(review.overallScore).not.toBe(evaluation.overallScore);
    expect(review).toMatchObject({ comment: 'Good story.', actionItems: ['Open with the result'] });

    // The candidate finds it once the sitting is over.
    await candidate.ok(`mutation($s: ID!) { completeSession(id: $s) { id } }`, { s: session.id });
    const seen = (
      await candidate.ok(
        `query($id: ID!) { answer(id: $id) { evaluation { overallScore criteria { key score } reviews { overallScore comment overrides { key score } } } } }`,
        {
          id: answerId,
        },
      )
    ).answer.evaluation;
    expect(seen.overallScore).toBe(evaluation.overallScore);
    expect(seen.criteria[0].score).toBe(first.score);
    expect(seen.reviews).toEqual([
      {
        overallScore: review.overallScore,
        comment: 'Good story.',
        overrides: [{ key: first.key, score: input.overrides[0].score }],
      },
    ]);

    expect(await coach.errorCode(REVIEW, { e: evaluation.id, i: { overrides: [{ key: 'nonsense', score: 3 }] } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await candidate.errorCode(REVIEW, { e: evaluation.id, i: input })).toBe('FORBIDDEN');
    const outsider = await createOrgWorld(app.app, app.url, 'Review Outsiders');
    expect(await outsider.coach.errorCode(REVIEW, { e: evaluation.id, i: input })).toBe('NOT_FOUND');
  });

  it('lists sessions, newest first, to the candidate, their coach and admins only', async () => {
    const LIST = `query($o: SessionListOptions) { sessions(options: $o) { totalCount nodes { id membershipId mode createdAt } } }`;
    const mine = (await candidate.ok(LIST)).sessions;
    expect(mine.totalCount).toBeGreaterThan(0);
    const created = mine.nodes.map((s: { createdAt: string }) => s.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    const me = mine.nodes[0].membershipId;
    expect(mine.nodes.every((s: { membershipId: string }) => s.membershipId === me)).toBe(true);

    const coach = await new GqlClient(app.url).signIn('coach@demo.test');
    const admin = await new GqlClient(app.url).signIn('admin@demo.test');
    for (const staff of [coach, admin]) {
      const seen = (await staff.ok(LIST, { o: { filter: { candidateId: me, mode: 'REALISTIC' }, take: 100 } })).sessions;
      expect(seen.totalCount).toBe(mine.totalCount);
    }
    const classmate = await new GqlClient(app.url).signIn('candidate2@demo.test');
    // A candidate's filter cannot widen what they see.
    const theirs = (await classmate.ok(LIST, { o: { filter: { candidateId: me } } })).sessions;
    expect(theirs.nodes.filter((s: { membershipId: string }) => s.membershipId === me)).toEqual([]);
    const stranger = await createOrgWorld(app.app, app.url, 'List Outsiders');
    expect((await stranger.admin.ok(LIST, { o: { filter: { candidateId: me } } })).sessions.totalCount).toBe(0);
    expect(await candidate.errorCode(LIST, { o: { take: 1000 } })).toBe('BAD_USER_INPUT');
  });

  it('keeps sessions, answers and evaluations to their owner and organization', async () => {
    const { startSession: session } = await candidate.ok(START, { a: await freshAssignment() });
    const question = (await candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
    const answerId = (await candidate.ok(SUBMIT, { q: question.id, t: GOOD_ANSWER })).submitAnswer.id;
    await drain();
    const other = await new GqlClient(app.url).signIn('candidate2@demo.test');
    const stranger = await createOrgWorld(app.app, app.url, 'Elsewhere');
    for (const client of [other, stranger.candidate, stranger.admin]) {
      expect(await client.errorCode('query($id: ID!) { session(id: $id) { id } }', { id: session.id })).toBe('NOT_FOUND');
      expect(await client.errorCode(ANSWER, { id: answerId })).toBe('NOT_FOUND');
    }
    for (const client of [other, stranger.candidate]) {
      expect(await client.errorCode(DRAFT, { q: session.questions[1].id, t: 'x' })).toBe('NOT_FOUND');
      expect(await client.errorCode(SHOW, { s: session.id, p: 1 })).toBe('NOT_FOUND');
    }
    // candidate2 has the same assignment (the whole cohort has); someone of another organization does not.
    expect(await stranger.candidate.errorCode(START, { a: assignmentId })).toBe('NOT_FOUND');
    const coach = await new GqlClient(app.url).signIn('coach@demo.test');
    expect((await coach.ok(ANSWER, { id: answerId })).answer.evaluation.overallScore).toBeGreaterThan(0);
    expect(await coach.errorCode(SUBMIT, { q: question.id, t: 'x' })).toBe('FORBIDDEN');
  });

  it("keeps accepting and scoring answers after a newer replica's migration adds a column", async () => {
    const sitOne = async () => {
      const { startSession: session } = await candidate.ok(START, { a: await freshAssignment() });
      const question = (await candidate.ok(SHOW, { s: session.id, p: 0 })).showQuestion;
      return (await candidate.ok(SUBMIT, { q: question.id, t: GOOD_ANSWER })).submitAnswer.id as string;
    };
    await sitOne();
    await drain();
    for (const table of ['answers', 'session_questions', 'interview_sessions', 'memberships', 'evaluations']) {
      await app.dataSource.query(`ALTER TABLE ${table} ADD COLUMN added_later integer`);
    }
    const answerId = await sitOne();
    await drain();
    expect((await candidate.ok(ANSWER, { id: answerId })).answer.status).toBe('SCORED');
  });
});
