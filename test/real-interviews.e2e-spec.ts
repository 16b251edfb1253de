import { Role } from '../apps/api/src/common/role';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { addMember, createOrgWorld, OrgWorld } from './support/world';
import { questionBank } from './support/sittings';

const ADD_TO_COHORT = `mutation($c: ID!, $m: [ID!]!, $r: CohortRole!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: $r }) { id } }`;
const LOG_FIELDS = `id membershipId companyId companyName role stage interviewedOn selfEvaluation outcome notes
  company { name } candidate { id } questions { id position prompt unexpected competencies }`;
const LOG = `mutation($i: LogRealInterviewInput!) { logRealInterview(input: $i) { ${LOG_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateRealInterviewInput!) { updateRealInterview(id: $id, input: $i) { ${LOG_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteRealInterview(id: $id) }`;
const GET = `query($id: ID!) { realInterview(id: $id) { id } }`;
const LIST = `query($m: ID, $o: RealInterviewListOptions) { realInterviews(membershipId: $m, options: $o) {
  totalCount nodes { id membershipId interviewedOn } } }`;
const PROMOTE = `mutation($i: PromoteRealInterviewQuestionInput!) { promoteRealInterviewQuestion(input: $i) {
  id prompt type difficulty competencies questionSetId sourceRealInterviewQuestionId
  sourceRealInterviewQuestion { id prompt log { id companyName candidate { id } } } } }`;
const UNEXPECTED = `query($c: ID!, $t: Int) { cohortUnexpectedQuestions(cohortId: $c, take: $t) { prompt count candidateCount latestOn companies } }`;

const interview = (overrides: Record<string, unknown> = {}) => ({
  companyName: 'Acme',
  role: 'Backend engineer',
  stage: 'TECHNICAL',
  interviewedOn: '2026-03-02',
  ...overrides,
});

/** The real-interview loop: candidates log what they were asked, coaches learn from it. */
describe('real interviews', () => {
  let app: TestApp;
  let org: OrgWorld;
  let other: OrgWorld;
  /** Coaches cohort Y only: a coach of another cohort for the candidates of X. */
  let otherCoach: GqlClient;
  let outsider: { id: string; client: GqlClient };
  let cohortX: string;
  let cohortY: string;
  let companyId: string;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false' });
    org = await createOrgWorld(app.app, app.url, 'Loop U');
    other = await createOrgWorld(app.app, app.url, 'Elsewhere U');
    const coach2 = await addMember(app.app, app.url, org.organizationId, {
      email: 'coach2@loop.test',
      name: 'Coach 2',
      role: Role.COACH,
    });
    otherCoach = coach2.client;
    outsider = await addMember(app.app, app.url, org.organizationId, {
      email: 'third@loop.test',
      name: 'Third',
      role: Role.CANDIDATE,
    });
    cohortX = (await org.admin.ok(`mutation { createCohort(input: { name: "X" }) { id } }`)).createCohort.id;
    cohortY = (await org.admin.ok(`mutation { createCohort(input: { name: "Y" }) { id } }`)).createCohort.id;
    await org.admin.ok(ADD_TO_COHORT, { c: cohortX, m: [org.ids.candidate, org.ids.otherCandidate], r: 'CANDIDATE' });
    await org.admin.ok(ADD_TO_COHORT, { c: cohortX, m: [org.ids.coach], r: 'COACH' });
    await org.admin.ok(ADD_TO_COHORT, { c: cohortY, m: [outsider.id], r: 'CANDIDATE' });
    await org.admin.ok(ADD_TO_COHORT, { c: cohortY, m: [coach2.id], r: 'COACH' });
    companyId = (await org.admin.ok(`mutation { createCompany(input: { name: "Globex" }) { id } }`)).createCompany.id;
  });
  afterAll(() => app.stop());

  describe('logging', () => {
    it('stores a real interview with its questions in order; a linked company lends its name', async () => {
      const { logRealInterview: log } = await org.candidate.ok(LOG, {
        i: interview({
          companyName: undefined,
          companyId,
          selfEvaluation: 4,
          notes: 'Two interviewers',
          questions: [
            { prompt: 'Tell me about yourself.' },
            { prompt: ' Why are manhole covers round? ', unexpected: true, competencies: [' problem solving '] },
          ],
        }),
      });
      expect(log).toMatchObject({
        membershipId: org.ids.candidate,
        companyId,
        companyName: 'Globex',
        company: { name: 'Globex' },
        role: 'Backend engineer',
        stage: 'TECHNICAL',
        interviewedOn: '2026-03-02',
        selfEvaluation: 4,
        outcome: 'PENDING',
        notes: 'Two interviewers',
        candidate: { id: org.ids.candidate },
      });
      expect(log.questions).toEqual([
        { id: expect.any(String), position: 0, prompt: 'Tell me about yourself.', unexpected: false, competencies: [] },
        {
          id: expect.any(String),
          position: 1,
          prompt: 'Why are manhole covers round?',
          unexpected: true,
          competencies: ['problem solving'],
        },
      ]);
    });

    it('validates what is logged at the edge', async () => {
      const reason = async (input: Record<string, unknown>) =>
        (await org.candidate.request(LOG, { i: interview(input) })).errors?.[0].extensions;
      const invalid = { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' };
      expect(await reason({ selfEvaluation: 0 })).toMatchObject(invalid);
      expect(await reason({ selfEvaluation: 6 })).toMatchObject(invalid);
      expect(await reason({ interviewedOn: '2026-02-30' })).toMatchObject(invalid);
      expect(await reason({ interviewedOn: '02/03/2026' })).toMatchObject(invalid);
      expect(await reason({ interviewedOn: '2026-03-02T10:00:00Z' })).toMatchObject(invalid);
      expect(await reason({ role: 'x'.repeat(201) })).toMatchObject(invalid);
      expect(await reason({ questions: [{ prompt: 'Why?' }] })).toMatchObject(invalid);
      expect(
        await reason({ questions: Array.from({ length: 31 }, (_, n) => ({ prompt: `Question number ${n}` })) }),
      ).toMatchObject(invalid);
      expect(await reason({ questions: [{ prompt: 'A question', competencies: Array(11).fill('x') }] })).toMatchObject(invalid);
      expect(await reason({ stage: 'LUNCH' })).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await reason({ interviewedOn: '2999-01-01' })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_IN_FUTURE' });
      expect(await reason({ companyName: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMPANY_REQUIRED' });
      expect(await reason({ role: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMPTY_ROLE' });
      expect(await reason({ questions: [{ prompt: '  Why?    ' }] })).toMatchObject({ reason: 'QUESTION_TOO_SHORT' });
      const foreignCompany = (await other.admin.ok(`mutation { createCompany(input: { name: "Initech" }) { id } }`)).createCompany
        .id;
      expect(await reason({ companyId: foreignCompany })).toMatchObject({ code: 'NOT_FOUND', reason: 'COMPANY_NOT_FOUND' });
      expect(await org.coach.errorCode(LOG, { i: interview() })).toBe('FORBIDDEN');
    });

    it('lets only its candidate edit a log; a question kept keeps its id', async () => {
      const { logRealInterview: log } = await org.candidate.ok(LOG, {
        i: interview({ selfEvaluation: 2, questions: [{ prompt: 'First question?' }, { prompt: 'Second question?' }] }),
      });
      const [first, second] = log.questions;
      const { updateRealInterview: updated } = await org.candidate.ok(UPDATE, {
        id: log.id,
        i: {
          outcome: 'ADVANCED',
          selfEvaluation: null,
          questions: [{ prompt: 'A new one?', unexpected: true }, { prompt: 'second  QUESTION?' }],
        },
      });
      expect(updated).toMatchObject({ outcome: 'ADVANCED', selfEvaluation: null, role: 'Backend engineer', companyName: 'Acme' });
      expect(updated.questions.map((q: any) => [q.position, q.prompt, q.id === second.id, q.id === first.id])).toEqual([
        [0, 'A new one?', false, false],
        [1, 'second  QUESTION?', true, false],
      ]);
      // Linking a company brings its name; unlinking keeps the name.
      const linked = (await org.candidate.ok(UPDATE, { id: log.id, i: { companyId } })).updateRealInterview;
      expect(linked).toMatchObject({ companyId, companyName: 'Globex' });
      const unlinked = (await org.candidate.ok(UPDATE, { id: log.id, i: { companyId: null } })).updateRealInterview;
      expect(unlinked).toMatchObject({ companyId: null, companyName: 'Globex', questions: updated.questions });

      const refused = await org.candidate.request(UPDATE, { id: log.id, i: { role: null } });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      expect(await org.otherCandidate.errorCode(UPDATE, { id: log.id, i: { notes: 'mine now' } })).toBe('NOT_FOUND');
      expect(await other.candidate.errorCode(UPDATE, { id: log.id, i: { notes: 'mine now' } })).toBe('NOT_FOUND');
      expect(await org.coach.errorCode(UPDATE, { id: log.id, i: { notes: 'mine now' } })).toBe('FORBIDDEN');
      expect(await org.otherCandidate.errorCode(DELETE, { id: log.id })).toBe('NOT_FOUND');
      expect(await org.admin.errorCode(DELETE, { id: log.id })).toBe('FORBIDDEN');
      expect((await org.candidate.ok(DELETE, { id: log.id })).deleteRealInterview).toBe(true);
      expect(await org.candidate.errorCode(GET, { id: log.id })).toBe('NOT_FOUND');
    });

    it('lists a candidate their own, a coach their cohorts’ candidates’, an admin all', async () => {
      await org.otherCandidate.ok(LOG, { i: interview({ interviewedOn: '2026-04-01' }) });
      await outsider.client.ok(LOG, { i: interview({ interviewedOn: '2026-01-15' }) });
      const owners = async (client: GqlClient, m?: string) =>
        (await client.ok(LIST, { m })).realInterviews.nodes.map((n: any) => n.membershipId as string);
      expect(new Set(await owners(org.candidate))).toEqual(new Set([org.ids.candidate]));
      expect(await org.candidate.errorCode(LIST, { m: org.ids.otherCandidate })).toBe('NOT_FOUND');
      expect(new Set(await owners(org.coach))).toEqual(new Set([org.ids.candidate, org.ids.otherCandidate]));
      expect(await org.coach.errorCode(LIST, { m: outsider.id })).toBe('NOT_FOUND');
      expect(await owners(otherCoach)).toEqual([outsider.id]);
      expect(await owners(org.admin, org.ids.otherCandidate)).toEqual([org.ids.otherCandidate]);
      expect((await org.admin.ok(LIST, {})).realInterviews.totalCount).toBe(3);
      expect((await other.admin.ok(LIST, {})).realInterviews.totalCount).toBe(0);
      expect(await other.admin.errorCode(LIST, { m: org.ids.candidate })).toBe('NOT_FOUND');
      const [outsiders] = (await otherCoach.ok(LIST, {})).realInterviews.nodes;
      expect(await org.coach.errorCode(GET, { id: outsiders.id })).toBe('NOT_FOUND');
      expect(await org.candidate.errorCode(GET, { id: outsiders.id })).toBe('NOT_FOUND');
      expect((await org.admin.ok(GET, { id: outsiders.id })).realInterview.id).toBe(outsiders.id);
      // Latest interview first.
      const dates = (await org.coach.ok(LIST, {})).realInterviews.nodes.map((n: any) => n.interviewedOn);
      expect(dates).toEqual([...dates].sort().reverse());
    });
  });

  describe('promoting a logged question', () => {
    let setId: string;
    let logId: string;
    let questionId: string;

    beforeAll(async () => {
      ({ setId } = await questionBank(org.admin, 'estimation', 0));
      const { logRealInterview: log } = await org.candidate.ok(LOG, {
        i: interview({ questions: [{ prompt: 'How many piano tuners work in Chicago?', competencies: ['Estimation'] }] }),
      });
      logId = log.id;
      questionId = log.questions[0].id;
    });

    it('adds it to a question set with a link to where it came from, once per set', async () => {
      const { promoteRealInterviewQuestion: q } = await org.coach.ok(PROMOTE, {
        i: { realInterviewQuestionId: questionId, questionSetId: setId, type: 'CASE' },
      });
      expect(q).toMatchObject({
        prompt: 'How many piano tuners work in Chicago?',
        type: 'CASE',
        difficulty: 'MEDIUM',
        competencies: ['Estimation'],
        questionSetId: setId,
        sourceRealInterviewQuestionId: questionId,
        sourceRealInterviewQuestion: {
          id: questionId,
          prompt: 'How many piano tuners work in Chicago?',
          log: { id: logId, companyName: 'Acme', candidate: { id: org.ids.candidate } },
        },
      });
      const again = await org.admin.request(PROMOTE, {
        i: { realInterviewQuestionId: questionId, questionSetId: setId, type: 'CASE' },
      });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_PROMOTED' });
      // Another set, in the coach's own words.
      const { setId: second } = await questionBank(org.admin, 'markets', 0);
      const reworded = (
        await org.admin.ok(PROMOTE, {
          i: {
            realInterviewQuestionId: questionId,
            questionSetId: second,
            type: 'CASE',
            prompt: 'Estimate the piano tuners of a city.',
            difficulty: 'HARD',
            competencies: null,
          },
        })
      ).promoteRealInterviewQuestion;
      expect(reworded).toMatchObject({
        prompt: 'Estimate the piano tuners of a city.',
        difficulty: 'HARD',
        competencies: ['Estimation'],
      });

      // The link shows only to staff who manage the candidate; the question itself is the organization's.
      const seen = await otherCoach.ok(
        `query($id: ID!) { question(id: $id) { sourceRealInterviewQuestionId sourceRealInterviewQuestion { id } } }`,
        {
          id: q.id,
        },
      );
      expect(seen.question).toEqual({ sourceRealInterviewQuestionId: questionId, sourceRealInterviewQuestion: null });

      // Edited with the same question, the log keeps the link.
      await org.candidate.ok(UPDATE, {
        id: logId,
        i: { questions: [{ prompt: 'Something else entirely?' }, { prompt: 'how many piano tuners work in chicago?' }] },
      });
      const linked = await org.admin.ok(`query($id: ID!) { question(id: $id) { sourceRealInterviewQuestion { id position } } }`, {
        id: q.id,
      });
      expect(linked.question.sourceRealInterviewQuestion).toEqual({ id: questionId, position: 1 });
    });

    it('is for staff who manage the candidate only', async () => {
      const input = { realInterviewQuestionId: questionId, questionSetId: setId, type: 'CASE' };
      const reason = async (client: GqlClient, i: Record<string, unknown> = input) =>
        (await client.request(PROMOTE, { i })).errors?.[0].extensions;
      expect(await reason(otherCoach)).toMatchObject({ code: 'NOT_FOUND', reason: 'REAL_INTERVIEW_QUESTION_NOT_FOUND' });
      expect(await reason(other.admin)).toMatchObject({ code: 'NOT_FOUND', reason: 'REAL_INTERVIEW_QUESTION_NOT_FOUND' });
      expect(await reason(org.candidate)).toMatchObject({ code: 'FORBIDDEN' });
      const { setId: foreignSet } = await questionBank(other.admin, 'elsewhere', 0);
      expect(await reason(org.admin, { ...input, questionSetId: foreignSet })).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'QUESTION_SET_NOT_FOUND',
      });
      expect(await reason(org.admin, { ...input, prompt: 'Why?' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('leaves the bank question, unlinked, when the log is deleted', async () => {
      const { questions } = await org.admin.ok(
        `query($s: ID!) { questions(options: { filter: { questionSetId: $s } }) { nodes { id } } }`,
        {
          s: setId,
        },
      );
      await org.candidate.ok(DELETE, { id: logId });
      const left = await org.admin.ok(`query($id: ID!) { question(id: $id) { prompt sourceRealInterviewQuestionId } }`, {
        id: questions.nodes[0].id,
      });
      expect(left.question).toEqual({ prompt: 'How many piano tuners work in Chicago?', sourceRealInterviewQuestionId: null });
    });
  });

  describe('practising a logged question', () => {
    const PRACTISE = `mutation($i: PractiseLoggedQuestionInput!) { practiseLoggedQuestion(input: $i) { id mode status
      questions { id prompt type timeLimitSeconds } } }`;
    /** What the session froze of the question (competencies and talking points are not shown to candidates). */
    const frozen = async (sessionQuestionId: string) =>
      (
        await app.dataSource.query('SELECT competencies, talking_points FROM session_questions WHERE id = $1', [
          sessionQuestionId,
        ])
      )[0];
    let loggedId: string;

    beforeAll(async () => {
      await org.admin.ok(
        `mutation { createRubric(input: { name: "R", isDefault: true, criteria: [{ name: "C", weight: 1, levels: ["1","2","3","4","5"] }] }) { id } }`,
      );
      const { logRealInterview: log } = await org.candidate.ok(LOG, {
        i: interview({
          questions: [{ prompt: 'Walk me through how you would find a memory leak in production.', competencies: ['Debugging'] }],
        }),
      });
      loggedId = log.questions[0].id;
    });

    it('starts practice of the question as it was asked, as the kind of question the candidate says it was', async () => {
      const { practiseLoggedQuestion: session } = await org.candidate.ok(PRACTISE, {
        i: { realInterviewQuestionId: loggedId, type: 'TECHNICAL', followUpCount: 0 },
      });
      expect(session).toMatchObject({
        mode: 'PRACTICE',
        status: 'IN_PROGRESS',
        questions: [
          { prompt: 'Walk me through how you would find a memory leak in production.', type: 'TECHNICAL', timeLimitSeconds: 180 },
        ],
      });
      const [question] = session.questions;
      expect(await frozen(question.id)).toEqual({ competencies: ['Debugging'], talking_points: [] });
      // Sat like any practice question.
      await org.candidate.ok(`mutation($s: ID!) { showQuestion(sessionId: $s, position: 0) { id } }`, { s: session.id });
      const { submitAnswer } = await org.candidate.ok(
        `mutation($q: ID!) { submitAnswer(input: { sessionQuestionId: $q, text: "I would compare heap snapshots taken an hour apart." }) { status } }`,
        { q: question.id },
      );
      expect(submitAnswer.status).toBe('SUBMITTED');
    });

    it('takes the bank question staff made of it: its type, talking points and limit', async () => {
      const { setId } = await questionBank(org.admin, 'debugging', 0);
      const { promoteRealInterviewQuestion: bank } = await org.coach.ok(PROMOTE, {
        i: { realInterviewQuestionId: loggedId, questionSetId: setId, type: 'SYSTEM_DESIGN' },
      });
      await org.admin.ok(
        `mutation($id: ID!) { updateQuestion(id: $id, input: { talkingPoints: ["Heap snapshots"], timeLimitSeconds: 240 }) { id } }`,
        { id: bank.id },
      );
      const { practiseLoggedQuestion: session } = await org.candidate.ok(PRACTISE, { i: { realInterviewQuestionId: loggedId } });
      expect(session.questions[0]).toMatchObject({ type: 'SYSTEM_DESIGN', timeLimitSeconds: 240 });
      expect(await frozen(session.questions[0].id)).toMatchObject({ talking_points: ['Heap snapshots'] });
    });

    it("is the candidate's own: another candidate or organization gets NOT_FOUND, staff cannot", async () => {
      const reason = async (client: GqlClient) =>
        (await client.request(PRACTISE, { i: { realInterviewQuestionId: loggedId } })).errors?.[0].extensions;
      const notFound = { code: 'NOT_FOUND', reason: 'REAL_INTERVIEW_QUESTION_NOT_FOUND' };
      expect(await reason(org.otherCandidate)).toMatchObject(notFound);
      expect(await reason(other.candidate)).toMatchObject(notFound);
      expect(await reason(org.coach)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await reason(org.admin)).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe("a cohort's unexpected questions", () => {
    beforeAll(async () => {
      // X's candidates: the manhole question four times (with the first test's, by two people, spelled
      // three ways; "round ?" is another question, and expected), the URL shortener once (unexpected once,
      // expected once), the failure question once. Y's: the failure question and one of its own twice.
      await org.candidate.ok(LOG, {
        i: interview({
          companyName: 'Acme',
          interviewedOn: '2026-01-10',
          questions: [
            { prompt: 'Why are manhole covers round?', unexpected: true },
            { prompt: 'Tell me about yourself.' },
            { prompt: 'Design a URL shortener.', unexpected: true },
          ],
        }),
      });
      await org.candidate.ok(LOG, {
        i: interview({
          companyName: 'Globex',
          interviewedOn: '2026-02-01',
          questions: [{ prompt: 'why are manhole  COVERS round?', unexpected: true }, { prompt: 'Design a URL shortener.' }],
        }),
      });
      await org.otherCandidate.ok(LOG, {
        i: interview({
          companyName: 'Acme',
          interviewedOn: '2026-01-20',
          questions: [
            { prompt: 'Why are manhole covers round ?', unexpected: false },
            { prompt: 'Why are manhole covers round?', unexpected: true },
            { prompt: 'What was your biggest failure?', unexpected: true },
          ],
        }),
      });
      await outsider.client.ok(LOG, {
        i: interview({
          companyName: 'Initech',
          interviewedOn: '2026-02-10',
          questions: [
            { prompt: 'What was your biggest failure?', unexpected: true },
            { prompt: 'What is a monad?', unexpected: true },
            { prompt: 'What is a monad?', unexpected: true },
          ],
        }),
      });
    });

    it('groups them however they were typed, most frequent first, with the latest date and the companies', async () => {
      const { cohortUnexpectedQuestions } = await org.coach.ok(UNEXPECTED, { c: cohortX });
      expect(cohortUnexpectedQuestions).toEqual([
        {
          prompt: 'Why are manhole covers round?',
          count: 4,
          candidateCount: 2,
          latestOn: '2026-03-02',
          companies: ['Acme', 'Globex'],
        },
        // One each: the later one first.
        { prompt: 'What was your biggest failure?', count: 1, candidateCount: 1, latestOn: '2026-01-20', companies: ['Acme'] },
        { prompt: 'Design a URL shortener.', count: 1, candidateCount: 1, latestOn: '2026-01-10', companies: ['Acme'] },
      ]);
      expect((await org.coach.ok(UNEXPECTED, { c: cohortX, t: 1 })).cohortUnexpectedQuestions).toHaveLength(1);
      expect((await otherCoach.ok(UNEXPECTED, { c: cohortY })).cohortUnexpectedQuestions).toEqual([
        { prompt: 'What is a monad?', count: 2, candidateCount: 1, latestOn: '2026-02-10', companies: ['Initech'] },
        { prompt: 'What was your biggest failure?', count: 1, candidateCount: 1, latestOn: '2026-02-10', companies: ['Initech'] },
      ]);
    });

    it('is for staff who manage the cohort only', async () => {
      expect(await otherCoach.errorCode(UNEXPECTED, { c: cohortX })).toBe('NOT_FOUND');
      expect(await org.coach.errorCode(UNEXPECTED, { c: cohortY })).toBe('NOT_FOUND');
      expect(await other.admin.errorCode(UNEXPECTED, { c: cohortX })).toBe('NOT_FOUND');
      expect(await org.candidate.errorCode(UNEXPECTED, { c: cohortX })).toBe('FORBIDDEN');
      expect((await org.admin.ok(UNEXPECTED, { c: cohortX })).cohortUnexpectedQuestions).toHaveLength(3);
      for (const take of [0, 101]) {
        const res = await org.admin.request(UNEXPECTED, { c: cohortX, t: take });
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TAKE_OUT_OF_RANGE' });
      }
    });
  });
});
