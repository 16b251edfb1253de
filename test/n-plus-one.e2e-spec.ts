import { startTestApp, TestApp } from './support/test-app';
import { createOrgWorld, OrgWorld } from './support/world';
import { storyAnswer } from './support/sittings';
import { countQueries } from './support/query-counter';
import { JobQueue } from '../apps/api/src/queue/job-queue';

/** Nested list queries batch their relations: the statement count must not grow with the rows. */
describe('no N+1 on nested lists', () => {
  let app: TestApp;
  let org: OrgWorld;

  const NESTED = `{
    cohorts(options: { take: 100 }) { totalCount nodes { name candidateCount coaches { email } candidates { email name role } } }
    assignments(options: { take: 100 }) { nodes { title template { name rubric { name currentVersion { version } } items { question { prompt } } }
      cohort { name } candidates { status member { email } } } }
    questions(options: { take: 100 }) { nodes { prompt questionSet { name questionCount company { name } } } }
    members(options: { take: 100 }) { nodes { email name } }
    sessions(options: { take: 100 }) { totalCount nodes { awaitingCoachScore candidate { email } questions { prompt
      answers { status evaluation { overallScore reviews { comment } } } } } }
    notifications { atRisk { cohortName candidates { totalCount nodes { name reasons { code } } } } }
  }`;

  /**
   * Grows the organization to `n` cohorts, each with two candidates, a question and an assignment, and
   * `n` scored practice sessions.
   */
  async function growTo(n: number, have: number): Promise<void> {
    for (let i = have; i < n; i++) {
      const data = await org.admin.ok(
        `mutation($n: String!, $c: String!) {
          cohort: createCohort(input: { name: $n }) { id }
          company: createCompany(input: { name: $c }) { id }
        }`,
        { n: `Cohort ${i}`, c: `Company ${i}` },
      );
      const set = await org.admin.ok(
        `mutation($c: ID!, $n: String!) { createQuestionSet(input: { name: $n, companyId: $c }) { id } }`,
        {
          c: data.company.id,
          n: `Set ${i}`,
        },
      );
      const question = await org.admin.ok(
        `mutation($s: ID!) { createQuestion(input: { questionSetId: $s, prompt: "Why this job?", type: BEHAVIORAL }) { id } }`,
        { s: set.createQuestionSet.id },
      );
      await org.admin.ok(
        `mutation($id: ID!, $csv: String!) { importCohortRoster(cohortId: $id, input: { csv: $csv }) { imported } }`,
        { id: data.cohort.id, csv: `name,email\nA ${i},a${i}@example.org\nB ${i},b${i}@example.org` },
      );
      await org.admin.ok(
        `mutation($c: ID!, $m: [ID!]!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: COACH }) { id } }`,
        {
          c: data.cohort.id,
          m: [org.ids.coach],
        },
      );
      const template = await org.admin.ok(
        `mutation($q: ID!) { createTemplate(input: { name: "T", mode: PRACTICE, items: [{ questionId: $q }] }) { id } }`,
        { q: question.createQuestion.id },
      );
      await org.admin.ok(`mutation($t: ID!, $c: ID!) { createAssignment(input: { templateId: $t, cohortId: $c }) { id } }`, {
        t: template.createTemplate.id,
        c: data.cohort.id,
      });
      const { startPractice } = await org.candidate.ok(
        `mutation { startPractice(input: { questionCount: 1, followUpCount: 0 }) { id } }`,
      );
      const shown = await org.candidate.ok(`mutation($s: ID!) { showQuestion(sessionId: $s, position: 0) { id } }`, {
        s: startPractice.id,
      });
      await org.candidate.ok(
        `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id } }`,
        {
          q: shown.showQuestion.id,
          t: storyAnswer('build'),
        },
      );
    }
    await app.app.get(JobQueue).drain();
  }

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    org = await createOrgWorld(app.app, app.url, 'Batch U');
    await org.admin.ok(
      `mutation { createRubric(input: { name: "R", isDefault: true, criteria: [{ name: "C", weight: 1, levels: ["1","2","3","4","5"] }] }) { id } }`,
    );
  }, 120_000);
  afterAll(() => app.stop());

  it('sends the same number of statements for 5 rows as for 50', async () => {
    await growTo(5, 0);
    const small = await countQueries(app.dataSource, () => org.admin.ok(NESTED));
    await growTo(50, 5);
    let data: Record<string, any> = {};
    const large = await countQueries(app.dataSource, async () => (data = await org.admin.ok(NESTED)));
    expect(data.cohorts.totalCount).toBe(50);
    expect(data.assignments.nodes).toHaveLength(50);
    expect(data.sessions.totalCount).toBe(50);
    expect(data.sessions.nodes.every((s: any) => s.questions[0].answers[0].evaluation.overallScore >= 0)).toBe(true);
    expect(data.cohorts.nodes.every((c: { candidates: unknown[] }) => c.candidates.length === 2)).toBe(true);
    // Every cohort's new candidates are at risk (no practice yet): the admin's notifications list them all.
    expect(data.notifications.atRisk).toHaveLength(50);
    // DataLoaders batch per tick, so when sibling lists' rows arrive the count can move by a batch or
    // two; one query per row would add at least 45 (50 - 5 rows). Each kind of row the query touches is
    // one statement (a kind read in two ticks, two): fewer than the rows of any one list.
    expect(Math.abs(large.count - small.count)).toBeLessThanOrEqual(3);
    expect(large.count).toBeLessThan(50);
  }, 240_000);

  it('batches action items and the real-interview loop the same way', async () => {
    // An organization of its own, so the lists above keep their rows.
    const loop = await createOrgWorld(app.app, app.url, 'Batch V');
    const LOOP = `{
      members(options: { take: 100 }) { nodes { openActionItems cohorts { name } readiness { score } lastActiveAt } }
      actionItems(options: { take: 100 }) { totalCount nodes { text candidate { email } createdBy { email } } }
      realInterviews(options: { take: 100 }) { totalCount nodes { company { name } candidate { email } questions { prompt log { role } } } }
      questions(options: { take: 100 }) { nodes { sourceRealInterviewQuestion { prompt log { companyName } } } }
    }`;
    /** Per round: a member with an action item, and a logged interview whose question is promoted. */
    const grow = async (n: number, have: number) => {
      for (let i = have; i < n; i++) {
        const data = await loop.admin.ok(
          `mutation($n: String!) { company: createCompany(input: { name: $n }) { id } set: createQuestionSet(input: { name: $n }) { id } }`,
          { n: `Loop ${i}` },
        );
        // A new member each round, with an action item: the members list grows too.
        const invited = await loop.admin.ok(
          `mutation($e: String!) { inviteMember(input: { email: $e, name: "Pupil", role: CANDIDATE }) { member { id } } }`,
          { e: `pupil${i}@batch-v.test` },
        );
        await loop.admin.ok(`mutation($m: ID!, $t: String!) { addActionItem(input: { membershipId: $m, text: $t }) { id } }`, {
          m: invited.inviteMember.member.id,
          t: `Item ${i}`,
        });
        const { logRealInterview } = await loop.candidate.ok(
          `mutation($c: ID!) { logRealInterview(input: { companyId: $c, role: "Engineer", stage: ONSITE, interviewedOn: "2026-01-05",
            questions: [{ prompt: "What surprised you?", unexpected: true }] }) { questions { id } } }`,
          { c: data.company.id },
        );
        await loop.admin.ok(
          `mutation($q: ID!, $s: ID!) { promoteRealInterviewQuestion(input: { realInterviewQuestionId: $q, questionSetId: $s, type: BEHAVIORAL }) { id } }`,
          { q: logRealInterview.questions[0].id, s: data.set.id },
        );
      }
    };
    await grow(5, 0);
    const small = await countQueries(app.dataSource, () => loop.admin.ok(LOOP));
    await grow(50, 5);
    let data: Record<string, any> = {};
    const large = await countQueries(app.dataSource, async () => (data = await loop.admin.ok(LOOP)));
    expect(data.actionItems.totalCount).toBe(50);
    expect(data.realInterviews.totalCount).toBe(50);
    expect(data.questions.nodes.filter((q: any) => q.sourceRealInterviewQuestion?.log.companyName)).toHaveLength(50);
    expect(data.members.nodes.filter((m: any) => m.openActionItems === 1)).toHaveLength(50);
    expect(Math.abs(large.count - small.count)).toBeLessThanOrEqual(3);
    expect(large.count).toBeLessThan(20);
  }, 240_000);

  it('polls an answer with its evaluation in three statements: the guard, the answer, the evaluation', async () => {
    const { sessions } = await org.candidate.ok(`{ sessions(options: { take: 1 }) { nodes { questions { answers { id } } } } }`);
    const id = sessions.nodes[0].questions[0].answers[0].id;
    const POLL = `query($id: ID!) { answer(id: $id) { status evaluation { overallScore } } }`;
    let data: Record<string, any> = {};
    const { count } = await countQueries(app.dataSource, async () => (data = await org.candidate.ok(POLL, { id })));
    expect(data.answer.evaluation.overallScore).toBeGreaterThanOrEqual(0);
    expect(count).toBe(3);
  });
});
