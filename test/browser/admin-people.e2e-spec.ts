import { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../../apps/api/src/common/role';
import { JobQueue } from '../../apps/api/src/queue/job-queue';
import { launchBrowser, lookAt } from '../support/browser';
import { GqlClient } from '../support/graphql-client';
import { startTestApp, TestApp } from '../support/test-app';
import { addMember, createOrgWorld, OrgWorld, PASSWORD } from '../support/world';

const CREATE_COHORT = `mutation($n: String!) { createCohort(input: { name: $n }) { id } }`;
const ADD = `mutation($c: ID!, $m: [ID!]!) { addCohortMembers(cohortId: $c, input: { memberIds: $m }) { id } }`;
const MEMBER = `query($id: ID!) { member(id: $id) { role accommodation { timeMultiplier extraRetakes } } }`;

/** The admin app's People screen and app bar, as an admin (of two organizations) and as a coach. */
describe('people in the admin app', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let org: OrgWorld;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    org = await createOrgWorld(app.app, app.url, 'People U');
    // The admin also runs a second organization.
    const second = await createOrgWorld(app.app, app.url, 'Second U');
    await addMember(app.app, app.url, second.organizationId, {
      email: 'admin@people-u.test',
      name: 'Ada Admin',
      role: Role.ADMIN,
    });
    // The coach coaches Fall, with the candidate in it; Spring (the other candidate's) is not theirs.
    const fall = (await org.coach.ok(CREATE_COHORT, { n: 'Fall' })).createCohort.id;
    await org.coach.ok(ADD, { c: fall, m: [org.ids.candidate] });
    const spring = (await org.admin.ok(CREATE_COHORT, { n: 'Spring' })).createCohort.id;
    await org.admin.ok(ADD, { c: spring, m: [org.ids.otherCandidate] });
    await app.app.get(JobQueue).drain();
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  async function signIn(email: string, password = PASSWORD) {
    await page.goto(`${app.url}/admin/`);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Password' }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  const appBar = () => page.getByRole('banner');
  const cell = (name: string) => page.getByRole('cell', { name, exact: true });
  const notification = (text: string | RegExp) => page.getByRole('alert').filter({ hasText: text });
  const dialog = (name: string) => page.getByRole('dialog', { name });

  async function openPeople() {
    await page.getByRole('menuitem', { name: 'People' }).click();
    await page.getByRole('heading', { name: 'People' }).first().waitFor();
  }

  async function openPerson(name: string) {
    await cell(name).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  }

  async function choose(label: string, option: string, within = page.locator('body')) {
    await within.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  async function invite(name: string, email: string, role: string) {
    await page.getByRole('button', { name: 'Invite' }).click();
    const form = dialog('Invite a person');
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('E-mail').fill(email);
    await choose('Role', role, form);
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await form.getByRole('region', { name: 'Invitation links' }).waitFor();
    return form;
  }

  it('lets an admin invite, import, change a role, set an accommodation, revoke, switch organization and change password', async () => {
    await signIn('admin@people-u.test');
    await appBar().getByText('People U', { exact: true }).waitFor();
    await appBar().getByText('Admin', { exact: true }).waitFor();
    await openPeople();
    await cell('candidate of People U').waitFor();
    await lookAt(page, 'admin-people-list');

    // The form checks before sending, and shows the API's refusal in place.
    await page.getByRole('button', { name: 'Invite' }).click();
    const form = dialog('Invite a person');
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await form.getByText('Required').first().waitFor();
    await form.getByLabel('Name').fill('Someone');
    await form.getByLabel('E-mail').fill('candidate@people-u.test');
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await form.getByText('candidate@people-u.test is already a member of this organization').waitFor();
    await lookAt(page, 'admin-people-invite-error');
    await form.getByRole('button', { name: 'Cancel' }).click();

    // A coach, then a candidate: no mail server, so each link is copied to hand over.
    const coachInvite = await invite('Casey Coach', 'casey@people-u.test', 'Coach');
    await lookAt(page, 'admin-people-invite-link');
    await coachInvite.getByRole('button', { name: 'Copy link for Casey Coach' }).click();
    // The notification shows while the dialog keeps the rest of the page hidden from assistive technology.
    await page.getByText('Link for Casey Coach copied').waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toMatch(/\/accept-invitation#token=/);
    await coachInvite.getByRole('button', { name: 'Done' }).click();
    const candidateInvite = await invite('Cam Candidate', 'cam@people-u.test', 'Candidate');
    const camLink = await candidateInvite.getByLabel('Link for Cam Candidate (cam@people-u.test)').inputValue();
    await candidateInvite.getByRole('button', { name: 'Copy link for Cam Candidate' }).click();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(camLink);
    await candidateInvite.getByRole('button', { name: 'Done' }).click();
    await cell('Casey Coach').waitFor();

    // Many from a CSV: the bad row stops the import and is shown; fixed, everyone is invited.
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const roster = dialog('Invite candidates from a CSV');
    await choose('Cohort', 'Fall', roster);
    await roster.getByLabel('CSV').fill('name,email\nRi Roster,ri@people-u.test\nBad Row,not-an-email\n');
    await roster.getByRole('button', { name: 'Import', exact: true }).click();
    await roster.getByRole('table', { name: 'Rows with errors' }).getByRole('cell', { name: '3', exact: true }).waitFor();
    await lookAt(page, 'admin-people-import-errors');
    await roster.getByLabel('CSV').fill('name,email\nRi Roster,ri@people-u.test\nBo Roster,bo@people-u.test\n');
    await roster.getByRole('button', { name: 'Import', exact: true }).click();
    await roster.getByText('2 people invited').waitFor();
    await roster.getByRole('button', { name: 'Copy link for Bo Roster' }).waitFor();
    await roster.getByRole('button', { name: 'Done' }).click();

    // Pending invitations.
    await choose('Status', 'Invited');
    await cell('Bo Roster').waitFor();
    await cell('candidate of People U').waitFor({ state: 'detached' });
    await lookAt(page, 'admin-people-invited');

    // Revoke one.
    await openPerson('Cam Candidate');
    await lookAt(page, 'admin-person-invited');
    await page.getByRole('button', { name: 'Revoke invitation' }).click();
    await page.getByRole('button', { name: 'Revoke', exact: true }).click();
    await notification('The invitation of Cam Candidate was revoked').waitFor();
    await cell('Casey Coach').waitFor();
    await cell('Cam Candidate').waitFor({ state: 'detached' });

    // Change a role.
    await choose('Status', 'Active');
    await openPerson('otherCandidate of People U');
    await choose('Role', 'Coach', page.getByRole('region', { name: 'Role' }));
    await page.getByRole('button', { name: 'Change role' }).click();
    await notification('otherCandidate of People U is now coach').waitFor();
    expect((await org.admin.ok(MEMBER, { id: org.ids.otherCandidate })).member.role).toBe('COACH');

    // An accommodation for a candidate, and their data.
    await page.getByRole('menuitem', { name: 'People' }).click();
    await openPerson('candidate of People U');
    const accommodation = page.getByRole('region', { name: 'Accommodation' });
    await accommodation.getByLabel('Time limits × (1 to 3)').fill('5');
    await accommodation.getByRole('button', { name: 'Save accommodation' }).click();
    await accommodation.getByText('At most 3 (triple time).').waitFor();
    await accommodation.getByLabel('Time limits × (1 to 3)').fill('1.5');
    await accommodation.getByLabel('Extra realistic sittings').fill('1');
    await accommodation.getByLabel(/^Note for staff/).fill('Dyslexia: extra reading time');
    await accommodation.getByRole('button', { name: 'Save accommodation' }).click();
    await accommodation.getByText('Time limits × 1.5, 1 extra realistic sitting per assignment').waitFor();
    expect((await org.admin.ok(MEMBER, { id: org.ids.candidate })).member.accommodation).toEqual({
      timeMultiplier: 1.5,
      extraRetakes: 1,
    });
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data' }).click()]);
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    await lookAt(page, 'admin-person-candidate');
    await page.getByRole('button', { name: 'Delete data' }).click();
    await dialog("Delete candidate of People U's data?").waitFor();
    await lookAt(page, 'admin-person-delete-confirm');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // Switch organization from the user menu.
    await appBar().getByRole('button', { name: 'admin of People U' }).click();
    await page.getByRole('menuitem', { name: /Switch to Second U/ }).waitFor();
    await lookAt(page, 'admin-user-menu');
    await page.getByRole('menuitem', { name: /Switch to Second U/ }).click();
    await appBar().getByText('Second U', { exact: true }).waitFor();
    await notification('You now act in Second U as admin.').waitFor();
    await openPeople();
    await cell('candidate of Second U').waitFor();
    await expect(cell('Casey Coach').count()).resolves.toBe(0);

    // Change password: a wrong current one is refused in place.
    await appBar().getByRole('button', { name: 'admin of People U' }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    const change = dialog('Change your password');
    await change.getByLabel('Current password').fill('not-my-password');
    await change.getByLabel(/^New password/).fill('short');
    await change.getByLabel('Repeat the new password').fill('different');
    await change.getByRole('button', { name: 'Change password' }).click();
    await change.getByText('The new password needs at least 8 characters.').waitFor();
    await change.getByLabel(/^New password/).fill('brand-new-password');
    await change.getByLabel('Repeat the new password').fill('brand-new-password');
    await change.getByRole('button', { name: 'Change password' }).click();
    await change.getByText('This is not your current password.').waitFor();
    await lookAt(page, 'admin-change-password');
    await change.getByLabel('Current password').fill(PASSWORD);
    await change.getByRole('button', { name: 'Change password' }).click();
    await notification('Password changed').waitFor();
    await new GqlClient(app.url).signIn('admin@people-u.test', 'brand-new-password');
  }, 600_000);

  it('shows a coach the people list without admin-only actions, and accommodations for their own candidates', async () => {
    await signIn('coach@people-u.test');
    await appBar().getByText('Coach', { exact: true }).waitFor();
    await openPeople();
    await cell('candidate of People U').waitFor();
    await page.getByRole('button', { name: 'Import CSV' }).waitFor();
    expect(await page.getByRole('button', { name: 'Invite' }).count()).toBe(0);
    await lookAt(page, 'admin-people-list-coach');

    await openPerson('candidate of People U');
    await page.getByRole('region', { name: 'Accommodation' }).waitFor();
    for (const name of ['Change role', 'Deactivate', 'Export data', 'Delete data']) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await page.getByRole('region', { name: 'Data and access' }).count()).toBe(0);
    await lookAt(page, 'admin-person-coach');
  }, 120_000);
});
