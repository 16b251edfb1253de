import { Browser, Page } from 'playwright-core';
import { Db } from '../../apps/api/src/database/db.service';
import { JobQueue } from '../../apps/api/src/queue/job-queue';
import { launchBrowser, lookAt as lookAtWidths } from '../support/browser';
import { assign, questionBank, storyAnswer } from '../support/sittings';
import { startTestApp, TestApp } from '../support/test-app';
import { createOrgWorld, OrgWorld, PASSWORD } from '../support/world';

const START = `mutation($a: ID!, $c: Int) { startSession(input: { assignmentId: $a, confidenceBefore: $c }) { id } }`;
const SHOW = `mutation($s: ID!) { showQuestion(sessionId: $s, position: 0) { id } }`;
const SUBMIT = `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id } }`;
const COMPLETE = `mutation($s: ID!, $c: Int) { completeSession(id: $s, input: { confidenceAfter: $c }) { id } }`;
const EMAIL = '{ me { email } }';

/** Screenshots from the top of the page: scrolled, the app bar hides and lands mid-screenshot. */
async function lookAt(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await lookAtWidths(page, name);
}

/** The candidate app's progress and real-interview screens, with a candidate who practised over several weeks. */
describe('progress and real interviews in the candidate app', () => {
  // Each screen is looked at at two widths with axe-core.
  jest.setTimeout(180_000);
  let app: TestApp;
  let browser: Browser;
  let org: OrgWorld;
  const sql = (text: string, params: unknown[] = []) => app.app.get(Db).dataSource.query(text, params);

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    org = await createOrgWorld(app.app, app.url, 'Progress U');
    const leadership = await questionBank(org.admin, 'Leadership', 1);
    const sqlBank = await questionBank(org.admin, 'SQL', 1);
    const practice = (questionIds: string[]) =>
      assign(org.admin, { questionIds, mode: 'PRACTICE', candidateIds: [org.ids.candidate] });
    const assignments = { leadership: await practice(leadership.questionIds), sql: await practice(sqlBank.questionIds) };

    // Five sittings of one answer each: leadership three weeks ago, two weeks ago and now; SQL two weeks
    // ago and now. Scores and dates are set afterwards so the figures on screen are known exactly.
    const sittings: { topic: keyof typeof assignments; weeksAgo: number; score: number; before: number; after: number }[] = [
      { topic: 'leadership', weeksAgo: 3, score: 50, before: 2, after: 3 },
      { topic: 'leadership', weeksAgo: 2, score: 65, before: 3, after: 3 },
      { topic: 'sql', weeksAgo: 2, score: 40, before: 2, after: 2 },
      { topic: 'leadership', weeksAgo: 0, score: 80, before: 4, after: 5 },
      { topic: 'sql', weeksAgo: 0, score: 60, before: 4, after: 4 },
    ];
    const answered: { sessionId: string; answerId: string }[] = [];
    for (const s of sittings) {
      const sessionId = (await org.candidate.ok(START, { a: assignments[s.topic], c: s.before })).startSession.id;
      const questionId = (await org.candidate.ok(SHOW, { s: sessionId })).showQuestion.id;
      const answerId = (await org.candidate.ok(SUBMIT, { q: questionId, t: storyAnswer(s.topic) })).submitAnswer.id;
      await org.candidate.ok(COMPLETE, { s: sessionId, c: s.after });
      answered.push({ sessionId, answerId });
    }
    await app.app.get(JobQueue).drain();
    for (const [i, s] of sittings.entries()) {
      const { sessionId, answerId } = answered[i];
      const back = `${s.weeksAgo * 7} days`;
      await sql(`UPDATE interview_sessions SET created_at = created_at - $2::interval WHERE id = $1`, [sessionId, back]);
      await sql(`UPDATE answers SET submitted_at = submitted_at - $2::interval WHERE id = $1`, [answerId, back]);
      await sql(`UPDATE evaluations SET overall_score = $2, created_at = created_at - $3::interval WHERE answer_id = $1`, [
        answerId,
        s.score,
        back,
      ]);
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app.stop();
  });

  async function signedIn(email: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(app.url);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Hi / }).waitFor();
    return page;
  }

  const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

  it('shows a candidate their progress week by week: headline figures, charts with their figures in words', async () => {
    const page = await signedIn((await org.candidate.ok(EMAIL)).me.email);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Progress' }).first().click();
    await page.getByRole('heading', { name: 'Your progress' }).waitFor();

    // Weekly means: 50; (65 + 40) / 2 = 52.5; (80 + 60) / 2 = 70.
    const latest = region(page, 'Latest overall score');
    await latest.getByText('70', { exact: true }).waitFor();
    await latest.getByText(/^\+20 since the week of /).waitFor();
    await region(page, 'Sessions in the last 4 weeks').getByText('5', { exact: true }).waitFor();
    await region(page, 'Answers in this period').getByText('5', { exact: true }).waitFor();
    await region(page, 'Most improved').getByText('Leadership: 50 to 80').waitFor();

    const overall = region(page, 'Overall score');
    expect(await overall.getByRole('img').getAttribute('aria-label')).toMatch(
      /^Overall score\. Score: 50 in the week of .+, 70 in the week of .+\.$/,
    );
    await overall.locator('svg').first().waitFor();
    const confidence = region(page, 'Confidence before and after sessions').getByRole('img');
    expect(await confidence.getAttribute('aria-label')).toMatch(
      /Before: 2\.0 in the week of .+, 4\.0 in the week of .+; After: 3\.0 .+, 4\.5 /,
    );
    const byCompetency = region(page, 'First and latest score by competency').getByRole('img');
    expect(await byCompetency.getAttribute('aria-label')).toContain(
      'Improved on 2 of 2 competencies. Leadership: 50 to 80; SQL: 40 to 60.',
    );
    const repeated = region(page, 'Attempts on repeated questions');
    expect(await repeated.getByRole('img').getAttribute('aria-label')).toContain(
      '2 questions answered more than once; 3.0 attempts on average to score 70 or more.',
    );
    // The figures as a table, behind a disclosure.
    await repeated.getByText('Show the figures as a table').click();
    await repeated.getByRole('rowheader', { name: /Tell me about Leadership/ }).waitFor();
    for (const title of [
      'Score by competency',
      'Filler words per 100 words',
      'Thinking time before answering',
      'Answers within the time limit',
      'STAR completeness',
    ]) {
      await region(page, title).getByRole('img').waitFor();
    }
    // Nothing is wider than a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await lookAt(page, 'candidate-progress');

    // Four weeks hold the same answers; the period is in the address.
    await page.getByRole('button', { name: '4 weeks' }).click();
    await page.waitForURL(/period=4/);
    await region(page, 'Answers in this period').getByText('5', { exact: true }).waitFor();
  });

  it('encourages a new candidate to practise', async () => {
    const page = await signedIn((await org.otherCandidate.ok(EMAIL)).me.email);
    await page.goto(`${app.url}/progress`);
    await page.getByText('Your progress starts with your next answer').waitFor();
    await lookAt(page, 'candidate-progress-empty');
    await page.getByRole('link', { name: 'Start practising' }).click();
    await page.getByRole('heading', { name: 'Free practice' }).waitFor();
  });

  it('logs a real interview, lists it, edits it, refuses a bad question at its field, practises a question and deletes it', async () => {
    const page = await signedIn((await org.otherCandidate.ok(EMAIL)).me.email);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Real interviews' }).first().click();
    await page.getByText('No interviews logged yet').waitFor();
    await lookAt(page, 'candidate-real-interviews-empty');

    await page.getByRole('link', { name: 'Log an interview' }).click();
    await page.getByRole('textbox', { name: 'Company', exact: true }).fill('Acme');
    await page.getByRole('textbox', { name: 'Role', exact: true }).fill('Backend intern');
    await page.getByRole('combobox', { name: 'Stage' }).click();
    await page.getByRole('option', { name: 'Technical' }).click();
    await page.getByLabel('Question 1', { exact: true }).fill('How would you shard a users table?');
    await page.getByLabel('Competencies (optional)').first().fill('System design');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByLabel('Question 2', { exact: true }).fill('Tell me about a time you disagreed with your manager.');
    await page.getByLabel('Competencies (optional)').nth(1).fill('Ownership');
    await page.getByRole('checkbox', { name: 'I did not see this one coming' }).nth(1).check();
    await lookAt(page, 'candidate-real-interview-form');
    await page.getByRole('button', { name: 'Save interview' }).click();

    await page.getByRole('heading', { name: 'Acme · Backend intern' }).waitFor();
    const asked = region(page, 'Questions asked');
    await asked.getByText('How would you shard a users table?').waitFor();
    expect(await asked.getByText('Unexpected', { exact: true }).count()).toBe(1);
    await lookAt(page, 'candidate-real-interview');

    await page.getByRole('link', { name: 'All interviews' }).click();
    const listed = page.getByRole('list', { name: 'Your interviews' }).getByRole('link');
    await listed.filter({ hasText: 'Acme · Backend intern' }).getByText('2 questions, 1 unexpected', { exact: false }).waitFor();
    await lookAt(page, 'candidate-real-interviews');
    await listed.first().click();

    // Edited: a new role; then a question too short for the API, refused at its field.
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: 'Role', exact: true }).fill('Backend engineer');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Acme · Backend engineer' }).waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Question 1', { exact: true }).fill('Why?');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const field = page.getByLabel('Question 1', { exact: true });
    await page.getByText('a question must be at least 5 characters long').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    // The message is the field's description, read out with it.
    const describedBy = await field.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('a question must be at least 5 characters long');
    await lookAt(page, 'candidate-real-interview-invalid');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // The surprising question practised as it was asked: the checklist, the kind of question, then the room.
    await asked.getByRole('link', { name: /^Practise this question: Tell me about a time/ }).click();
    await page.getByRole('heading', { name: 'Practise a question from your interview' }).waitFor();
    const prompt = 'Tell me about a time you disagreed with your manager.';
    await page.getByRole('region', { name: 'The question' }).getByText(prompt).waitFor();
    await lookAt(page, 'candidate-practise-logged');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'Question 1' }).waitFor();
    await page.getByText(prompt).waitFor();
    await page.goBack();

    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete this interview?' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByText('No interviews logged yet').waitFor();
  });
});
