import { readFile } from 'node:fs/promises';
import { Browser, Page } from 'playwright-core';
import { Role } from '../../apps/api/src/common/role';
import { Db } from '../../apps/api/src/database/db.service';
import { JobQueue } from '../../apps/api/src/queue/job-queue';
import { ReadinessService } from '../../apps/api/src/readiness/readiness.service';
import { launchBrowser, lookAt as lookAtWidths } from '../support/browser';
import { FakeLlm, judgeEnv } from '../support/fake-llm';
import { answerFirstQuestion, assign, questionBank, storyAnswer } from '../support/sittings';
import { startTestApp, TestApp } from '../support/test-app';
import { addMember, createOrgWorld, OrgWorld, PASSWORD } from '../support/world';

const CREATE_COHORT = `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }`;
const ADD = `mutation($c: ID!, $m: [ID!]!) { addCohortMembers(cohortId: $c, input: { memberIds: $m }) { id } }`;
const COMPLETE = `mutation($s: ID!) { completeSession(id: $s) { id } }`;
const EVALUATION = `query($a: ID!) { answer(id: $a) { evaluation { id criteria { key } } } }`;
const REVIEW = `mutation($e: ID!, $i: ReviewEvaluationInput!) { reviewEvaluation(evaluationId: $e, input: $i) { overallScore } }`;
const LOG = `mutation($i: LogRealInterviewInput!) { logRealInterview(input: $i) { id } }`;
const EMAIL = '{ me { email } }';
/** Screenshots from the top of the page: scrolled, the app bar hides and lands mid-screenshot. */
async function lookAt(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await lookAtWidths(page, name);
}

/** Each test drives several screens, each looked at at two widths. */
const SCREENS_TIMEOUT_MS = 240_000;

/** The readiness dashboard, a candidate's drill-down, AI agreement and LLM usage, as a coach and an admin see them. */
describe('readiness screens of the admin app in a browser', () => {
  let llm: FakeLlm;
  let app: TestApp;
  let browser: Browser;
  let org: OrgWorld;
  let elsewhere: OrgWorld;
  let cohortId: string;
  let newCohortId: string;
  let otherCoachEmail: string;
  const drain = () => app.app.get(JobQueue).drain();
  const sql = (text: string, params: unknown[] = []) => app.app.get(Db).dataSource.query(text, params);

  beforeAll(async () => {
    llm = await FakeLlm.start();
    app = await startTestApp({
      SEED_DEMO: 'false',
      JOBS_IN_API: 'true',
      ...judgeEnv(llm),
    });
    org = await createOrgWorld(app.app, app.url, 'Dashboard U');
    elsewhere = await createOrgWorld(app.app, app.url, 'Quiet U');

    cohortId = (await org.coach.ok(CREATE_COHORT, { i: { name: 'Fall cohort', requiredCompetencies: ['Leadership', 'SQL'] } }))
      .createCohort.id;
    await org.coach.ok(ADD, { c: cohortId, m: [org.ids.candidate, org.ids.otherCandidate] });
    const leadership = await questionBank(org.admin, 'Leadership', 1);
    const sqlBank = await questionBank(org.admin, 'SQL', 1);
    const realistic = await assign(org.coach, { questionIds: leadership.questionIds, mode: 'REALISTIC', cohortId });
    const practice = await assign(org.coach, {
      questionIds: sqlBank.questionIds,
      mode: 'PRACTICE',
      candidateIds: [org.ids.candidate],
    });
    await drain();
    await sql(`UPDATE assignments SET due_at = now() - interval '1 day' WHERE id = $1`, [realistic]);

    // The candidate sits the realistic interview and practises SQL twice, the first time two weeks ago.
    // The fake LLM scores by length: a long story gets 5s, a one-liner 1s.
    const longStory = (topic: string) => [1, 2, 3].map(() => storyAnswer(topic)).join(' ');
    const sitting = await answerFirstQuestion(org.candidate, realistic, longStory('leadership'));
    await org.candidate.ok(COMPLETE, { s: sitting.sessionId });
    const early = await answerFirstQuestion(
      org.candidate,
      practice,
      'I would add an index to the orders table and hope it helps.',
    );
    await answerFirstQuestion(org.candidate, practice, longStory('reporting database'));
    await drain();
    await sql(`UPDATE answers SET submitted_at = submitted_at - interval '14 days' WHERE id = $1`, [early.answerId]);
    await sql(`UPDATE evaluations SET created_at = created_at - interval '14 days' WHERE answer_id = $1`, [early.answerId]);

    // The coach is a little harsher than the AI on the realistic answer, and leaves an action item.
    const evaluation = (await org.coach.ok(EVALUATION, { a: sitting.answerId })).answer.evaluation;
    await org.coach.ok(REVIEW, {
      e: evaluation.id,
      i: {
        overrides: evaluation.criteria.map((c: { key: string }) => ({ key: c.key, score: 4 })),
        actionItems: ['Name the result in numbers'],
      },
    });
    await org.candidate.ok(LOG, {
      i: {
        companyName: 'Acme',
        role: 'Backend intern',
        stage: 'TECHNICAL',
        interviewedOn: new Date().toISOString().slice(0, 10),
        questions: [{ prompt: 'How would you shard a users table?', unexpected: true }],
      },
    });

    // A coach of another cohort of the same organization, whose new cohort has a candidate and no answer.
    const otherCoach = await addMember(app.app, app.url, org.organizationId, {
      email: 'second-coach@dashboard-u.test',
      name: 'Second Coach',
      role: Role.COACH,
    });
    otherCoachEmail = 'second-coach@dashboard-u.test';
    newCohortId = (await otherCoach.client.ok(CREATE_COHORT, { i: { name: 'Spring cohort' } })).createCohort.id;
    await otherCoach.client.ok(ADD, { c: newCohortId, m: [org.ids.otherCandidate] });
    await drain();
    // Readiness noticed the past due date at its periodic sweep (as in production, every ten minutes).
    await sql(`UPDATE candidate_readiness SET computed_at = now() - interval '2 days'`);
    await app.app.get(ReadinessService).sweep();
    await drain();

    browser = await launchBrowser();
  }, SCREENS_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await app.stop();
    await llm.stop();
  });

  async function signedIn(email: string): Promise<Page> {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${app.url}/admin/`);
    await page.locator('input[name="username"]').fill(email);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('menuitem', { name: 'Readiness' }).waitFor();
    return page;
  }

  const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

  it(
    "shows a coach their cohort's readiness, who needs help and why, and a candidate's every figure",
    async () => {
      const page = await signedIn((await org.coach.ok(EMAIL)).me.email);
      // No LLM usage for coaches: the API answers it to admins only.
      expect(await page.getByRole('menuitem', { name: 'Usage' }).count()).toBe(0);

      await page.getByRole('menuitem', { name: 'Readiness' }).click();
      await page.getByRole('link', { name: 'Fall cohort' }).waitFor();
      expect(await page.getByRole('link', { name: 'Spring cohort' }).count()).toBe(0);
      await lookAt(page, 'admin-readiness-cohorts');
      await page.getByRole('link', { name: 'Fall cohort' }).click();

      await page.getByRole('heading', { name: 'Readiness of Fall cohort' }).waitFor();
      await region(page, 'Candidates').getByText('2', { exact: true }).waitFor();
      const atRisk = region(page, 'Needs help (1)');
      await atRisk.getByRole('link', { name: 'otherCandidate of Dashboard U' }).waitFor();
      await atRisk.getByText('Overdue: 1 assignment past due').waitFor();
      await atRisk.getByText(/Interview not started: 1 realistic interview not started/).waitFor();
      await region(page, 'Unexpected questions from real interviews').getByText('How would you shard a users table?').waitFor();
      // The grid writes every score: colour is not the only signal.
      const grid = page.getByRole('table', { name: 'Candidates and competencies' });
      await grid.getByRole('columnheader', { name: /Leadership/ }).waitFor();
      const candidateRow = grid.getByRole('row').filter({ hasText: 'candidate of Dashboard U' }).filter({ hasNotText: 'other' });
      expect(await candidateRow.getByRole('cell').nth(5).textContent()).toMatch(
        /^\d+, (Not ready|Developing|Ready|Interview ready)$/,
      );
      await lookAt(page, 'admin-readiness-dashboard');

      // Sorting by name puts "candidate" before "otherCandidate"; the other way round, after.
      await grid.getByRole('button', { name: 'Candidate' }).click();
      await grid
        .getByRole('row')
        .nth(1)
        .filter({ hasText: /^candidate of Dashboard U/ })
        .waitFor();
      await grid.getByRole('button', { name: 'Candidate' }).click();
      await grid.getByRole('row').nth(1).filter({ hasText: 'otherCandidate of Dashboard U' }).waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^cohort-readiness-\d{4}-\d{2}-\d{2}\.csv$/);
      const lines = (await readFile(await download.path(), 'utf8'))
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n');
      const header = lines[0].split(',');
      expect(header.slice(0, 9)).toEqual([
        'name',
        'email',
        'level',
        'readiness',
        'trend',
        'last activity',
        'overdue assignments',
        'open action items',
        'at-risk reasons',
      ]);
      expect(header.slice(9).sort()).toEqual(['Leadership', 'SQL']);
      const rows = lines.slice(1);
      expect(rows).toHaveLength(2);
      expect(rows.find((row) => row.startsWith('otherCandidate of Dashboard U,'))).toMatch(/,NOT_READY,.*1 assignment past due/);
      expect(rows.find((row) => row.startsWith('candidate of Dashboard U,'))).toMatch(/,READY,75,/);

      await grid.getByRole('link', { name: 'candidate of Dashboard U', exact: true }).click();
      await page.getByRole('heading', { name: /^candidate of Dashboard U/ }).waitFor();
      const components = page.getByRole('table', { name: 'Readiness components' });
      for (const name of ['Competency scores', 'Coverage of required competencies', 'Assignments completed', 'Trend']) {
        await components.getByRole('rowheader', { name }).waitFor();
      }
      await region(page, 'Open action items (1)').getByText('Name the result in numbers').waitFor();
      await region(page, 'What to practise next').waitFor();
      await region(page, 'Score per week').waitFor();
      await region(page, 'Filler words per 100 words').waitFor();
      await region(page, 'Thinking time').waitFor();
      await region(page, 'STAR completeness').waitFor();
      await region(page, 'Answered within the time limit').waitFor();
      // Every figure's evaluations: the SQL score stands on two.
      const competencies = page.getByRole('table', { name: 'Competencies' });
      await competencies.getByRole('row').filter({ hasText: 'SQL' }).getByText('2 evaluations').click();
      await competencies
        .getByText(/scored \d+, \d+% of this score/)
        .first()
        .waitFor();
      await lookAt(page, 'admin-readiness-candidate');

      await page.getByRole('menuitem', { name: 'AI agreement' }).click();
      await page.getByRole('heading', { name: /^LLM judge: \d+ pairs? from 1 review of 1 answer$/ }).waitFor();
      await page.getByRole('table', { name: 'Agreement per criterion' }).getByRole('rowheader', { name: 'Clarity' }).waitFor();
      await region(page, 'What these numbers mean').waitFor();
      await lookAt(page, 'admin-ai-agreement');
      await page.context().close();
    },
    SCREENS_TIMEOUT_MS,
  );

  it(
    'shows a new cohort without answers, and a not-found state for a cohort the coach does not coach',
    async () => {
      const page = await signedIn(otherCoachEmail);
      await page.goto(`${app.url}/admin/#/readiness/${newCohortId}`);
      await page.getByRole('heading', { name: 'Readiness of Spring cohort' }).waitFor();
      await region(page, 'Needs help (1)').waitFor();
      await region(page, 'Weekly trend').getByText('Nothing to measure in these 12 weeks yet.').waitFor();
      await lookAt(page, 'admin-readiness-new-cohort');

      await page.goto(`${app.url}/admin/#/readiness/${cohortId}`);
      await page.getByRole('alert').filter({ hasText: 'This cohort does not exist, or you do not coach it.' }).waitFor();
      expect(await page.getByRole('button', { name: 'Download CSV' }).count()).toBe(0);
      await lookAt(page, 'admin-readiness-not-found');
      await page.context().close();
    },
    SCREENS_TIMEOUT_MS,
  );

  it(
    "shows an admin the LLM's tokens per day, and an organization without LLM use a clear empty state",
    async () => {
      const page = await signedIn((await org.admin.ok(EMAIL)).me.email);
      await page.getByRole('menuitem', { name: 'Usage' }).click();
      await page.getByRole('heading', { name: 'LLM usage', level: 1 }).waitFor();
      await region(page, 'Models').getByText('judge-test-1').waitFor();
      await region(page, 'Tokens per day').waitFor();
      // Per cohort: the cohort's candidates' answers were judged.
      await region(page, 'Per cohort').getByRole('row').nth(1).waitFor();
      await lookAt(page, 'admin-llm-usage');
      await page.context().close();

      const quiet = await signedIn((await elsewhere.admin.ok(EMAIL)).me.email);
      await quiet.getByRole('menuitem', { name: 'Usage' }).click();
      await quiet.getByText('No LLM use in the last 30 days').waitFor();
      await lookAt(quiet, 'admin-llm-usage-empty');
      await quiet.context().close();
    },
    SCREENS_TIMEOUT_MS,
  );
});
