import { JobQueue } from '../apps/api/src/queue/job-queue';
import { countQueries } from './support/query-counter';
import { startTestApp, TestApp } from './support/test-app';
import { assign, answerFirstQuestion, questionBank } from './support/sittings';
import { createOrgWorld, OrgWorld } from './support/world';

const START = `mutation($a: ID!, $c: Int) { startSession(input: { assignmentId: $a, confidenceBefore: $c }) { id } }`;
const SHOW = `mutation($s: ID!, $p: Int!) { showQuestion(sessionId: $s, position: $p) { id } }`;
const SUBMIT = `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id } }`;
const COMPLETE = `mutation($s: ID!, $c: Int) { completeSession(id: $s, input: { confidenceAfter: $c }) { id } }`;
const PROGRESS = `query($m: ID, $from: DateTime, $to: DateTime) { candidateProgress(membershipId: $m, from: $from, to: $to) {
  membershipId from to scoresWellAt meanAttemptsToScoreWell
  weeks { weekStart answers scoredAnswers overallScore averageThinkingSeconds fillersPer100Words withinTimeLimitShare
    starCompleteness clarifyingQuestionRate clarifyingQuestionsCalledFor sessions confidenceBefore confidenceAfter
    competencies { competency name averageScore answers } criteria { key name averageScore answers } }
  competencies { competency name answers firstScore latestScore change firstAnsweredAt latestAnsweredAt }
  repeatedQuestions { questionId prompt attempts attemptsToScoreWell firstScore latestScore } } }`;
const ANALYSIS = `query($id: ID!) { answer(id: $id) { evaluation { analysis {
  wordCount wordsPerMinute durationSeconds durationEstimated thinkingSeconds
  fillerWords { total per100Words breakdown { filler count } }
  star { partsFound situation { found sentences } task { found } action { found } result { found sentences } }
  quantifiedResults { value kind phrase } ownership { iCount weCount ratio } hedging { count phrases }
  askedClarifyingQuestion talkingPointCoverage { covered missed ratio } relevance
  speechTiming recordingSeconds silenceBeforeFirstWordSeconds pauseCount longestPauseSeconds longestPauseAtSeconds } } } }`;

const PERIOD = { from: '2026-06-01T00:00:00.000Z', to: '2026-06-22T00:00:00.000Z' };
const STAR_PARTS = ['situation', 'task', 'action', 'result'];

/** Stored analyzer metrics with the figures progress reads; the rest as the analyzer would leave them. */
const metrics = (words: number, fillers: number, starFound: string[], clarifying: boolean) => ({
  wordCount: words,
  durationSeconds: 60,
  durationEstimated: false,
  wordsPerMinute: words,
  thinkingSeconds: null,
  fillerWords: { total: fillers, per100Words: (100 * fillers) / words, breakdown: fillers ? { um: fillers } : {} },
  star: Object.fromEntries(STAR_PARTS.map((p) => [p, { found: starFound.includes(p), sentences: [] }])),
  quantifiedResults: [],
  ownership: { iCount: 1, weCount: 0, ratio: 1 },
  hedging: { count: 0, phrases: [] },
  askedClarifyingQuestion: clarifying,
  talkingPointCoverage: { covered: [], missed: [], ratio: null },
  relevance: 0.5,
});
const criteria = (structure: number, impact: number) => [
  { key: 'structure', name: 'Structure', weight: 1, score: structure, rationale: '', evidence: null, evidenceRejected: false },
  { key: 'impact', name: 'Impact', weight: 1, score: impact, rationale: '', evidence: null, evidenceRejected: false },
];

describe('candidate progress and evaluation metrics', () => {
  let app: TestApp;
  let a: OrgWorld;
  let b: OrgWorld;
  let q1: string;
  let q2: string;
  /** Answer ids by name (see the table in beforeAll). */
  const ids: Record<string, string> = {};
  const drain = () => app.app.get(JobQueue).drain();
  const sql = (text: string, params: unknown[] = []) => app.dataSource.query(text, params);

  /** Sets what the API measured and scored for an answer, so the figures are known exactly. */
  async function setAnswer(
    name: string,
    at: string,
    score: number,
    thinking: number,
    overTime: boolean,
    m: ReturnType<typeof metrics>,
    c: ReturnType<typeof criteria>,
  ) {
    await sql(`UPDATE answers SET submitted_at = $2, thinking_seconds = $3, over_time = $4 WHERE id = $1`, [
      ids[name],
      at,
      thinking,
      overTime,
    ]);
    const updated = await sql(
      `UPDATE evaluations SET overall_score = $2, metrics = $3, criteria = $4 WHERE answer_id = $1 RETURNING id`,
      [ids[name], score, JSON.stringify(m), JSON.stringify(c)],
    );
    expect(updated[0]).toHaveLength(1);
  }

  // Many sittings through the API: more time than one test on a busy machine.
  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    [a, b] = [await createOrgWorld(app.app, app.url, 'Org A'), await createOrgWorld(app.app, app.url, 'Org B')];
    const setup = await a.admin.ok(`mutation {
      rubric: createRubric(input: { name: "R", isDefault: true, criteria: [{ name: "C", weight: 1, levels: ["1","2","3","4","5"] }] }) { id }
      mine: createCohort(input: { name: "Coached" }) { id }
      other: createCohort(input: { name: "Not coached" }) { id }
      set: createQuestionSet(input: { name: "Progress" }) { id } }`);
    const question = async (prompt: string, type: string, competencies: string[]) =>
      (
        await a.admin.ok(`mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }`, {
          i: { questionSetId: setup.set.id, prompt, type, competencies },
        })
      ).createQuestion.id as string;
    q1 = await question('Tell me about a time you led a team.', 'BEHAVIORAL', ['Leadership', '  Team   Work ']);
    q2 = await question('Design a URL shortener.', 'SYSTEM_DESIGN', ['System Design']);
    const members = `mutation($c: ID!, $m: [ID!]!, $r: CohortRole!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: $r }) { id } }`;
    await a.admin.ok(members, { c: setup.mine.id, m: [a.ids.candidate], r: 'CANDIDATE' });
    await a.admin.ok(members, { c: setup.mine.id, m: [a.ids.coach], r: 'COACH' });
    await a.admin.ok(members, { c: setup.other.id, m: [a.ids.otherCandidate], r: 'CANDIDATE' });
    const practice = await assign(a.admin, { questionIds: [q1, q2], mode: 'PRACTICE', candidateIds: [a.ids.candidate] });
    const realistic = await assign(a.admin, { questionIds: [q2], mode: 'REALISTIC', candidateIds: [a.ids.candidate] });

    // Sittings through the API: answers (retries too) are then given exact dates, timings and scores.
    const sitting = async (assignmentId: string, confidence: number, answers: [name: string, position: number][]) => {
      const sessionId = (await a.candidate.ok(START, { a: assignmentId, c: confidence })).startSession.id as string;
      for (const [name, position] of answers) {
        const questionId = (await a.candidate.ok(SHOW, { s: sessionId, p: position })).showQuestion.id;
        ids[name] = (
          await a.candidate.ok(SUBMIT, { q: questionId, t: `Answer ${name}: I led it and we shipped.` })
        ).submitAnswer.id;
      }
      return sessionId;
    };
    const s0 = await sitting(practice, 1, [['a0', 0]]);
    await a.candidate.ok(COMPLETE, { s: s0 });
    const s1 = await sitting(practice, 2, [
      ['a1', 0],
      ['a2', 0],
    ]);
    await a.candidate.ok(COMPLETE, { s: s1, c: 3 });
    const s2 = await sitting(practice, 3, [
      ['a4', 0],
      ['a3', 1],
      ['a6', 1],
    ]);
    await a.candidate.ok(COMPLETE, { s: s2, c: 4 });
    const s3 = await sitting(realistic, 5, [['a5', 0]]); // realistic, still in progress
    await drain();

    const sessionDates: [string, string][] = [
      [s0, '2026-05-20T09:00:00Z'],
      [s1, '2026-06-02T10:00:00Z'],
      [s2, '2026-06-09T10:00:00Z'],
      [s3, '2026-06-11T10:00:00Z'],
    ];
    for (const [id, at] of sessionDates) await sql('UPDATE interview_sessions SET created_at = $2 WHERE id = $1', [id, at]);
    // name, submitted, counted AI score, thinking seconds, over time, metrics, criteria
    await setAnswer('a0', '2026-05-20T09:05:00Z', 10, 5, false, metrics(100, 1, [], false), criteria(1, 1));
    await setAnswer('a1', '2026-06-02T10:05:00Z', 50, 10, false, metrics(100, 5, ['situation', 'action'], false), criteria(2, 3));
    await setAnswer('a2', '2026-06-02T10:10:00Z', 60, 20, true, metrics(100, 3, STAR_PARTS, false), criteria(3, 3));
    await setAnswer('a3', '2026-06-09T10:05:00Z', 80, 30, false, metrics(200, 2, [], true), criteria(4, 4));
    await setAnswer(
      'a4',
      '2026-06-10T10:00:00Z',
      90,
      6,
      false,
      metrics(100, 0, ['situation', 'task', 'result'], false),
      criteria(5, 4),
    );
    await setAnswer('a5', '2026-06-11T10:05:00Z', 20, 40, true, metrics(100, 10, [], false), criteria(1, 1));
    await setAnswer('a6', '2026-06-09T10:20:00Z', 99, 14, false, metrics(100, 0, [], true), criteria(5, 5));
    // a6 is submitted but not scored yet.
    await sql(`DELETE FROM evaluations WHERE answer_id = $1`, [ids.a6]);
    await sql(`UPDATE answers SET status = 'SUBMITTED' WHERE id = $1`, [ids.a6]);
    // Two coach reviews of a2: the latest (75, impact 5) counts; the older one's structure override does not.
    const [{ id: e2 }] = await sql('SELECT id FROM evaluations WHERE answer_id = $1', [ids.a2]);
    const review = `INSERT INTO evaluation_reviews (organization_id, evaluation_id, reviewer_id, overrides, overall_score, created_at)
      VALUES ($1, $2, $3, $4, $5, $6)`;
    await sql(review, [
      a.organizationId,
      e2,
      a.ids.coach,
      JSON.stringify([{ key: 'structure', score: 1, note: null }]),
      40,
      '2026-06-03T00:00:00Z',
    ]);
    await sql(review, [
      a.organizationId,
      e2,
      a.ids.coach,
      JSON.stringify([{ key: 'impact', score: 5, note: null }]),
      75,
      '2026-06-04T00:00:00Z',
    ]);

    // Organization B practises in the same weeks: none of it may show in A's figures.
    const bank = await questionBank(b.admin, 'leadership', 1);
    const bPractice = await assign(b.admin, { questionIds: bank.questionIds, mode: 'PRACTICE', candidateIds: [b.ids.candidate] });
    const bAnswer = await answerFirstQuestion(b.candidate, bPractice, 'I led the team and we shipped on time.');
    await drain();
    await sql(`UPDATE answers SET submitted_at = '2026-06-02T11:00:00Z' WHERE id = $1`, [bAnswer.answerId]);
    await sql(`UPDATE interview_sessions SET created_at = '2026-06-02T10:50:00Z' WHERE id = $1`, [bAnswer.sessionId]);
  }, 180_000);
  afterAll(() => app.stop());

  const weekOf = (progress: { weeks: { weekStart: string }[] }, start: string) =>
    progress.weeks.find((w) => w.weekStart === start) as Record<string, any>;

  it("gives a coach the candidate's weeks, counted scores, rates and confidence, computed by hand", async () => {
    const progress = (await a.coach.ok(PROGRESS, { m: a.ids.candidate, ...PERIOD })).candidateProgress;
    expect(progress).toMatchObject({ membershipId: a.ids.candidate, ...PERIOD, scoresWellAt: 70 });
    expect(progress.weeks.map((w: { weekStart: string }) => w.weekStart)).toEqual([
      '2026-06-01T00:00:00.000Z',
      '2026-06-08T00:00:00.000Z',
      '2026-06-15T00:00:00.000Z',
    ]);

    // Week 1: a1 (50) and a2 (AI 60, latest review 75).
    const w1 = weekOf(progress, '2026-06-01T00:00:00.000Z');
    expect(w1).toMatchObject({ answers: 2, scoredAnswers: 2, overallScore: 62.5, averageThinkingSeconds: 15 });
    expect(w1).toMatchObject({ fillersPer100Words: 4, withinTimeLimitShare: 0.5, starCompleteness: 0.75 });
    expect(w1).toMatchObject({ clarifyingQuestionRate: null, clarifyingQuestionsCalledFor: 0 });
    expect(w1).toMatchObject({ sessions: 1, confidenceBefore: 2, confidenceAfter: 3 });
    expect(w1.competencies).toEqual([
      { competency: 'leadership', name: 'Leadership', averageScore: 62.5, answers: 2 },
      { competency: 'team work', name: 'Team Work', averageScore: 62.5, answers: 2 },
    ]);
    // Structure: 2 and the AI's 3 (the latest review left it); impact: 3 and the latest review's 5.
    expect(w1.criteria).toEqual([
      { key: 'impact', name: 'Impact', averageScore: 4, answers: 2 },
      { key: 'structure', name: 'Structure', averageScore: 2.5, answers: 2 },
    ]);

    // Week 2: a3 (80, design), a4 (90), a5 (20, realistic in progress), a6 (not scored).
    const w2 = weekOf(progress, '2026-06-08T00:00:00.000Z');
    expect(w2).toMatchObject({ answers: 4, scoredAnswers: 3, averageThinkingSeconds: 22.5, fillersPer100Words: 3 });
    expect(w2.overallScore).toBeCloseTo(190 / 3, 10);
    expect(w2).toMatchObject({ withinTimeLimitShare: 0.75, starCompleteness: 0.75 });
    expect(w2).toMatchObject({ clarifyingQuestionRate: 0.5, clarifyingQuestionsCalledFor: 2 });
    expect(w2).toMatchObject({ sessions: 2, confidenceBefore: 4, confidenceAfter: 4 });
    expect(w2.competencies).toEqual([
      { competency: 'leadership', name: 'Leadership', averageScore: 90, answers: 1 },
      { competency: 'system design', name: 'System Design', averageScore: 50, answers: 2 },
      { competency: 'team work', name: 'Team Work', averageScore: 90, answers: 1 },
    ]);
    expect(w2.criteria[0]).toEqual({ key: 'impact', name: 'Impact', averageScore: 3, answers: 3 });
    expect(w2.criteria[1].averageScore).toBeCloseTo(10 / 3, 10);

    // Week 3: nothing, still listed.
    expect(weekOf(progress, '2026-06-15T00:00:00.000Z')).toMatchObject({
      answers: 0,
      scoredAnswers: 0,
      overallScore: null,
      fillersPer100Words: null,
      sessions: 0,
      competencies: [],
      criteria: [],
    });
  });

  it('reports attempts to score well and first vs latest per competency over the period (a0 in May is outside)', async () => {
    const progress = (await a.admin.ok(PROGRESS, { m: a.ids.candidate, ...PERIOD })).candidateProgress;
    // q2: a3 80 then a5 20 (a6 unscored): well at once. q1: a1 50, a2 75, a4 90: well at the second try.
    expect(progress.repeatedQuestions).toEqual([
      { questionId: q2, prompt: 'Design a URL shortener.', attempts: 2, attemptsToScoreWell: 1, firstScore: 80, latestScore: 20 },
      {
        questionId: q1,
        prompt: 'Tell me about a time you led a team.',
        attempts: 3,
        attemptsToScoreWell: 2,
        firstScore: 50,
        latestScore: 90,
      },
    ]);
    expect(progress.meanAttemptsToScoreWell).toBe(1.5);
    expect(progress.competencies).toEqual([
      {
        competency: 'leadership',
        name: 'Leadership',
        answers: 3,
        firstScore: 50,
        latestScore: 90,
        change: 40,
        firstAnsweredAt: '2026-06-02T10:05:00.000Z',
        latestAnsweredAt: '2026-06-10T10:00:00.000Z',
      },
      {
        competency: 'system design',
        name: 'System Design',
        answers: 2,
        firstScore: 80,
        latestScore: 20,
        change: -60,
        firstAnsweredAt: '2026-06-09T10:05:00.000Z',
        latestAnsweredAt: '2026-06-11T10:05:00.000Z',
      },
      expect.objectContaining({ competency: 'team work', answers: 3, change: 40 }),
    ]);
  });

  it('shows the candidate their own progress without their realistic sitting in progress', async () => {
    const progress = (await a.candidate.ok(PROGRESS, { m: a.ids.candidate, ...PERIOD })).candidateProgress;
    const w2 = weekOf(progress, '2026-06-08T00:00:00.000Z');
    expect(w2).toMatchObject({
      answers: 3,
      scoredAnswers: 2,
      overallScore: 85,
      withinTimeLimitShare: 1,
      clarifyingQuestionRate: 1,
    });
    expect(w2.competencies).toContainEqual({ competency: 'system design', name: 'System Design', averageScore: 80, answers: 1 });
    expect(progress.repeatedQuestions.map((q: { questionId: string }) => q.questionId)).toEqual([q1]);
    expect(progress.competencies.find((c: { competency: string }) => c.competency === 'system design')).toMatchObject({
      answers: 1,
      firstScore: 80,
      latestScore: 80,
      change: 0,
    });
  });

  it("names competencies as the organization's list spells them, and gives a candidate their own without an id", async () => {
    await a.admin.ok('mutation($c: [String!]) { updateReadinessSettings(input: { competencies: $c }) { competencies } }', {
      c: ['Team work', 'Negotiation'],
    });
    const own = (await a.candidate.ok(PROGRESS, PERIOD)).candidateProgress;
    expect(own.membershipId).toBe(a.ids.candidate);
    expect(own.competencies.map((c: { name: string }) => c.name)).toEqual(['Leadership', 'System Design', 'Team work']);
    const w1 = weekOf(own, '2026-06-01T00:00:00.000Z');
    expect(w1.competencies.map((c: { name: string }) => c.name)).toEqual(['Leadership', 'Team work']);
  });

  it('defaults to the last 12 weeks and refuses a reversed or too long period', async () => {
    const progress = (await a.candidate.ok(PROGRESS, { m: a.ids.candidate })).candidateProgress;
    const span = Date.parse(progress.to) - Date.parse(progress.from);
    expect(span).toBe(12 * 7 * 86_400_000);
    expect(Math.abs(Date.parse(progress.to) - Date.now())).toBeLessThan(60_000);
    expect(progress.weeks.length).toBeGreaterThanOrEqual(12);
    expect(progress.weeks.every((w: { weekStart: string }) => new Date(w.weekStart).getUTCDay() === 1)).toBe(true);
    expect(progress.weeks.reduce((n: number, w: { answers: number }) => n + w.answers, 0)).toBe(0);

    const reversed = await a.candidate.request(PROGRESS, { m: a.ids.candidate, from: PERIOD.to, to: PERIOD.from });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERIOD_REVERSED' });
    const long = await a.candidate.request(PROGRESS, { m: a.ids.candidate, from: '2024-01-01T00:00:00Z', to: PERIOD.to });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERIOD_TOO_LONG' });
  });

  it("answers NOT_FOUND for another candidate's, an uncoached candidate's or another organization's progress", async () => {
    const notFound = { code: 'NOT_FOUND', reason: 'MEMBER_NOT_FOUND' };
    const asOther = await a.otherCandidate.request(PROGRESS, { m: a.ids.candidate });
    expect(asOther.errors?.[0].extensions).toMatchObject(notFound);
    const uncoached = await a.coach.request(PROGRESS, { m: a.ids.otherCandidate });
    expect(uncoached.errors?.[0].extensions).toMatchObject(notFound);
    const foreign = await b.admin.request(PROGRESS, { m: a.ids.candidate });
    expect(foreign.errors?.[0].extensions).toMatchObject(notFound);
    // B's candidate sees their own week and nothing of A's.
    const own = (await b.candidate.ok(PROGRESS, { m: b.ids.candidate, ...PERIOD })).candidateProgress;
    expect(weekOf(own, '2026-06-01T00:00:00.000Z')).toMatchObject({ answers: 1, scoredAnswers: 1, sessions: 1 });
    expect(own.weeks.reduce((n: number, w: { answers: number }) => n + w.answers, 0)).toBe(1);
  });

  it('runs the same few statements for seven answers as for one', async () => {
    const many = await countQueries(app.dataSource, () => a.admin.ok(PROGRESS, { m: a.ids.candidate, ...PERIOD }));
    const one = await countQueries(app.dataSource, () => b.admin.ok(PROGRESS, { m: b.ids.candidate, ...PERIOD }));
    expect(many.count).toBe(one.count);
    // The guard, the access check and the four aggregates.
    expect(many.count).toBeLessThanOrEqual(6);
  });

  it("exposes the analyzer's metrics on every evaluation as typed fields", async () => {
    const bank = await questionBank(a.admin, 'delivery', 1);
    const assignmentId = await assign(a.admin, {
      questionIds: bank.questionIds,
      mode: 'PRACTICE',
      candidateIds: [a.ids.otherCandidate],
    });
    const text =
      'Um, at my last internship our checkout failed under load, you know. I owned the investigation: I profiled the ' +
      'database calls and rewrote one query as a join. We shipped it. As a result p95 latency fell by 40%.';
    const { answerId } = await answerFirstQuestion(a.otherCandidate, assignmentId, text);
    await drain();
    const analysis = (await a.otherCandidate.ok(ANALYSIS, { id: answerId })).answer.evaluation.analysis;
    const [{ metrics: stored }] = await sql('SELECT metrics FROM evaluations WHERE answer_id = $1', [answerId]);
    expect(analysis).toMatchObject({
      wordCount: stored.wordCount,
      wordsPerMinute: stored.wordsPerMinute,
      fillerWords: { total: 2, per100Words: stored.fillerWords.per100Words },
      star: {
        situation: { found: true },
        task: { found: false },
        action: { found: true },
        result: { found: true },
        partsFound: 3,
      },
      ownership: { iCount: stored.ownership.iCount, weCount: stored.ownership.weCount, ratio: stored.ownership.ratio },
      askedClarifyingQuestion: false,
      relevance: stored.relevance,
    });
    expect(analysis.fillerWords.breakdown).toEqual([
      { filler: 'um', count: 1 },
      { filler: 'you know', count: 1 },
    ]);
    expect(analysis.star.result.sentences).toEqual(['As a result p95 latency fell by 40%.']);
    expect(analysis.quantifiedResults).toContainEqual(expect.objectContaining({ value: '40%', kind: 'PERCENT' }));
    expect(analysis.talkingPointCoverage).toEqual({ covered: [], missed: [], ratio: null });
    // A typed answer has no figures from a recording.
    expect(analysis).toMatchObject({ speechTiming: null, pauseCount: null, longestPauseSeconds: null });

    // A spoken answer's figures, as the analyzer stores them.
    const speech = {
      timing: 'SEGMENT',
      recordingSeconds: 31.5,
      speakingSeconds: 27,
      silenceBeforeFirstWordSeconds: 3.2,
      pauseCount: 2,
      longestPauseSeconds: 4.1,
      longestPauseAtSeconds: 12.6,
      wordCount: 60,
      wordsPerMinute: 133,
      fillerWords: { total: 1, per100Words: 1.7, breakdown: { um: 1 } },
    };
    await sql(`UPDATE evaluations SET metrics = metrics || jsonb_build_object('speech', $2::jsonb) WHERE answer_id = $1`, [
      answerId,
      JSON.stringify(speech),
    ]);
    expect((await a.otherCandidate.ok(ANALYSIS, { id: answerId })).answer.evaluation.analysis).toMatchObject({
      speechTiming: 'SEGMENT',
      recordingSeconds: 31.5,
      silenceBeforeFirstWordSeconds: 3.2,
      pauseCount: 2,
      longestPauseSeconds: 4.1,
      longestPauseAtSeconds: 12.6,
    });

    // A row from an analyzer that stored less: the missing parts are null, not an error.
    await sql(
      `UPDATE evaluations SET metrics = '{"wordCount": 40, "wordsPerMinute": 120, "durationSeconds": 20}' WHERE answer_id = $1`,
      [answerId],
    );
    const older = (await a.otherCandidate.ok(ANALYSIS, { id: answerId })).answer.evaluation.analysis;
    expect(older).toMatchObject({ wordCount: 40, thinkingSeconds: null, fillerWords: null, star: null, quantifiedResults: null });
    expect(older).toMatchObject({
      ownership: null,
      hedging: null,
      askedClarifyingQuestion: null,
      talkingPointCoverage: null,
      relevance: null,
      speechTiming: null,
      pauseCount: null,
    });
  });
});
