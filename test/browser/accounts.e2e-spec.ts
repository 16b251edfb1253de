import { Browser, Page } from 'playwright-core';
import { artifact, launchBrowser, lookAt } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { GqlClient } from '../support/graphql-client';
import { createOrgWorld, OrgWorld, PASSWORD } from '../support/world';

const INVITE = `mutation($e: String!) { inviteMember(input: { email: $e, name: "Invited", role: CANDIDATE }) { invitationUrl } }`;

/** The account pages of the candidate app: invitations, forgotten and changed passwords. */
describe('account pages in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let org: OrgWorld;
  let other: OrgWorld;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false' });
    org = await createOrgWorld(app.app, app.url, 'Pages U');
    other = await createOrgWorld(app.app, app.url, 'Elsewhere');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app.stop();
  });
  beforeEach(async () => {
    page = await (await browser.newContext()).newPage();
  });

  /** The link's path on this test server (invitation and reset links name PUBLIC_URL). */
  const local = (url: string) => app.url + new URL(url).pathname + new URL(url).hash;

  it('sets the password of a new account from an invitation link', async () => {
    const { invitationUrl } = (await org.admin.ok(INVITE, { e: 'fresh@example.org' })).inviteMember;
    await page.goto(local(invitationUrl));
    await page.getByRole('heading', { name: 'Join Pages U' }).waitFor();
    await page.getByLabel(/^New password/).fill('fresh-password');
    await page.getByLabel('Repeat it').fill('fresh-password');
    await page.getByRole('button', { name: 'Set password and join' }).click();
    await page.getByRole('heading', { name: 'Your assignments' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
  });

  it('asks an existing account to sign in with its own password to accept', async () => {
    const { invitationUrl } = (await org.admin.ok(INVITE, { e: 'candidate@elsewhere.test' })).inviteMember;
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(local(invitationUrl));
    await page.getByText('Sign in with the password of this account to accept').waitFor();
    await page.screenshot({ path: artifact('accept-invitation-existing-390.png'), fullPage: true });
    await page.getByLabel('Password').fill('not-it-at-all');
    await page.getByRole('button', { name: 'Sign in and join' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong e-mail or password' }).waitFor();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in and join' }).click();
    await page.getByRole('heading', { name: 'Your assignments' }).waitFor();
    const person = await new GqlClient(app.url).signIn('candidate@elsewhere.test', PASSWORD);
    expect((await person.ok('{ me { organizations { organizationName } } }')).me.organizations).toHaveLength(2);
  });

  it('says so when an invitation link no longer works', async () => {
    await page.goto(`${app.url}/accept-invitation#token=00000000-0000-0000-0000-000000000000.abcdefghijklmnopqrstuvwxyz`);
    await page.getByRole('alert').filter({ hasText: 'Ask the person who invited you for a new link' }).waitFor();
  });

  it('resets a forgotten password from an admin-issued link, and signs in with it', async () => {
    const { resetUrl } = (
      await org.admin.ok('mutation($m: ID!) { issuePasswordReset(memberId: $m) { resetUrl } }', { m: org.ids.otherCandidate })
    ).issuePasswordReset;
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email').fill('othercandidate@pages-u.test');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByRole('status').filter({ hasText: 'Your administrator can give you a reset link' }).waitFor();

    await page.goto(local(resetUrl));
    await page.getByLabel(/^New password/).fill('a-brand-new-one');
    await page.getByLabel('Repeat it').fill('a-different-one');
    await page.getByRole('button', { name: 'Save and sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'The two passwords differ' }).waitFor();
    await page.getByLabel('Repeat it').fill('a-brand-new-one');
    await page.getByRole('button', { name: 'Save and sign in' }).click();
    await page.getByRole('heading', { name: 'Your assignments' }).waitFor();
    await new GqlClient(app.url).signIn('othercandidate@pages-u.test', 'a-brand-new-one');
  });

  it('leads from the admin sign-in to the forgotten-password page', async () => {
    await page.goto(`${app.url}/admin/`);
    const link = page.getByRole('link', { name: 'Forgot your password?' });
    await link.waitFor();
    await page.getByLabel('Email').waitFor();
    await lookAt(page, 'admin-sign-in');
    await link.click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
  });

  it('changes the password, and accepts an invitation from another organization at home', async () => {
    await other.admin.ok(INVITE, { e: 'candidate@pages-u.test' });
    await page.goto(app.url);
    await page.getByLabel('Email').fill('candidate@pages-u.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your assignments' }).waitFor();

    await page.getByRole('button', { name: 'Account' }).click();
    await page.getByRole('menuitem', { name: 'Account and data' }).click();
    await page.getByLabel('Current password').fill(PASSWORD);
    await page.getByLabel(/^New password/).fill('changed-password');
    await page.getByLabel('Repeat it').fill('changed-password');
    await page.screenshot({ path: artifact('change-password-1280.png'), fullPage: true });
    await page.getByRole('region', { name: 'Change your password' }).getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('status').filter({ hasText: 'Password changed' }).waitFor();
    await new GqlClient(app.url).signIn('candidate@pages-u.test', 'changed-password');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^my-data-.*\.json$/);

    await page.getByRole('link', { name: 'Home', exact: true }).click();
    const invitations = page.getByRole('region', { name: 'Invitations' });
    await invitations.getByText('Elsewhere invites you as candidate').waitFor();
    await invitations.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('status').filter({ hasText: 'You joined Elsewhere' }).waitFor();
    await page.getByRole('region', { name: 'Invitations' }).waitFor({ state: 'detached' });
  });
});
