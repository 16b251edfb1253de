import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { JobQueue } from '../../apps/api/src/queue/job-queue';
import { launchBrowser, lookAt } from '../support/browser';
import { answerFirstQuestion, questionBank, storyAnswer } from '../support/sittings';
import { startTestApp, TestApp } from '../support/test-app';
import { createOrgWorld, OrgWorld, PASSWORD } from '../support/world';

const LEVELS = ['Missing', 'Weak', 'Adequate', 'Strong', 'Outstanding'];

/** The admin app's content screens: companies, question sets and questions, rubrics, templates. */
describe('admin content screens in a browser', () => {
  jest.setTimeout(180_000);
  let app: TestApp;
  let browser: Browser;
  let org: OrgWorld;
  let usedRubricId: string;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    org = await createOrgWorld(app.app, app.url, 'Content U');
    // A rubric that has scored an answer (through a sitting), and the default rubric questionBank makes.
    await questionBank(org.admin, 'warm-up', 1);
    usedRubricId = (
      await org.admin.ok(
        `mutation($l: [String!]!) { createRubric(input: { name: "Behavioral 2026", criteria: [{ name: "Structure", weight: 1, levels: $l }] }) { id } }`,
        { l: LEVELS },
      )
    ).createRubric.id;
    const bank = await questionBank(org.admin, 'ownership', 1, { name: 'Scored questions' });
    const templateId = (
      await org.admin.ok(
        `mutation($q: ID!, $r: ID!) { createTemplate(input: { name: "Scored", mode: PRACTICE, rubricId: $r, items: [{ questionId: $q }] }) { id } }`,
        { q: bank.questionIds[0], r: usedRubricId },
      )
    ).createTemplate.id;
    const { createAssignment } = await org.admin.ok(
      `mutation($t: ID!, $m: [ID!]) { createAssignment(input: { templateId: $t, candidateIds: $m }) { id } }`,
      { t: templateId, m: [org.ids.candidate] },
    );
    await answerFirstQuestion(org.candidate, createAssignment.id, storyAnswer('ownership'));
    await app.app.get(JobQueue).drain();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app.stop();
  });

  async function signIn(email: string): Promise<Page> {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await page.goto(`${app.url}/admin/`);
    await page.locator('input[name="username"]').fill(email);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('menuitem', { name: 'Templates' }).waitFor();
    return page;
  }

  const name = (page: Page) => page.getByRole('textbox', { name: 'Name', exact: true });
  /** Opens a menu entry and waits for its route, so that the previous screen's links are gone. */
  async function menu(page: Page, name: string) {
    const item = page.getByRole('menuitem', { name, exact: true });
    const hash = new URL((await item.getAttribute('href'))!, app.url).hash;
    await item.click();
    await page.waitForFunction(`location.hash === ${JSON.stringify(hash)}`);
  }
  /** Opens the create form of the list on screen, by its address: the previous list's button may linger a moment. */
  async function create(page: Page) {
    const { hash } = new URL(page.url());
    await page.locator(`a[href="${hash}/create"]`).click();
  }
  const save = (page: Page) => page.getByRole('button', { name: 'Save' }).click();
  const saved = (page: Page, text: RegExp) => page.getByText(text).first().waitFor();

  // One admin's session through the steps, in order; each screen is looked at (slow: axe at two widths).
  let page: Page;

  it('creates a company', async () => {
    page = await signIn('admin@content-u.test');
    await menu(page, 'Companies');
    await create(page);
    await name(page).fill('Northwind Labs');
    await page.getByLabel('Website').fill('https://northwind.example');
    await page.getByLabel('Tech stack').fill('Go');
    await page.getByLabel('Tech stack').press('Enter');
    await save(page);
    await saved(page, /Element created/);
    await lookAt(page, 'admin-company-edit');
    await menu(page, 'Companies');
    await page.getByRole('cell', { name: 'Northwind Labs' }).waitFor();
    await lookAt(page, 'admin-companies');
  });

  it('creates a staff-only question set of the company and adds a question with the editor', async () => {
    await menu(page, 'Question sets');
    await create(page);
    await name(page).fill('Northwind backend');
    await page.getByLabel('Company').fill('North');
    await page.getByRole('option', { name: 'Northwind Labs' }).click();
    await page.getByLabel('Staff only').check();
    await save(page);
    await page.getByRole('heading', { name: 'Questions' }).waitFor();

    // A question with the editor: the missing prompt is shown in place before anything is sent.
    await page.getByRole('link', { name: 'Add a question' }).click();
    await page.getByLabel('Time limit (seconds)').fill('5');
    await save(page);
    await page.getByText('Required').first().waitFor();
    await page.getByText('At least 10 seconds').waitFor();
    await lookAt(page, 'admin-question-editor-invalid');
    await page.getByRole('textbox', { name: /^Question/ }).fill('Tell me about a time you owned an outage.');
    await page.getByLabel('Time limit (seconds)').fill('240');
    await page.getByLabel('Competencies').fill('ownership');
    await page.getByLabel('Competencies').press('Enter');
    await page.getByRole('button', { name: 'Add' }).first().click();
    await page.getByLabel('Talking point').fill('What the customer saw');
    await page.getByRole('button', { name: 'Add' }).nth(1).click();
    await page.getByLabel('Probe').fill('What would you do differently?');
    await lookAt(page, 'admin-question-editor');
    await save(page);
    await page.getByRole('cell', { name: 'Tell me about a time you owned an outage.' }).waitFor();
  });

  it("imports a CSV with a bad row (nothing written, the row's error shown), then the good rows; exports the set", async () => {
    const csv = [
      'prompt,type,difficulty,competencies,talking points',
      'Design a rate limiter for our public API.,system design,hard,scalability;APIs,token bucket;per-key limits',
      'What is your favourite puzzle?,riddle,easy,,',
    ].join('\n');
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'northwind.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const dialog = page.getByRole('dialog', { name: 'Nothing imported from northwind.csv' });
    await dialog.getByRole('cell', { name: '3', exact: true }).waitFor();
    await dialog.getByText(/type/).first().waitFor();
    await lookAt(page, 'admin-question-import-errors');
    await dialog.getByRole('button', { name: 'Import the other rows' }).click();
    await saved(page, /Imported 1 question/);
    await page.getByRole('cell', { name: 'Design a rate limiter for our public API.' }).waitFor();
    await lookAt(page, 'admin-question-set-edit');

    // The set's CSV, in the import's columns.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported.split('\n')[0]).toBe('prompt,type,difficulty,competencies,talkingPoints,followUps,timeLimitSeconds');
    expect(exported).toContain(
      'Tell me about a time you owned an outage.,BEHAVIORAL,MEDIUM,ownership,What the customer saw,What would you do differently?,240',
    );
    expect(exported).toContain('token bucket; per-key limits');
  });

  it('marks staff-only sets and questions promoted from real interviews', async () => {
    await menu(page, 'Question sets');
    await page
      .getByRole('row', { name: /Northwind backend/ })
      .getByText('Staff only')
      .waitFor();
    await lookAt(page, 'admin-question-sets');

    // A question promoted from a candidate's real-interview log is marked so.
    const setId = (await org.admin.ok('{ questionSets(options: { filter: { search: "Northwind" } }) { nodes { id } } }'))
      .questionSets.nodes[0].id;
    const log = await org.candidate.ok(
      `mutation { logRealInterview(input: { companyName: "Northwind Labs", role: "Backend engineer", stage: TECHNICAL,
        interviewedOn: "2026-11-20", questions: [{ prompt: "How would you shard our orders table?", unexpected: true }] }) { questions { id } } }`,
    );
    await org.admin.ok(`mutation($i: PromoteRealInterviewQuestionInput!) { promoteRealInterviewQuestion(input: $i) { id } }`, {
      i: { realInterviewQuestionId: log.logRealInterview.questions[0].id, questionSetId: setId, type: 'SYSTEM_DESIGN' },
    });
    await menu(page, 'Questions');
    const promoted = page.getByRole('row', { name: /How would you shard our orders table/ });
    await promoted.getByText('From a real interview').waitFor();
    await lookAt(page, 'admin-questions');
    await promoted.getByRole('cell').first().click();
    await page.getByText(/Promoted from a real interview: asked at Northwind Labs/).waitFor();
  });

  it('builds a rubric with two criteria, five levels each', async () => {
    await menu(page, 'Rubrics');
    await create(page);
    await name(page).fill('Technical depth');
    await page.getByLabel('Criterion').fill('Depth');
    await page.getByLabel('Weight').fill('2');
    await page.getByRole('button', { name: 'Add' }).click();
    await page.getByLabel('Criterion').nth(1).fill('Clarity');
    await page.getByLabel('Weight').nth(1).fill('1');
    for (let level = 0; level < 5; level++) {
      await page
        .getByLabel(new RegExp(`^Level ${level + 1}`))
        .nth(1)
        .fill(`Clarity ${level + 1}`);
    }
    await lookAt(page, 'admin-rubric-create');
    await save(page);
    await page.getByRole('heading', { name: 'Versions' }).waitFor();
    await page.getByRole('cell', { name: 'Depth ×2, Clarity ×1' }).waitFor();
    await lookAt(page, 'admin-rubric-edit');
  });

  it('shows a rubric that scored answers read-only until a new version is asked for', async () => {
    await page.goto(`${app.url}/admin/#/rubrics/${usedRubricId}`);
    await page.getByText('Version 1 has scored answers, so its criteria are read-only.').waitFor();
    expect(await page.getByLabel('Criterion').count()).toBe(0);
    await lookAt(page, 'admin-rubric-used');
    await page.getByRole('button', { name: 'Create new version' }).click();
    await page.getByLabel('Weight').fill('3');
    await save(page);
    await page.getByRole('cell', { name: '2 (current)' }).waitFor();
    await page.getByRole('row', { name: /^1 / }).getByText('Has scored answers').waitFor();
    expect(await page.getByLabel('Criterion').count()).toBe(1);
    await lookAt(page, 'admin-rubric-new-version');
  });

  it('builds a template of a fixed question and a draw rule, with thinking time and a waiting room, and previews a draw', async () => {
    await menu(page, 'Templates');
    await create(page);
    await name(page).fill('Northwind onsite');
    await page.getByLabel(/^Realistic/).check();
    await page.getByLabel('Thinking time (seconds)').fill('3');
    await page.getByLabel('Waiting room (minutes)').fill('12');
    await save(page);
    await page.getByText('At least 5 seconds').waitFor();
    await page.getByText('At most 10 minutes').waitFor();
    await page.getByLabel('Thinking time (seconds)').fill('45');
    await page.getByLabel('Waiting room (minutes)').fill('2');
    await page.getByRole('combobox', { name: /^Question/ }).fill('owned an outage');
    await page.getByRole('option', { name: /owned an outage/ }).click();
    await page.getByRole('button', { name: 'Add' }).click();
    await page
      .getByLabel(/^Random questions/)
      .nth(1)
      .check();
    await page.getByLabel('How many').fill('1');
    await page.getByLabel('From the set').fill('Northwind');
    await page.getByRole('option', { name: 'Northwind backend' }).click();
    await page.getByLabel('Answer time limit (seconds)').nth(1).fill('300');
    await lookAt(page, 'admin-template-create');
    await save(page);
    await page.getByRole('heading', { name: 'Preview a draw' }).waitFor();
    await page.getByRole('button', { name: 'Preview a draw' }).click();
    const drawn = page.getByRole('table', { name: 'Drawn questions' });
    await drawn.getByRole('cell', { name: 'Tell me about a time you owned an outage.' }).waitFor();
    expect(await drawn.getByRole('row').count()).toBe(3);
    await drawn.getByRole('cell', { name: '300' }).waitFor();
    const { templates } = await org.admin.ok(
      '{ templates(options: { filter: { search: "Northwind onsite" } }) { nodes { thinkingSeconds waitingRoomSeconds } } }',
    );
    expect(templates.nodes).toEqual([{ thinkingSeconds: 45, waitingRoomSeconds: 120 }]);
    // The saved record reads back in the form's units.
    expect(await page.getByLabel('Waiting room (minutes)').inputValue()).toBe('2');
    await lookAt(page, 'admin-template-edit');
    await menu(page, 'Templates');
    await page.getByRole('cell', { name: 'Northwind onsite' }).waitFor();
    await lookAt(page, 'admin-templates');
  });

  it('shows a coach rubrics read-only, with no way to create or change one', async () => {
    const page = await signIn('coach@content-u.test');
    await menu(page, 'Rubrics');
    await page.getByRole('cell', { name: 'Behavioral 2026' }).waitFor();
    expect(await page.getByRole('link', { name: 'Create' }).count()).toBe(0);
    await lookAt(page, 'admin-rubrics-coach');
    await page.getByRole('cell', { name: 'Behavioral 2026' }).click();
    await page.getByRole('heading', { name: 'Versions' }).waitFor();
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await lookAt(page, 'admin-rubric-coach');
  });
});
