import { Browser, chromium, Page } from 'playwright-core';
import { startTestApp, TestApp } from '../support/test-app';
import { GqlClient } from '../support/graphql-client';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The web apps served by the API, driven in Debian's Chromium. */
describe('web apps in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp();
    // --disable-background-networking: the machine has no internet and Chromium would keep trying.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--disable-background-networking', '--disable-component-update'],
    });
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
    await page.getByText('Acme Cloud backend: first round').waitFor();
  });

  it('follows an invitation link to set a password', async () => {
    const admin = await new GqlClient(app.url).signIn('admin@demo.test');
    const invite = await admin.ok(
      `mutation { inviteMember(input: { email: "newbie@example.org", name: "Newbie", role: CANDIDATE }) { invitationUrl } }`,
    );
    const link = new URL(invite.inviteMember.invitationUrl);
    await page.goto(`${app.url}${link.pathname}${link.hash}`);
    await page.getByLabel('New password').fill('newbie-password');
    await page.getByLabel('Repeat it').fill('newbie-password');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByText('Nothing assigned yet.').waitFor();
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
