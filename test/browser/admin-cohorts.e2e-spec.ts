import { Browser, Page } from 'playwright-core';
import { launchBrowser, lookAt } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { answerFirstQuestion, questionBank } from '../support/sittings';
import { createOrgWorld, OrgWorld, PASSWORD } from '../support/world';

const CREATE_TEMPLATE = `mutation($i: CreateTemplateInput!) { createTemplate(input: $i) { id } }`;
const CREATE_COHORT = `mutation($n: String!) { createCohort(input: { name: $n }) { id } }`;
const ADD = `mutation($c: ID!, $m: [ID!]!, $r: CohortRole!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: $r }) { id } }`;
const COHORT = `query($c: ID!) { cohort(id: $c) { name candidateCount requiredCompetencies developingThreshold readyThreshold
  interviewReadyThreshold archivedAt } }`;

/** Each screen is checked by axe-core at two widths, which takes seconds on a busy machine. */
const SLOW = 180_000;

const BAD_ROSTER = [
  'name,email',
  'Ada Lovelace,ada@roster.test',
  'Alan Turing,alan-at-roster.test',
  'Grace Hopper,grace@roster.test',
].join('\n');

/** A career office runs a cohort from the admin app: roster, settings, an assignment, a retake, the end of term. */
describe('cohorts and assignments in the admin app', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let org: OrgWorld;
  let cohortId: string;
  let assignmentId: string;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false' });
    org = await createOrgWorld(app.app, app.url, 'Browser College');
    await org.admin.ok('mutation { updateOrganization(input: { timeZone: "America/New_York" }) { timeZone } }');
    const { questionIds } = await questionBank(org.admin, 'teamwork', 2);
    await org.admin.ok(CREATE_TEMPLATE, {
      i: { name: 'Final mock interview', mode: 'REALISTIC', items: questionIds.map((questionId) => ({ questionId })) },
    });
    // The coach coaches another cohort only.
    const coached = (await org.admin.ok(CREATE_COHORT, { n: 'Evening cohort' })).createCohort.id;
    await org.admin.ok(ADD, { c: coached, m: [org.ids.coach], r: 'COACH' });
    browser = await launchBrowser();
    page = await (await browser.newContext({ timezoneId: 'Europe/Berlin' })).newPage();
  }, SLOW);
  afterAll(async () => {
    await browser?.close();
    await app.stop();
  });

  async function signIn(on: Page, email: string) {
    await on.goto(`${app.url}/admin/`);
    await on.locator('input[name="username"]').fill(email);
    await on.locator('input[name="password"]').fill(PASSWORD);
    await on.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Picks the option of an autocomplete (react-admin's or MUI's) after typing `text` into it. */
  async function choose(label: string | RegExp, text: string, option: string | RegExp = text) {
    const input = page.getByRole('combobox', { name: label });
    await input.click();
    await input.fill(text);
    await page.getByRole('option', { name: option }).first().click();
  }

  it(
    'creates a cohort and imports its roster, seeing the bad row before anything is written',
    async () => {
      await signIn(page, 'admin@browser-college.test');
      await page.getByRole('menuitem', { name: 'Cohorts' }).click();
      await page.getByText('Evening cohort').waitFor();
      await lookAt(page, 'admin-cohort-list');

      await page.getByRole('link', { name: 'Create' }).click();
      await page.waitForURL(/cohorts\/create/);
      await page.locator('input[name="name"]').fill('Spring 2027');
      await page.getByLabel('Description').fill('Software engineering internships, spring term.');
      await page.getByLabel('Starts on').fill('2027-01-11');
      await page.getByLabel('Ends on').fill('2027-01-04');
      await page.locator('input[name="name"]').click();
      await page.getByText('The end date must not be before the start date').waitFor();
      await lookAt(page, 'admin-cohort-create');
      await page.getByLabel('Ends on').fill('2027-05-28');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { name: 'Spring 2027', level: 1 }).waitFor();
      cohortId = new URL(page.url()).hash.split('/')[2];

      const roster = page.getByLabel('Roster CSV', { exact: true });
      await roster.fill(BAD_ROSTER);
      await page.getByRole('button', { name: 'Check file' }).click();
      const problems = page.getByRole('region', { name: 'Rows to fix' });
      await problems.getByRole('cell', { name: /alan-at-roster\.test/ }).waitFor();
      expect(await problems.getByRole('row').filter({ hasText: 'alan-at-roster' }).getByRole('cell').first().textContent()).toBe(
        '3',
      );
      expect(await page.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
      expect((await org.admin.ok(COHORT, { c: cohortId })).cohort.candidateCount).toBe(0);
      await lookAt(page, 'admin-cohort-roster-errors');

      await roster.fill(BAD_ROSTER.replace('alan-at-roster.test', 'alan@roster.test'));
      await page.getByRole('button', { name: 'Check file' }).click();
      await page.getByText('The file is ready: 3 new people to invite').waitFor();
      expect((await org.admin.ok(COHORT, { c: cohortId })).cohort.candidateCount).toBe(0);
      await page.getByRole('button', { name: 'Import 3 people' }).click();
      await page.getByText('Imported: 3 invited').waitFor();
      await page.getByRole('table', { name: 'Candidates' }).getByRole('cell', { name: 'Grace Hopper', exact: true }).waitFor();

      // Two candidates who already have accounts join from the picker.
      await choose('Add candidates', 'candidate of', /^candidate of/);
      await choose('Add candidates', 'othercandidate', /^otherCandidate of/);
      await page.getByRole('region', { name: 'Candidates' }).getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByRole('cell', { name: 'otherCandidate of Browser College', exact: true }).waitFor();
      expect((await org.admin.ok(COHORT, { c: cohortId })).cohort.candidateCount).toBe(5);
      await lookAt(page, 'admin-cohort-show');
    },
    SLOW,
  );

  it(
    'sets readiness thresholds and required competencies',
    async () => {
      await page.getByRole('link', { name: 'Edit' }).click();
      await page.getByLabel('Developing from').fill('45');
      await page.getByLabel(/^Ready from/).fill('40');
      await page.getByLabel('Developing from').click();
      await page.getByText('Must be above Developing (45)').waitFor();
      await page.getByLabel(/^Ready from/).fill('65');
      await page.getByLabel('Interview ready from').fill('88');
      // "teamwork" is suggested from the organization's questions; "system design" is new.
      await choose('Required competencies', 'team', 'teamwork');
      await choose('Required competencies', 'system design', 'Add "system design"');
      await lookAt(page, 'admin-cohort-edit');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { name: 'Spring 2027', level: 1 }).waitFor();
      await page.getByText('Interview ready from 88').waitFor();
      expect((await org.admin.ok(COHORT, { c: cohortId })).cohort).toMatchObject({
        developingThreshold: 45,
        readyThreshold: 65,
        interviewReadyThreshold: 88,
        requiredCompetencies: ['teamwork', 'system design'],
      });
    },
    SLOW,
  );

  it(
    "assigns a template with a due date in the organization's time zone, shown in the viewer's own",
    async () => {
      await page.getByRole('link', { name: 'Assign a template' }).click();
      await choose('Template', 'Final', /Final mock interview/);
      await page.getByLabel(/Due \(America\/New_York time\)/).fill('2027-03-01T17:00');
      await lookAt(page, 'admin-assignment-create');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { name: 'Final mock interview', level: 1 }).waitFor();
      assignmentId = new URL(page.url()).hash.split('/')[2];
      const { assignment } = await org.admin.ok('query($a: ID!) { assignment(id: $a) { dueAt cohortId candidates { id } } }', {
        a: assignmentId,
      });
      expect(assignment).toMatchObject({ dueAt: '2027-03-01T22:00:00.000Z', cohortId });
      expect(assignment.candidates).toHaveLength(5);
    },
    SLOW,
  );

  it(
    'shows each candidate’s status and grants a retake',
    async () => {
      // One candidate sits it to the end, another begins.
      const done = await answerFirstQuestion(org.candidate, assignmentId, 'I led the team retrospective and we shipped on time.');
      await org.candidate.ok('mutation($s: ID!) { completeSession(id: $s) { id } }', { s: done.sessionId });
      await answerFirstQuestion(org.otherCandidate, assignmentId, 'I would start by asking who the users are.');

      await page.reload();
      const row = (name: string) => page.getByRole('row').filter({ hasText: name });
      await row('candidate of Browser College').filter({ hasNotText: 'otherCandidate' }).getByText('Completed').waitFor();
      await row('otherCandidate of Browser College').getByText('In progress').waitFor();
      await row('Ada Lovelace').getByText('Not started').waitFor();
      await lookAt(page, 'admin-assignment-show');

      await page.getByRole('button', { name: 'Grant retake to candidate of Browser College' }).click();
      await page.getByText('candidate of Browser College may sit it once more').waitFor();
      const retaken = row('candidate of Browser College').filter({ hasNotText: 'otherCandidate' });
      await retaken.getByText('Not started').waitFor();
      expect(await retaken.getByRole('cell').nth(3).textContent()).toBe('1');

      await page.getByRole('menuitem', { name: 'Assignments' }).click();
      await page.getByRole('cell', { name: 'Final mock interview' }).waitFor();
      await page.getByText('1 in progress').waitFor();
      await lookAt(page, 'admin-assignment-list');
    },
    SLOW,
  );

  it(
    'does not show a coach a cohort they do not coach, nor admin-only actions on theirs',
    async () => {
      const coachPage = await (await browser.newContext()).newPage();
      await signIn(coachPage, 'coach@browser-college.test');
      await coachPage.getByRole('menuitem', { name: 'Cohorts' }).click();
      await coachPage.getByText('Evening cohort').waitFor();
      expect(await coachPage.getByText('Spring 2027').count()).toBe(0);
      await lookAt(coachPage, 'admin-cohort-list-coach');

      await coachPage.goto(`${app.url}/admin/#/cohorts/${cohortId}/show`);
      await coachPage
        .getByText(/not found|does not exist/i)
        .first()
        .waitFor();

      await coachPage.goto(`${app.url}/admin/#/cohorts`);
      await coachPage.getByText('Evening cohort').click();
      await coachPage.getByRole('heading', { name: 'Evening cohort', level: 1 }).waitFor();
      expect(await coachPage.getByRole('button', { name: 'Delete' }).count()).toBe(0);
      expect(await coachPage.getByRole('region', { name: 'Import a roster' }).count()).toBe(0);
      expect(await coachPage.getByLabel('Add coaches').count()).toBe(0);
      await coachPage.getByLabel('Add candidates').waitFor();
      await lookAt(coachPage, 'admin-cohort-show-coach');
      await coachPage.context().close();
    },
    SLOW,
  );

  it(
    'archives the cohort: gone from the list, there with the filter, read-only',
    async () => {
      await page.goto(`${app.url}/admin/#/cohorts/${cohortId}/show`);
      await page.getByRole('heading', { name: 'Spring 2027', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Archive' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
      await page.getByText(/Archived on .*: read-only/).waitFor();
      expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
      expect(await page.getByLabel('Add candidates').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Assign a template' }).count()).toBe(0);
      await lookAt(page, 'admin-cohort-archived');
      expect((await org.admin.ok(COHORT, { c: cohortId })).cohort.archivedAt).toEqual(expect.any(String));

      await page.getByRole('menuitem', { name: 'Cohorts' }).click();
      await page.getByText('Evening cohort').waitFor();
      expect(await page.getByText('Spring 2027').count()).toBe(0);
      await page.getByLabel('Archived cohorts').check();
      await page.getByRole('cell', { name: /Spring 2027/ }).waitFor();
      expect(await page.getByText('Evening cohort').count()).toBe(0);
      await lookAt(page, 'admin-cohort-list-archived');
    },
    SLOW,
  );
});
