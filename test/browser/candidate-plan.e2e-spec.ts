import { readFile } from 'node:fs/promises';
import { Browser, Page } from 'playwright-core';
import { launchBrowser, lookAt } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { GqlClient } from '../support/graphql-client';
import { demoPracticeAssignment, sit } from '../support/sittings';

/** After a sitting: what to work on, the next practice planned, updates, the account. */
describe('candidate plans and account in a browser', () => {
  // Each screen is looked at at two widths with axe-core.
  jest.setTimeout(180_000);
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let sessionId: string;

  beforeAll(async () => {
    // A public address the calendar file can link to (the test server's own has port 0).
    app = await startTestApp({ JOBS_IN_API: 'true', PUBLIC_URL: 'https://careers.example.edu' });
    browser = await launchBrowser();
    const coach = await new GqlClient(app.url).signIn('coach@demo.test');
    const candidate = await new GqlClient(app.url).signIn('candidate2@demo.test');
    const assignmentId = await demoPracticeAssignment(coach, candidate);
    sessionId = await sit(candidate, assignmentId, 1);
    // Scored by the API itself (JOBS_IN_API): wait until the evaluation is there, then a coach reviews it.
    let evaluationId: string | undefined;
    while (!evaluationId) {
      const { session } = await candidate.ok(
        'query($s: ID!) { session(id: $s) { questions { answers { evaluation { id } } } } }',
        {
          s: sessionId,
        },
      );
      evaluationId = session.questions[0].answers[0]?.evaluation?.id;
      if (!evaluationId) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await coach.ok(
      'mutation($e: ID!) { reviewEvaluation(evaluationId: $e, input: { comment: "Open with the result." }) { id } }',
      {
        e: evaluationId,
      },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await app.stop();
  });

  async function signIn(on: Page) {
    await on.goto(app.url);
    await on.getByLabel('Email').fill('candidate2@demo.test');
    await on.getByLabel('Password').fill('demo1234');
    await on.getByRole('button', { name: 'Sign in' }).click();
    await on.getByRole('heading', { name: 'Your assignments' }).waitFor();
  }

  it('keeps a suggestion from the sitting as an action item and ticks it off at home', async () => {
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await signIn(page);
    await page.goto(`${app.url}/sessions/${sessionId}/feedback`);
    const suggestions = page.getByRole('region', { name: 'What to work on next' });
    await suggestions.getByRole('button', { name: 'Keep as action item' }).first().waitFor();
    const kept = (await suggestions.getByRole('listitem').first().locator('.MuiListItemText-primary').textContent())!;
    await lookAt(page, 'candidate-report-plan');
    await suggestions.getByRole('button', { name: 'Keep as action item' }).first().click();
    await suggestions.getByText(kept).waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Home', exact: true }).click();
    const items = page.getByRole('region', { name: 'Action items' });
    await items.getByText(kept).waitFor();
    await items.getByRole('checkbox', { name: new RegExp(kept.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
    await items.getByText('No open action items').waitFor();
  });

  it('shows the coach review among the updates, leading to the feedback', async () => {
    const updates = page.getByRole('region', { name: 'Updates' });
    await updates.getByRole('link', { name: /reviewed an answer/ }).click();
    await page.getByRole('complementary', { name: 'Coach review' }).getByText('Open with the result.').waitFor();
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    // The feedback page has a "Plan your next practice" form too: the next test must find Home's.
    await page.getByRole('heading', { name: /^Hi / }).waitFor();
  });

  it('plans the next practice, downloads it for the calendar, then cancels it', async () => {
    const next = page.getByRole('region', { name: 'Next practice', exact: true });
    await next.getByLabel('What to practise (optional)').fill('Quantified results');
    await lookAt(page, 'candidate-home-plan');
    await next.getByRole('button', { name: 'Schedule next practice' }).click();
    await next.getByText('Quantified results').waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      next.getByRole('button', { name: 'Add to calendar' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^mock-interview-practice-\d{4}-\d{2}-\d{2}\.ics$/);
    const ics = await readFile((await file.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('Quantified results');

    // Cancelled, the form comes back; a time in the past is refused before anything is sent.
    await next.getByRole('button', { name: 'Cancel it' }).click();
    await next.getByLabel('When').fill('2020-01-01T10:00');
    await next.getByRole('button', { name: 'Schedule next practice' }).click();
    expect(await next.getByLabel('When').evaluate((input: any) => input.validity.rangeUnderflow)).toBe(true);
    expect(await next.getByRole('button', { name: 'Add to calendar' }).count()).toBe(0);
  });

  it('switches e-mails on the account page, then signs out everywhere', async () => {
    await page.getByRole('button', { name: 'Account' }).click();
    await page.getByRole('menuitem', { name: 'Account and data' }).click();
    // Enabled once the setting has loaded.
    const emails = page.getByRole('switch', { name: /E-mail me/, disabled: false });
    await emails.waitFor();
    const before = await emails.isChecked();
    await emails.click();
    await page.getByRole('switch', { name: /E-mail me/, checked: !before, disabled: false }).waitFor();
    await lookAt(page, 'candidate-account');
    const candidate = await new GqlClient(app.url).signIn('candidate2@demo.test');
    expect((await candidate.ok('{ notifications { emailEnabled } }')).notifications.emailEnabled).toBe(!before);

    const other = await (await browser.newContext()).newPage();
    await signIn(other);
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await other.reload();
    await other.getByRole('heading', { name: 'Sign in' }).waitFor();
  });
});
