import { JobQueue } from '../apps/api/src/queue/job-queue';
import { LlmJudgement } from '../apps/api/src/scoring/llm-judgement.entity';
import { LlmCall } from '../apps/api/src/scoring/llm-usage.entity';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld, OrgWorld, PASSWORD } from './support/world';
import { assign, questionBank } from './support/sittings';
import { tokenOf } from './support/smtp';

const TEXT = 'I led our move to a message queue: I measured the backlog, split the consumers and cut latency by 40%.';

/** A practice sitting (feedback at once) and a realistic one left in progress, each with one scored answer. */
async function sit(app: TestApp, org: OrgWorld, memberId: string, candidate: GqlClient) {
  const bank = await questionBank(org.admin, 'ownership', 2);
  const ids: string[] = [];
  for (const [mode, question] of [
    ['PRACTICE', bank.questionIds[0]],
    ['REALISTIC', bank.questionIds[1]],
  ] as const) {
    const assignmentId = await assign(org.admin, { questionIds: [question], mode, candidateIds: [memberId] });
    const session = (
      await candidate.ok('mutation($a: ID!) { startSession(input: { assignmentId: $a }) { id } }', { a: assignmentId })
    ).startSession;
    const shown = (await candidate.ok('mutation($s: ID!) { showQuestion(sessionId: $s, position: 0) { id } }', { s: session.id }))
      .showQuestion;
    ids.push(
      (
        await candidate.ok('mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id } }', {
          q: shown.id,
          t: TEXT,
        })
      ).submitAnswer.id,
    );
  }
  await app.app.get(JobQueue).drain();
  return ids;
}

/** What an organization stores about a person: a copy for them, and deletion on an admin's request. */
describe('personal data', () => {
  let app: TestApp;
  let org: OrgWorld;
  let other: OrgWorld;
  let answers: string[];

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    org = await createOrgWorld(app.app, app.url, 'Privacy U');
    other = await createOrgWorld(app.app, app.url, 'Other U');
    answers = await sit(app, org, org.ids.candidate, org.candidate);
  });
  afterAll(() => app.stop());

  const download = (path: string, client?: GqlClient) =>
    fetch(`${app.url}${path}`, { headers: client?.token ? { authorization: `Bearer ${client.token}` } : {} });

  it('lets a member download everything the organization stores about them, as JSON', async () => {
    const REVIEW = 'mutation($e: ID!, $i: [String!]) { reviewEvaluation(evaluationId: $e, input: { actionItems: $i }) { id } }';
    for (const [answerId, item] of [
      [answers[0], 'Lead with the result'],
      [answers[1], 'Hidden until the sitting ends'],
    ]) {
      const scored = await org.admin.ok('query($a: ID!) { answer(id: $a) { evaluation { id } } }', { a: answerId });
      await org.admin.ok(REVIEW, { e: scored.answer.evaluation.id, i: [item] });
    }
    await org.candidate.ok(
      `mutation { logRealInterview(input: { companyName: "Acme", role: "Analyst", stage: FINAL, interviewedOn: "2026-02-03",
        selfEvaluation: 3, questions: [{ prompt: "Why Acme?", unexpected: true }] }) { id } }`,
    );
    const at = new Date(Date.now() + 86_400_000).toISOString();
    await org.candidate.ok('mutation($at: DateTime!) { schedulePractice(input: { at: $at, note: "Two STAR stories" }) { id } }', {
      at,
    });
    const res = await download('/exports/me.json', org.candidate);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const data = (await res.json()) as any;
    expect(data.profile).toMatchObject({ email: 'candidate@privacy-u.test', name: 'candidate of Privacy U' });
    expect(data.organization).toEqual({ name: 'Privacy U', slug: 'privacy-u' });
    expect(data.membership).toMatchObject({ role: 'CANDIDATE', status: 'ACTIVE' });
    expect(data.assignments).toHaveLength(2);
    const [practice, realistic] = data.sessions;
    expect(practice.questions[0].answers[0]).toMatchObject({ text: TEXT, status: 'SCORED' });
    expect(practice.questions[0].answers[0].evaluations[0].overallScore).toEqual(expect.any(Number));
    // The realistic sitting is still going: no score for the candidate until it is completed.
    expect(realistic.questions[0].answers[0]).toMatchObject({ text: TEXT, evaluations: [] });
    // ...nor a coach's action item from it.
    expect(data.actionItems).toEqual([
      expect.objectContaining({ text: 'Lead with the result', status: 'OPEN', source: 'COACH' }),
    ]);
    expect(data.practiceReminders).toEqual([{ at, note: 'Two STAR stories', scheduledAt: expect.any(String), emailedAt: null }]);
    expect(data.realInterviews).toEqual([
      expect.objectContaining({
        company: 'Acme',
        role: 'Analyst',
        stage: 'FINAL',
        interviewedOn: '2026-02-03',
        selfEvaluation: 3,
        outcome: 'PENDING',
        questions: [{ prompt: 'Why Acme?', unexpected: true, competencies: [] }],
      }),
    ]);

    const asAdmin = (await (await download(`/exports/members/${org.ids.candidate}.json`, org.admin)).json()) as any;
    expect(asAdmin.sessions[1].questions[0].answers[0].evaluations).toHaveLength(1);
    expect(asAdmin.actionItems.map((i: any) => i.text)).toEqual(['Lead with the result', 'Hidden until the sitting ends']);
  });

  it('gives the download to nobody else', async () => {
    const path = `/exports/members/${org.ids.candidate}.json`;
    const statuses = [
      (await download('/exports/me.json')).status,
      (await download(path)).status,
      (await download(path, org.coach)).status,
      (await download(path, org.otherCandidate)).status,
      (await download(path, other.admin)).status,
      (await download('/exports/members/not-a-uuid.json', org.admin)).status,
    ];
    expect(statuses).toEqual([401, 401, 403, 403, 404, 400]);
    const body = (await (await download(path, other.admin)).json()) as any;
    expect(body.errors[0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'MEMBER_NOT_FOUND' });
  });

  it("deletes a candidate's data on an admin's request, and the account only when no other organization has it", async () => {
    const { dataSource } = app;
    const cache = (answerId: string, hash: string) =>
      dataSource
        .getRepository(LlmJudgement)
        .save({ organizationId: org.organizationId, contentHash: hash, model: 'm', judgement: {} as never, answerId });
    const calls = (answerId: string) =>
      dataSource
        .getRepository(LlmCall)
        .save({ organizationId: org.organizationId, answerId, model: 'm', promptTokens: 1, completionTokens: 1, valid: true });
    const [classmate] = await sit(app, org, org.ids.otherCandidate, org.otherCandidate);
    for (const [id, hash] of [
      [answers[0], 'a'.repeat(64)],
      [classmate, 'b'.repeat(64)],
    ]) {
      await cache(id, hash);
      await calls(id);
    }
    // The candidate also belongs to another organization.
    const invite = await other.admin.ok(
      'mutation { inviteMember(input: { email: "candidate@privacy-u.test", name: "C", role: CANDIDATE }) { invitationUrl } }',
    );
    await new GqlClient(app.url).ok(
      'mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { role } }',
      {
        t: tokenOf(invite.inviteMember.invitationUrl),
        p: PASSWORD,
      },
    );

    // A coach's copy of a logged question stays in the bank, without the link.
    const { setId } = await questionBank(org.admin, 'motivation', 0);
    const logged = await org.admin.ok(`query($m: ID!) { realInterviews(membershipId: $m) { nodes { questions { id } } } }`, {
      m: org.ids.candidate,
    });
    const promoted = await org.admin.ok(
      `mutation($q: ID!, $s: ID!) { promoteRealInterviewQuestion(input: { realInterviewQuestionId: $q, questionSetId: $s, type: BEHAVIORAL }) { id } }`,
      { q: logged.realInterviews.nodes[0].questions[0].id, s: setId },
    );

    const DELETE = 'mutation($m: ID!) { deleteCandidateData(memberId: $m) }';
    expect(await org.coach.errorCode(DELETE, { m: org.ids.candidate })).toBe('FORBIDDEN');
    expect(await other.admin.errorCode(DELETE, { m: org.ids.candidate })).toBe('NOT_FOUND');
    expect(await org.admin.errorCode(DELETE, { m: org.ids.coach })).toBe('BAD_USER_INPUT');
    expect((await org.admin.ok(DELETE, { m: org.ids.candidate })).deleteCandidateData).toBe(true);

    expect(await org.admin.errorCode('query($m: ID!) { member(id: $m) { id } }', { m: org.ids.candidate })).toBe('NOT_FOUND');
    const left = await org.admin.ok('{ sessions { nodes { candidate { id } } } }');
    expect(left.sessions.nodes.every((s: any) => s.candidate.id === org.ids.otherCandidate)).toBe(true);
    expect(await org.admin.errorCode('query($a: ID!) { answer(id: $a) { id } }', { a: answers[0] })).toBe('NOT_FOUND');
    const cached = await dataSource.getRepository(LlmJudgement).find({ where: { organizationId: org.organizationId } });
    expect(cached.map((c) => c.answerId)).toEqual([classmate]);
    const counted = await dataSource.getRepository(LlmCall).find({ where: { organizationId: org.organizationId } });
    expect(counted.map((c) => c.answerId)).toEqual([classmate]);
    for (const table of ['action_items', 'real_interview_logs', 'practice_reminders']) {
      const rows = await dataSource.query(`SELECT 1 FROM ${table} WHERE membership_id = $1`, [org.ids.candidate]);
      expect(rows).toEqual([]);
    }
    expect(await dataSource.query('SELECT 1 FROM real_interview_questions')).toEqual([]);
    const kept = await org.admin.ok(`query($id: ID!) { question(id: $id) { prompt sourceRealInterviewQuestionId } }`, {
      id: promoted.promoteRealInterviewQuestion.id,
    });
    expect(kept.question).toEqual({ prompt: 'Why Acme?', sourceRealInterviewQuestionId: null });
    // The account stays for the other organization...
    const person = await new GqlClient(app.url).signIn('candidate@privacy-u.test', PASSWORD);
    expect((await person.ok('{ organization { name } }')).organization.name).toBe('Other U');

    // ...and goes with the data of someone no other organization has.
    await org.admin.ok(DELETE, { m: org.ids.otherCandidate });
    expect(
      await new GqlClient(app.url).errorCode(
        'mutation { signIn(input: { email: "othercandidate@privacy-u.test", password: "x" }) { role } }',
      ),
    ).toBe('UNAUTHENTICATED');
    expect(await app.dataSource.query(`SELECT 1 FROM users WHERE email = 'othercandidate@privacy-u.test'`)).toEqual([]);
  });
});
