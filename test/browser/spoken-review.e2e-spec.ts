import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { JobQueue } from '../../apps/api/src/queue/job-queue';
import { launchBrowser, lookAt } from '../support/browser';
import { FakeTranscriber } from '../support/fake-transcriber';
import { GqlClient } from '../support/graphql-client';
import { makeWebm, split, uploadChunk } from '../support/recording';
import { storyAnswer } from '../support/sittings';
import { startTestApp, TestApp } from '../support/test-app';

const START_PRACTICE = `mutation { startPractice(input: { questionCount: 1, followUpCount: 0 }) { id } }`;
const SHOW = `mutation($s: ID!) { showQuestion(sessionId: $s, position: 0) { id } }`;
const START = `mutation($q: ID!) { startRecording(input: { sessionQuestionId: $q, mimeType: "audio/webm" }) { id } }`;
const FINISH = `mutation($id: ID!) { finishRecording(id: $id, durationMs: 3000) { id } }`;
const SUBMIT = `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id } }`;

/** A coach plays a spoken answer back with its transcript and comments at a moment; the candidate finds the comment there. */
describe('a spoken answer reviewed in the browser', () => {
  let app: TestApp;
  let fake: FakeTranscriber;
  let browser: Browser;
  let dir: string;
  let sessionId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mockint-spoken-review-'));
    fake = await FakeTranscriber.start();
    app = await startTestApp({ JOBS_IN_API: 'true', TRANSCRIBE_BASE_URL: fake.url });
    const candidate = await new GqlClient(app.url).signIn('candidate1@demo.test');
    sessionId = (await candidate.ok(START_PRACTICE)).startPractice.id;
    const questionId = (await candidate.ok(SHOW, { s: sessionId })).showQuestion.id;
    const recordingId = (await candidate.ok(START, { q: questionId })).startRecording.id;
    for (const [seq, chunk] of split(makeWebm(dir)).entries()) await uploadChunk(app.url, candidate, recordingId, seq, chunk);
    fake.next({
      words: [
        ['I', 0.2, 0.3],
        ['would', 0.3, 0.5],
        ['add', 0.5, 0.7],
        ['a', 0.7, 0.8],
        ['queue.', 0.8, 1.4],
      ],
      duration: 3,
    });
    await candidate.ok(FINISH, { id: recordingId });
    await app.app.get(JobQueue).drain();
    await candidate.ok(SUBMIT, { q: questionId, t: storyAnswer('order queue') });
    await app.app.get(JobQueue).drain();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function signedIn(url: string, signIn: (page: Page) => Promise<void>): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(url);
    await signIn(page);
    return page;
  }

  it('lets the coach play it with the words in step and comment at the moment a word is said', async () => {
    const page = await signedIn(`${app.url}/admin/`, async (on) => {
      await on.locator('input[name="username"]').fill('coach@demo.test');
      await on.locator('input[name="password"]').fill('demo1234');
      await on.getByRole('button', { name: 'Sign in' }).click();
      await on.getByRole('menuitem', { name: 'Cohorts' }).waitFor();
    });
    await page.goto(`${app.url}/admin/#/sessions/${sessionId}/show`);
    const recording = page.getByRole('region', { name: 'The recording' });
    await recording.locator('audio').waitFor();
    const heard = recording.getByLabel('What was heard, as it was said');
    // A word plays from its moment (0.8 s in): the comment form follows the recording.
    await heard.getByRole('button', { name: 'queue.' }).click();
    await recording.getByLabel(/^Comment at 0:0\d/).fill('Good: you named the queue first.');
    await recording.getByRole('button', { name: 'Comment here' }).click();
    const comments = recording.getByRole('list', { name: 'Comments on the recording' });
    await comments.getByText('Good: you named the queue first.').waitFor();
    await comments.getByRole('button', { name: /^Play from 0:0\d$/ }).waitFor();
    // A comment written by mistake is taken back; the other stays.
    await recording.getByLabel(/^Comment at/).fill('Wrong answer, sorry.');
    await recording.getByRole('button', { name: 'Comment here' }).click();
    const mistaken = comments.getByRole('listitem').filter({ hasText: 'Wrong answer, sorry.' });
    await lookAt(page, 'admin-spoken-answer');
    await mistaken.getByRole('button', { name: /^Delete your comment at 0:0\d$/ }).click();
    await mistaken.waitFor({ state: 'detached' });
    await comments.getByText('Good: you named the queue first.').waitFor();
    await page.context().close();
  });

  it('shows the candidate the comment at its moment of the recording', async () => {
    const page = await signedIn(app.url, async (on) => {
      await on.getByLabel('Email').fill('candidate1@demo.test');
      await on.getByLabel('Password').fill('demo1234');
      await on.getByRole('button', { name: 'Sign in' }).click();
      await on.getByRole('heading', { name: 'Your assignments' }).waitFor();
    });
    await page.goto(`${app.url}/sessions/${sessionId}/feedback`);
    const recording = page.getByRole('region', { name: 'The recording' });
    const comments = recording.getByRole('list', { name: 'Comments on the recording' });
    await comments.getByText('Good: you named the queue first.').waitFor();
    await recording.getByLabel('What was heard, as it was said').getByRole('button', { name: 'would' }).waitFor();
    await lookAt(page, 'candidate-spoken-answer');
    await page.context().close();
  });
});
