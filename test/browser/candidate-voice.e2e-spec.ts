import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { artifact, fakeMicrophone, launchBrowser, lookAt } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { GqlClient } from '../support/graphql-client';
import { FakeTranscriber, FakeWord } from '../support/fake-transcriber';
import { assign, questionBank, storyAnswer } from '../support/sittings';

/** Speech with a real pause, as a 16 kHz mono WAV: what the fake microphone hears. */
function makeSpeech(dir: string): string {
  const wav = join(dir, 'speech.wav');
  const ssml =
    '<speak>At my last internship I owned the booking service.<break time="2s"/>I rewrote the slow query and latency fell by half.</speak>';
  const raw = execFileSync('espeak-ng', ['-v', 'en-us', '-s', '150', '-m', '--stdout', ssml]);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', '-', '-ar', '16000', '-ac', '1', '-c:a', 'pcm_s16le', wav], { input: raw });
  return wav;
}

/** The level meter's reading once it is above 0.01: the fake microphone is heard (a missing file reads 0). */
async function heard(page: Page): Promise<number> {
  await page.waitForFunction(
    "[...document.querySelectorAll('[data-level]')].some((meter) => Number(meter.dataset.level) > 0.01)",
  );
  return Number(await page.getByRole('progressbar', { name: 'Microphone level' }).getAttribute('data-level'));
}

/** What the school's transcription server hears: a misheard word to correct, and a pause of 2.3 s. */
const HEARD: FakeWord[] = [
  ['At', 0.5, 0.7],
  ['my', 0.7, 0.9],
  ['last', 0.9, 1.2],
  ['internship', 1.2, 1.8],
  ['I', 1.9, 2.0],
  ['owned', 2.0, 2.4],
  ['the', 2.4, 2.5],
  ['booking', 2.5, 2.9],
  ['servise.', 2.9, 3.5],
  ['I', 5.8, 5.9],
  ['rewrote', 5.9, 6.3],
  ['the', 6.3, 6.4],
  ['slow', 6.4, 6.7],
  ['query', 6.7, 7.0],
  ['and', 7.0, 7.2],
  ['latency', 7.2, 7.7],
  ['fell', 7.7, 8.0],
  ['by', 8.0, 8.1],
  ['half.', 8.1, 8.6],
];
const HEARD_TEXT = HEARD.map(([word]) => word).join(' ');

async function signIn(page: Page, url: string) {
  await page.goto(url);
  await page.getByLabel('Email').fill('candidate1@demo.test');
  await page.getByLabel('Password').fill('demo1234');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Answering by voice in the interview room, with Chromium's fake microphone fed a spoken WAV. */
describe('candidate voice answers in a browser', () => {
  jest.setTimeout(300_000);
  let app: TestApp;
  let fake: FakeTranscriber;
  let browser: Browser;
  let dir: string;
  let wav: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'voice-'));
    wav = makeSpeech(dir);
    fake = await FakeTranscriber.start();
    app = await startTestApp({ JOBS_IN_API: 'true', TRANSCRIBE_BASE_URL: fake.url });
    browser = await launchBrowser(fakeMicrophone(wav));
    const coach = await new GqlClient(app.url).signIn('coach@demo.test');
    const candidate = await new GqlClient(app.url).signIn('candidate1@demo.test');
    const memberId = (await candidate.ok('{ me { memberId } }')).me.memberId as string;
    const bank = await questionBank(coach, 'ownership', 1);
    await assign(coach, { questionIds: bank.questionIds, mode: 'PRACTICE', candidateIds: [memberId] });
    const other = await questionBank(coach, 'teamwork', 2);
    await assign(coach, { questionIds: other.questionIds, mode: 'PRACTICE', candidateIds: [memberId] });
    const timed = await coach.ok('mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }', {
      i: { questionSetId: bank.setId, prompt: 'In ten seconds: what did you own?', type: 'BEHAVIORAL', timeLimitSeconds: 10 },
    });
    await assign(coach, { questionIds: [timed.createQuestion.id], mode: 'REALISTIC', candidateIds: [memberId] });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tests the microphone, asks consent, records an answer, has it transcribed, plays it back and scores the corrected text', async () => {
    // The transcript takes a few seconds, as a real server's would.
    fake.next({ slow: true, afterMs: 3000, reply: { words: HEARD, duration: 9 } });
    expect(existsSync(wav)).toBe(true);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page, app.url);
    await page.getByRole('listitem').filter({ hasText: 'practice of 1' }).getByRole('link', { name: 'Start' }).click();

    await page.getByRole('button', { name: 'Test your microphone' }).click();
    expect(await heard(page)).toBeGreaterThan(0.01);
    await page.getByText('We can hear you.').waitFor();
    // Heard: the checklist's equipment item is ticked for the candidate.
    expect(await page.getByLabel('Tested my equipment').isChecked()).toBe(true);
    await lookAt(page, 'candidate-voice-mic-test');
    await page.getByRole('button', { name: 'Start', exact: true }).click();

    await page.getByRole('heading', { name: 'Question 1' }).waitFor();
    // The connection drops as chunk 2 is acknowledged: the API stored it, the browser sends it again.
    const sent: string[] = [];
    await page.route('**/recordings/*/chunks', async (route) => {
      const seq = /name="seq"\r\n\r\n(\d+)/.exec(route.request().postDataBuffer()?.toString('latin1') ?? '')?.[1] ?? '?';
      sent.push(seq);
      const response = await route.fetch();
      if (seq === '2' && sent.filter((s) => s === '2').length === 1) await route.abort('connectionreset');
      else await route.fulfill({ response });
    });
    await page.getByRole('button', { name: 'Answer by voice' }).click();
    const consent = page.getByRole('dialog', { name: 'Record your answers?' });
    await consent.getByText('Only you and your coaches can play it back.').waitFor();
    await lookAt(page, 'candidate-voice-consent');
    await consent.getByRole('button', { name: 'I agree, record' }).click();

    await page.getByRole('timer').filter({ hasText: 'Recording' }).waitFor();
    expect(await heard(page)).toBeGreaterThan(0.01);
    expect(await page.getByLabel(/Your answer/).isEditable()).toBe(false);
    // Four seconds or more (a busy machine may skip a tick).
    await page.getByText(/Recording 0:(0[4-9]|[1-5]\d)/).waitFor();
    await lookAt(page, 'candidate-voice-recording');
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await page.getByRole('status').filter({ hasText: 'Transcribing your answer…' }).waitFor();
    expect(await page.getByLabel(/Your answer/).isEditable()).toBe(false);
    // A screenshot only: the transcript may arrive during an accessibility check, which then sees buttons mid-transition.
    await page.screenshot({ path: artifact('candidate-voice-transcribing-1280.png'), fullPage: true });

    const player = page.getByRole('region', { name: 'Your recording' }).locator('audio');
    await player.waitFor();
    // The part plays from its link: the browser reads its metadata without an error.
    const ready = await player.evaluate(
      (audio: any) =>
        new Promise<number>((resolve) => {
          if (audio.readyState >= 1) return resolve(audio.readyState);
          audio.onloadedmetadata = () => resolve(audio.readyState);
          audio.onerror = () => resolve(-1);
        }),
    );
    expect(ready).toBeGreaterThanOrEqual(1);
    // MediaRecorder's WebM has no duration in it: the player works it out, so it shows the length (4 s or more).
    await page.waitForFunction(
      (audio: any) => Number.isFinite(audio.duration) && audio.duration >= 3.5 && audio.currentTime === 0,
      await player.elementHandle(),
    );
    await page.getByRole('button', { name: 'Record another part' }).waitFor();
    expect(sent.filter((s) => s === '2')).toHaveLength(2);
    expect(sent.indexOf('3')).toBeGreaterThan(sent.lastIndexOf('2'));
    await page.getByText('Here is what we heard').waitFor();
    const answer = page.getByLabel(/Your answer/);
    expect(await answer.inputValue()).toBe(HEARD_TEXT);
    expect(fake.requests).toHaveLength(1);
    await answer.fill(HEARD_TEXT.replace('servise', 'service'));
    await lookAt(page, 'candidate-voice-recorded');
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByRole('heading', { name: 'Feedback' }).waitFor();
    // Pace and pauses come from the recording's word timings; the content from the corrected text.
    await page.getByText(/From your recording: 1 pause of 1\.5 s or more \(the longest 2\.3 s\)/).waitFor();
    await page.getByText('service.').first().waitFor();
    await lookAt(page, 'candidate-voice-feedback');
  });

  it('submits a realistic answer when the time runs out mid-take, and its transcript becomes the answer', async () => {
    // Transcribed after the answer is in: the server adds the text to the submitted answer, then scores it.
    fake.reset();
    fake.next({ slow: true, afterMs: 3000, reply: { words: HEARD, duration: 9 } });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page, app.url);
    await page.getByRole('listitem').filter({ hasText: 'realistic of 1' }).getByRole('link', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('heading', { name: 'Question 1' }).waitFor();
    await page.getByRole('button', { name: 'Answer by voice' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'I agree, record' }).click();
    await page.getByRole('timer').filter({ hasText: 'Recording' }).waitFor();
    // Still speaking, nothing typed, when the ten seconds run out: the take is uploaded and the answer
    // goes in as it stands, the sitting's only question, so the closing comes next.
    await page.getByRole('button', { name: 'See your feedback' }).click({ timeout: 40_000 });
    const answer = page.getByRole('article', { name: 'Question 1' });
    await answer.getByText(HEARD_TEXT).waitFor({ timeout: 60_000 });
    await answer.getByText(/From your recording/).waitFor();
    expect(fake.requests).toHaveLength(1);
    await lookAt(page, 'candidate-voice-time-up');
  });

  it('keeps typing working when the microphone is refused', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    // The site's permission is blocked: getUserMedia refuses as Chromium does then.
    await context.addInitScript(
      "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))",
    );
    const page = await context.newPage();
    await signIn(page, app.url);
    await page.getByRole('listitem').filter({ hasText: 'practice of 2' }).getByRole('link', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Test your microphone' }).click();
    await page.getByText(/The microphone is blocked for this site/).waitFor();
    await page.getByRole('button', { name: 'Start', exact: true }).click();

    await page.getByRole('heading', { name: 'Question 1' }).waitFor();
    // A new context is a new browser profile: consent is asked again.
    await page.getByRole('button', { name: 'Answer by voice' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'I agree, record' }).click();
    await page.getByRole('alert').filter({ hasText: 'The microphone is blocked for this site' }).waitFor();
    await lookAt(page, 'candidate-voice-refused');
    await page.getByLabel(/Your answer/).fill(storyAnswer('booking service'));
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByRole('heading', { name: 'Feedback' }).waitFor();
  });
});
