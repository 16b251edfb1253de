import { Browser, Locator, Page } from 'playwright-core';
import { JobQueue } from '../../apps/api/src/queue/job-queue';
import { launchBrowser, lookAt as lookAtNow } from '../support/browser';
import { FakeLlm, judgeEnv } from '../support/fake-llm';
import { startTestApp, TestApp } from '../support/test-app';
import { createOrgWorld, OrgWorld, PASSWORD } from '../support/world';
import { assign, questionBank, sit } from '../support/sittings';

const ADD_TO_COHORT = `mutation($c: ID!, $m: [ID!]!, $r: CohortRole!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: $r }) { id } }`;
const REVIEWS = `query($s: ID!) { session(id: $s) { questions { answers { evaluation {
  criteria { key score } reviews { reviewerId overrides { key score note } } } } } } }`;

/** Presses Tab (or `key`) until `target` has the focus (at most `max` times): it is reachable in the tab order. */
async function tabTo(page: Page, target: Locator, key = 'Tab', max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * `lookAt` once the page's requests are done: react-admin's loading spinner in the app bar (shown while any
 * query runs) has no accessible name.
 */
async function lookAt(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await lookAtNow(page, name);
}

// (Strings: the tests are compiled without the DOM's types.)
const hasFocus = (target: Locator) => target.evaluate((element) => element === element.ownerDocument.activeElement);
const focused = (page: Page) => page.evaluate<string>("document.activeElement?.textContent ?? ''");

/** A coach's review queue in the admin app: from a candidate's completed sitting to the queue emptied, keyboard only. */
describe('admin review queue in a browser', () => {
  let llm: FakeLlm;
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let org: OrgWorld;
  let sessionId: string;

  beforeAll(async () => {
    llm = await FakeLlm.start();
    app = await startTestApp({
      SEED_DEMO: 'false',
      JOBS_IN_API: 'true',
      ...judgeEnv(llm),
    });
    org = await createOrgWorld(app.app, app.url, 'Review U');
    const cohort = (await org.admin.ok('mutation { createCohort(input: { name: "Evening" }) { id } }')).createCohort.id;
    await org.admin.ok(ADD_TO_COHORT, { c: cohort, m: [org.ids.coach], r: 'COACH' });
    await org.admin.ok(ADD_TO_COHORT, { c: cohort, m: [org.ids.candidate], r: 'CANDIDATE' });
    const bank = await questionBank(org.admin, 'ownership', 2);
    const practice = await assign(org.admin, {
      questionIds: bank.questionIds,
      mode: 'PRACTICE',
      candidateIds: [org.ids.candidate],
    });
    sessionId = await sit(org.candidate, practice, 2);
    await app.app.get(JobQueue).drain();
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app.stop();
    await llm.stop();
  });

  it('shows the sitting in the queue, then the coach reviews it with the keyboard and the queue empties', async () => {
    await page.goto(`${app.url}/admin/`);
    await page.locator('input[name="username"]').fill('coach@review-u.test');
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // The bell counts the sitting waiting for review, and lists it.
    const bell = page.getByRole('button', { name: 'Notifications: 1 new' });
    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    await panel.getByText('1 session waiting for your review').waitFor();
    await panel.getByRole('link', { name: /candidate of Review U/ }).waitFor();
    await lookAt(page, 'admin-notifications');
    await page.keyboard.press('Escape');

    await page.getByRole('menuitem', { name: 'Review queue' }).click();
    await page.getByRole('cell', { name: 'candidate of Review U' }).waitFor();
    await lookAt(page, 'admin-review-queue');

    // From here on, the keyboard only.
    await tabTo(page, page.getByRole('link', { name: 'Review' }));
    await page.keyboard.press('Enter');
    const firstAnswer = page.getByRole('region', { name: /^Question 1:/ });
    await firstAnswer.waitFor();
    // The judge's evidence is marked in the answer text.
    const evidence = firstAnswer.getByRole('blockquote').locator('mark');
    expect(await evidence.first().textContent()).toContain('At my last internship');
    await lookAt(page, 'admin-review-session');

    await page.keyboard.press('n');
    expect(await focused(page)).toMatch(/^Question 1:/);
    await page.keyboard.press('Tab');
    const score = firstAnswer.getByLabel(/ score$/).first();
    expect(await hasFocus(score)).toBe(true);
    const aiScore = Number(await score.inputValue());
    const override = (aiScore % 5) + 1;
    await page.keyboard.press(String(override));
    expect(Number(await score.inputValue())).toBe(override);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Say the number first');
    await page.keyboard.press('Control+Enter');

    // Saved: the focus moves to the next answer, which S saves with the AI's scores.
    await page
      .getByRole('region', { name: /^Question 1:/ })
      .getByText('Reviewed by you')
      .waitFor();
    await page.waitForFunction("document.activeElement?.textContent?.startsWith('Question 2:')");
    await page.keyboard.press('s');

    // Every answer reviewed: the queue is empty, the bell too, with no reload.
    const back = page
      .getByRole('button', { name: 'Back to the review queue' })
      .or(page.getByRole('link', { name: 'Back to the review queue' }));
    await back.waitFor();
    await page.getByText('Your review queue is empty.').waitFor();
    // The focus follows once the queue has been read again (its effect may land after the text shows).
    await page.waitForFunction("document.activeElement?.getAttribute('aria-label') === 'Back to the review queue'", undefined, {
      timeout: 10_000,
    });
    // (The app bar slides away while the page is scrolled down: hidden, not gone.)
    await page.getByRole('button', { name: 'Notifications', exact: true, includeHidden: true }).waitFor({ state: 'attached' });
    await lookAt(page, 'admin-review-session-done');
    // Looking at both widths moved the focus away; it is the last stop of the page.
    await tabTo(page, back, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Nothing is waiting for your review').waitFor();
    await lookAt(page, 'admin-review-queue-empty');

    const { session } = await org.coach.ok(REVIEWS, { s: sessionId });
    const [first, second] = session.questions.map((q: any) => q.answers[0].evaluation);
    expect(first.reviews).toEqual([
      expect.objectContaining({ overrides: [{ key: first.criteria[0].key, score: override, note: 'Say the number first' }] }),
    ]);
    expect(second.reviews).toEqual([expect.objectContaining({ overrides: [] })]);
    // Eight axe checks and screenshots on two shared cores.
  }, 180_000);
});
