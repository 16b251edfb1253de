import { Browser, BrowserContext, Page } from 'playwright-core';
import { artifact, launchBrowser } from '../support/browser';
import { storyAnswer } from '../support/sittings';
import { startTestApp, TestApp } from '../support/test-app';
import { GqlClient } from '../support/graphql-client';

const ACCESS_TOKEN_TTL_MS = 20_000;

const sleepUntil = (time: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));

/** The access tokens a page was given (by signIn or refreshToken), as seen on the wire. */
interface Issued {
  tokens: string[];
  refreshes: number;
  /** When the last one arrived (ms since the epoch). */
  lastAt: number;
}

function watchTokens(page: Page): Issued {
  const issued: Issued = { tokens: [], refreshes: 0, lastAt: 0 };
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
    const body = (await response.json().catch(() => null)) as { data?: Record<string, { accessToken?: string }> } | null;
    const payload = body?.data?.signIn ?? body?.data?.refreshToken;
    if (!payload?.accessToken) return;
    if (body?.data?.refreshToken) issued.refreshes++;
    issued.tokens.push(payload.accessToken);
    issued.lastAt = Date.now();
  });
  return issued;
}

/** The answers being typed that the candidate app keeps in localStorage. */
const storedDrafts = async (page: Page): Promise<string[]> =>
  (
    await page.evaluate<string[]>(
      "Object.entries(localStorage).filter(([key]) => key.startsWith('mockint.draft.')).map(([, value]) => value)",
    )
  ).map((value) => (JSON.parse(value) as { text: string }).text);

/** Sessions as long as an interview, with a 20-second access token: silent refresh, sign-in in place, resume. */
describe('web app sessions in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let issued: Issued;

  beforeAll(async () => {
    app = await startTestApp({ JOBS_IN_API: 'true', ACCESS_TOKEN_TTL_SECONDS: String(ACCESS_TOKEN_TTL_MS / 1000) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    issued = watchTokens(page);
  });
  afterEach(() => context.close());

  async function signIn(on: Page, email: string) {
    await on.getByLabel('Email').fill(email);
    await on.getByLabel('Password').fill('demo1234');
    await on.getByRole('button', { name: 'Sign in' }).click();
  }

  async function startPractice() {
    await page.getByRole('link', { name: 'Free practice' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'Question 1' }).waitFor();
  }

  it('completes a sitting that outlasts the access token with no second sign-in, the token never in storage', async () => {
    await page.goto(app.url);
    await signIn(page, 'candidate1@demo.test');
    const signedInAt = Date.now();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Acme Cloud backend: first round' })
      .getByRole('link', { name: 'Start' })
      .click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'Question 1' }).waitFor();
    // Typing at a thinking pace, for longer than the token lives.
    await page.getByLabel(/Your answer/).pressSequentially(storyAnswer('search indexer'), { delay: 80 });
    await sleepUntil(signedInAt + ACCESS_TOKEN_TTL_MS + 2000);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByRole('heading', { name: 'Follow-up question' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(issued.refreshes).toBeGreaterThan(0);

    const stored = await page.evaluate<string>('JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])');
    for (const token of issued.tokens) expect(stored).not.toContain(token);
    expect(stored).not.toMatch(/eyJ[\w-]+\.eyJ/);
    const cookie = (await context.cookies()).find((c) => c.name === 'mockint_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql', secure: false });
    expect(await page.evaluate<string>('document.cookie')).not.toContain('mockint_refresh');
  });

  it('signs in again in place when the session ended mid-answer, then submits exactly what was typed', async () => {
    await page.goto(app.url);
    await signIn(page, 'candidate2@demo.test');
    await startPractice();
    const textarea = page.getByLabel(/Your answer/);
    await textarea.fill(storyAnswer('billing export'));

    // Signing out in another tab revokes the session (and clears the cookie both tabs share).
    const other = await context.newPage();
    await other.goto(app.url);
    await other.getByRole('button', { name: 'Account' }).click();
    await other.getByRole('menuitem', { name: 'Sign out' }).click();
    await other.getByRole('heading', { name: 'Sign in' }).waitFor();
    await other.close();

    await sleepUntil(issued.lastAt + ACCESS_TOKEN_TTL_MS + 1000);
    await textarea.press('End');
    await textarea.pressSequentially(' Then I added a cache.');
    const typed = await textarea.inputValue();
    await page.getByRole('button', { name: 'Submit answer' }).click();

    const dialog = page.getByRole('dialog', { name: 'Your session ended' });
    await dialog.waitFor();
    expect(await page.evaluate<boolean>("document.activeElement.closest('[role=dialog]') !== null")).toBe(true);
    expect(await textarea.inputValue()).toBe(typed);
    expect(await storedDrafts(page)).toEqual([typed]);

    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: artifact(`sign-in-again-${width}.png`) });
    }

    await dialog.getByLabel('Email').fill('candidate2@demo.test');
    await dialog.getByLabel('Password').fill('demo1234');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('region', { name: 'Feedback' })
      .getByText(/Score: \d+ \/ 100/)
      .waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    const candidate = await new GqlClient(app.url).signIn('candidate2@demo.test');
    const latest = (await candidate.ok('{ sessions(options: { take: 1 }) { nodes { questions { answers { status text } } } } }'))
      .sessions.nodes[0];
    expect(latest.questions[0].answers).toEqual([{ status: 'SCORED', text: typed }]);
    expect(await storedDrafts(page)).toEqual([]);
  });

  it('resumes a sitting after a reload, and on another device, at the same question with the draft', async () => {
    await page.goto(app.url);
    await signIn(page, 'candidate1@demo.test');
    await startPractice();
    await page.getByLabel(/Your answer/).fill(storyAnswer('checkout service'));
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByRole('heading', { name: 'Follow-up question' }).waitFor();
    const draft = 'I would measure first: the slow query log, then';
    // Reloading at once, before the autosave: the browser kept it.
    await page.getByLabel(/Your answer/).fill(draft);
    await page.reload();

    // Still signed in (from the refresh cookie), and the sitting goes on where it was, at its address.
    await page.getByRole('heading', { name: 'Follow-up question' }).waitFor();
    expect(await page.getByLabel(/Your answer/).inputValue()).toBe(draft);
    await page.getByText(/Draft saved at/).waitFor();

    // Another device has only what the server has.
    const device = await (await browser.newContext()).newPage();
    await device.goto(app.url);
    await signIn(device, 'candidate1@demo.test');
    await device.getByRole('heading', { name: 'Your past sessions' }).waitFor();
    await device
      .getByRole('listitem')
      .filter({ hasText: 'practice (not finished)' })
      .first()
      .getByRole('link', { name: 'Resume' })
      .click();
    await device.getByRole('heading', { name: 'Follow-up question' }).waitFor();
    expect(await device.getByLabel(/Your answer/).inputValue()).toBe(draft);
    await device.getByLabel(/Your answer/).fill(`${draft} an index on the customer id.`);
    await device.getByRole('button', { name: 'Submit answer' }).click();
    await device
      .getByRole('region', { name: 'Feedback' })
      .getByText(/Score: \d+ \/ 100/)
      .waitFor();
    await device.context().close();
  });

  it('resumes an assigned realistic sitting on another device instead of starting a second one', async () => {
    await page.goto(app.url);
    await signIn(page, 'candidate2@demo.test');
    const assignment = (on: Page) => on.getByRole('listitem').filter({ hasText: 'Acme Cloud backend: first round' });
    await assignment(page).getByRole('link', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'Question 1' }).waitFor();
    const draft = 'In my capstone project I';
    await page.getByLabel(/Your answer/).fill(draft);
    await page.getByText(/Draft saved at/).waitFor();

    const device = await (await browser.newContext()).newPage();
    await device.goto(app.url);
    await signIn(device, 'candidate2@demo.test');
    await assignment(device).getByText('In progress').waitFor();
    await assignment(device).getByRole('button', { name: 'Resume' }).click();
    await device.getByRole('heading', { name: 'Question 1' }).waitFor();
    expect(await device.getByLabel(/Your answer/).inputValue()).toBe(draft);
    await device.context().close();
    const candidate = await new GqlClient(app.url).signIn('candidate2@demo.test');
    const sittings = await candidate.ok('{ sessions(options: { filter: { mode: REALISTIC } }) { totalCount } }');
    expect(sittings.sessions.totalCount).toBe(1);
  });

  it('opens two tabs of both apps at once from one cookie without the API taking it for a stolen one', async () => {
    await page.goto(app.url);
    await signIn(page, 'admin@demo.test');
    await page.getByText(/This app is for candidates/).waitFor();
    // Each tab refreshes with the cookie on load; presenting the same one twice would end the session.
    // A refresh is held until another one is on its way too (or for 2 s), so that uncoordinated tabs
    // would send theirs together, with the same cookie.
    let held: (() => void)[] = [];
    await context.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('refreshToken')) {
        await new Promise<void>((release) => {
          held.push(release);
          if (held.length === 2) {
            held.forEach((go) => go());
            held = [];
          } else {
            setTimeout(() => {
              held = held.filter((go) => go !== release);
              release();
            }, 2000);
          }
        });
      }
      await route.continue();
    });
    const admin = await context.newPage();
    await Promise.all([page.reload(), admin.goto(`${app.url}/admin/`)]);
    await page.getByText(/This app is for candidates/).waitFor();
    await admin.getByText('Full-stack, Fall 2026').waitFor();
    await Promise.all([page.reload(), admin.reload()]);
    await page.getByText(/This app is for candidates/).waitFor();
    await admin.getByText('Full-stack, Fall 2026').waitFor();
    expect(await page.getByLabel('Password').count()).toBe(0);
  });

  it('keeps the admin app signed in past the access token lifetime, across a reload', async () => {
    await page.goto(`${app.url}/admin/`);
    await page.locator('input[name="username"]').fill('admin@demo.test');
    await page.locator('input[name="password"]').fill('demo1234');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Full-stack, Fall 2026').waitFor();

    await sleepUntil(issued.lastAt + ACCESS_TOKEN_TTL_MS + 1000);
    await page.getByRole('menuitem', { name: 'Sessions' }).click();
    await page.getByRole('cell', { name: 'Jordan Lee' }).first().waitFor();
    await page.reload();
    await page.getByRole('cell', { name: 'Jordan Lee' }).first().waitFor();
    await page.getByRole('menuitem', { name: 'Cohorts' }).click();
    await page.getByText('Full-stack, Fall 2026').waitFor();
    expect(await page.locator('input[name="username"]').count()).toBe(0);
    expect(issued.refreshes).toBeGreaterThan(0);
  });
});
