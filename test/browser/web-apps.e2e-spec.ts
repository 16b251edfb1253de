import { Browser, Page } from 'playwright-core';
import { launchBrowser, lookAt } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { GqlClient } from '../support/graphql-client';
import { storyAnswer } from '../support/sittings';

/** The web apps served by the API, driven in Debian's Chromium. */
describe('web apps in a browser', () => {
  // Each screen is looked at at two widths with axe-core.
  jest.setTimeout(180_000);
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // The API scores answers itself (with REDIS_URL it would leave that to a worker process).
    app = await startTestApp({ JOBS_IN_API: 'true' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app.stop();
  });
  beforeEach(async () => {
    page = await (await browser.newContext()).newPage();
  });

  it('signs a candidate in and lists their assignments', async () => {
    await page.goto(app.url);
    await page.getByLabel('Email').fill('candidate1@demo.test');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong e-mail or password' }).waitFor();
    await page.getByLabel('Password').fill('demo1234');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your assignments' }).waitFor();
    await page.getByRole('region', { name: 'Your assignments' }).getByText('Acme Cloud backend: first round').waitFor();
    await page.getByRole('heading', { name: 'Action items' }).waitFor();
    await page.getByRole('link', { name: 'Start recommended practice' }).waitFor();
    await lookAt(page, 'candidate-home');
  });

  async function signInAsCandidate(email = 'candidate1@demo.test') {
    await page.goto(app.url);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('demo1234');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your assignments' }).waitFor();
  }

  it('sits free practice: feedback after each answer, a retry, the follow-up, then the report', async () => {
    await signInAsCandidate('candidate2@demo.test');
    await page.getByRole('link', { name: 'Free practice' }).click();
    await page.getByLabel('Tested my equipment').check();
    await lookAt(page, 'candidate-practice-opening');
    await page.getByRole('button', { name: 'Start' }).click();

    await page.getByRole('heading', { name: 'Question 1' }).waitFor();
    await page.getByRole('timer').waitFor();
    await lookAt(page, 'candidate-question');
    // Weak but long enough to judge (a few words would be withheld, not scored).
    await page
      .getByLabel(/Your answer/)
      .fill('Um, I kind of fixed some stuff in the checkout, you know, and it was fine after that.');
    await page.getByRole('button', { name: 'Submit answer' }).click();
    // Pushed over the WebSocket subscription: no reload, no polling needed.
    const feedback = page.getByRole('region', { name: 'Feedback' });
    await feedback.getByText(/Score: \d+ \/ 100/).waitFor();
    const first = Number((await feedback.getByText(/Score: \d+/).textContent())!.match(/\d+/)![0]);

    await page.getByRole('button', { name: 'Try this question again' }).click();
    await page.getByLabel(/Your answer/).fill(storyAnswer('checkout service'));
    await page.getByText(/Draft saved at/).waitFor();
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await feedback.getByText(/Score: \d+ \/ 100/).waitFor();
    const second = Number((await feedback.getByText(/Score: \d+/).textContent())!.match(/\d+/)![0]);
    expect(second).toBeGreaterThan(first);
    await lookAt(page, 'candidate-feedback');

    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByRole('heading', { name: 'Follow-up question' }).waitFor();
    await page.getByRole('button', { name: 'Finish now' }).click();
    await page.getByRole('button', { name: 'See your feedback' }).click();
    await page.getByRole('heading', { name: 'Your feedback' }).waitFor();
    await page.getByText(`Attempts: ${first} → ${second}`).waitFor();
    await lookAt(page, 'candidate-report');
  });

  it('still shows the feedback by polling when WebSockets are blocked', async () => {
    await page.routeWebSocket(/\/graphql/, (ws) => ws.close());
    await signInAsCandidate('candidate2@demo.test');
    await page.getByRole('link', { name: 'Free practice' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByLabel(/Your answer/).fill(storyAnswer('billing export'));
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page
      .getByRole('region', { name: 'Feedback' })
      .getByText(/Score: \d+ \/ 100/)
      .waitFor();
  });

  it('sits an assigned realistic interview: next question straight away, focus losses counted, feedback at the end', async () => {
    await signInAsCandidate();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Acme Cloud backend: first round' })
      .getByRole('link', { name: 'Start' })
      .click();
    await page.getByText(/Realistic mode/).waitFor();
    // The company the questions come from, to research before starting.
    const research = page.getByRole('region', { name: 'Research Acme Cloud' });
    await research.getByText(/^Values ownership and writing things down/).waitFor();
    await research.getByText('PostgreSQL').waitFor();
    await lookAt(page, 'candidate-start-assignment');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'Question 1' }).waitFor();
    await page.evaluate("window.dispatchEvent(new Event('blur'))");
    await page.getByLabel(/Your answer/).fill(storyAnswer('search indexer'));
    await page.getByRole('button', { name: 'Submit answer' }).click();
    // The template asks one follow-up per answer: it is the next question, with no feedback in between.
    await page.getByRole('heading', { name: 'Follow-up question' }).waitFor();
    expect(await page.getByRole('region', { name: 'Feedback' }).count()).toBe(0);
    await page.getByLabel(/Your answer/).fill(storyAnswer('report generator'));
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByRole('heading', { name: 'Question 3' }).waitFor();
    await page.getByRole('button', { name: 'Finish now' }).click();
    await page.getByRole('button', { name: 'See your feedback' }).click();
    await page.getByText('You left the interview window 1 time(s).').waitFor();
    expect(await page.getByRole('region', { name: 'Feedback' }).count()).toBe(2);

    // A coach reviews one answer; the candidate finds it beside the AI's feedback under past sessions.
    const coach = await new GqlClient(app.url).signIn('coach@demo.test');
    const latest = (
      await coach.ok(`{ sessions(options: { take: 1 }) { nodes { questions { answers { evaluation { id } } } } } }`)
    ).sessions.nodes[0];
    const evaluationId = latest.questions[0].answers[0].evaluation.id;
    await coach.ok(
      `mutation($e: ID!) { reviewEvaluation(evaluationId: $e, input: { comment: "Lead with the numbers." }) { id } }`,
      {
        e: evaluationId,
      },
    );
    await page.getByRole('link', { name: 'Back to your assignments' }).click();
    await page.getByRole('heading', { name: 'Your past sessions' }).waitFor();
    await page.getByRole('link', { name: 'See feedback' }).first().click();
    await page
      .getByRole('complementary', { name: 'Coach review' })
      .getByText(/Lead with the numbers\./)
      .waitFor();
    await lookAt(page, 'candidate-report-reviewed');
  });

  it('follows an invitation link to set a password', async () => {
    const admin = await new GqlClient(app.url).signIn('admin@demo.test');
    const invite = await admin.ok(
      `mutation { inviteMember(input: { email: "newbie@example.org", name: "Newbie", role: CANDIDATE }) { invitationUrl } }`,
    );
    const link = new URL(invite.inviteMember.invitationUrl);
    await page.goto(`${app.url}${link.pathname}${link.hash}`);
    await page.getByLabel(/^New password/).fill('newbie-password');
    await page.getByLabel('Repeat it').fill('newbie-password');
    await page.getByRole('button', { name: 'Set password and join' }).click();
    await page.getByText('Nothing assigned yet').waitFor();
    await new GqlClient(app.url).signIn('newbie@example.org', 'newbie-password');
  });

  it('signs an admin into the admin app and lists cohorts', async () => {
    await page.goto(`${app.url}/admin/`);
    await page.locator('input[name="username"]').fill('admin@demo.test');
    await page.locator('input[name="password"]').fill('demo1234');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Full-stack, Fall 2026').waitFor();
  });
});
