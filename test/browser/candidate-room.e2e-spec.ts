import { Browser, Page } from 'playwright-core';
import { launchBrowser, lookAt, WIDTHS } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { GqlClient } from '../support/graphql-client';
import { assign, questionBank, storyAnswer } from '../support/sittings';

/**
 * The interview room under a realistic template: waiting room, thinking time, follow-ups, time running
 * out; sat on a laptop and on a phone.
 */
describe.each([
  ['a laptop', 1280, 800],
  ['a phone', 390, 844],
])('candidate interview room in a browser, on %s', (_device, width, height) => {
  jest.setTimeout(240_000);
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp({ JOBS_IN_API: 'true' });
    browser = await launchBrowser();
    const coach = await new GqlClient(app.url).signIn('coach@demo.test');
    const candidate = await new GqlClient(app.url).signIn('candidate1@demo.test');
    const memberId = (await candidate.ok('{ me { memberId } }')).me.memberId as string;
    const bank = await questionBank(coach, 'ownership', 1);
    const short = await coach.ok('mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }', {
      i: {
        questionSetId: bank.setId,
        prompt: 'In ten seconds: what is your strongest skill?',
        type: 'BEHAVIORAL',
        competencies: ['communication'],
        timeLimitSeconds: 10,
      },
    });
    await assign(coach, {
      questionIds: [...bank.questionIds, short.createQuestion.id],
      mode: 'REALISTIC',
      followUpCount: 1,
      thinkingSeconds: 20,
      waitingRoomSeconds: 5,
      candidateIds: [memberId],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app.stop();
  });

  it('waits in the waiting room, thinks, answers, and has a running-out answer submitted as it stands', async () => {
    page = await (await browser.newContext({ viewport: { width, height } })).newPage();
    // Every screen is photographed at both widths either way: once is enough.
    const look = (name: string) => (width === WIDTHS.desktop ? lookAt(page, name) : Promise.resolve());
    await page.goto(app.url);
    await page.getByLabel('Email').fill('candidate1@demo.test');
    await page.getByLabel('Password').fill('demo1234');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('listitem').filter({ hasText: 'realistic of 2' }).getByRole('link', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Start' }).click();

    // The server holds the first question back until the waiting room is over.
    await page.getByRole('heading', { name: 'Waiting room' }).waitFor();
    await look('candidate-waiting-room');
    await page.getByRole('heading', { name: 'Question 1' }).waitFor();
    await page.getByText(/^Thinking time: 0:\d\d left of 0:20$/).waitFor();
    await look('candidate-question-thinking');
    // Leaving the window is noticed, and the candidate is told so.
    await page.evaluate("window.dispatchEvent(new Event('blur'))");
    await page.getByText(/^You left the interview window\. In a real interview/).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByLabel(/Your answer/).fill(storyAnswer('booking service'));
    expect(await page.getByText(/^Thinking time/).count()).toBe(0);
    await page.getByRole('button', { name: 'Submit answer' }).click();

    await page.getByRole('heading', { name: 'Follow-up question' }).waitFor();
    await page.getByLabel(/Your answer/).fill(storyAnswer('booking service retries'));
    await page.getByRole('button', { name: 'Submit answer' }).click();

    // Ten seconds: the milestones are announced, then what was typed goes in by itself.
    await page.getByRole('heading', { name: 'Question 3' }).waitFor();
    // Cut off after a few words: too little to judge, so its score is withheld.
    const partial = 'Explaining hard ideas simply, for';
    await page.getByLabel(/Your answer/).fill(partial);
    await page.getByText('10 seconds left').waitFor();
    await page.getByRole('heading', { name: 'Follow-up question' }).waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Finish now' }).click();
    await page.getByRole('button', { name: 'See your feedback' }).click();
    const third = page.getByRole('article', { name: 'Question 3' });
    await third.getByText(partial).waitFor();
    await page.getByText(/You left the interview window 1 time/).waitFor();
    const withheld = third.getByRole('status', { name: 'Not enough to score' });
    await withheld.getByText(/^Your answer has \d words?: too few to judge\./).waitFor();
    expect(await third.getByText(/Score: \d+ \/ 100/).count()).toBe(0);
    await look('candidate-report-realistic');
  });
});
