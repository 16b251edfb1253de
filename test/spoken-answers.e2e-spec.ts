import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobQueue } from '../apps/api/src/queue/job-queue';
import { ScoringService } from '../apps/api/src/scoring/scoring.service';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { FakeTranscriber, FakeWord } from './support/fake-transcriber';
import { addMember } from './support/world';
import { Role } from '../apps/api/src/common/role';
import { makeWebm, split, uploadChunk } from './support/recording';

const START_PRACTICE = `mutation { startPractice(input: { questionCount: 3, followUpCount: 0 }) { id } }`;
const SHOW = `mutation($s: ID!, $p: Int!) { showQuestion(sessionId: $s, position: $p) { id } }`;
const START = `mutation($q: ID!) { startRecording(input: { sessionQuestionId: $q, mimeType: "audio/webm;codecs=opus" }) { id answerId } }`;
const FINISH = `mutation($id: ID!, $ms: Int!) { finishRecording(id: $id, durationMs: $ms) { id transcriptStatus } }`;
const ANSWER = `query($id: ID!) { answer(id: $id) { status text recordings { part transcriptStatus transcriptError
  transcript { text timing words { word start end } } } } }`;
const SAVE = `mutation($q: ID!, $t: String!) { saveAnswerDraft(input: { sessionQuestionId: $q, text: $t }) { id } }`;
const SUBMIT = `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id } }`;
const COMMENT = `mutation($a: ID!, $at: Float!, $b: String!) { commentOnRecording(answerId: $a, input: { atSeconds: $at, body: $b }) {
  id atSeconds body authorName } }`;
const COMMENTS = `query($id: ID!) { answer(id: $id) { recordingComments { atSeconds body authorName } } }`;
const UNCOMMENT = `mutation($id: ID!) { deleteRecordingComment(id: $id) }`;
const EVALUATION = `query($id: ID!) { answer(id: $id) { evaluation { analysis { wordsPerMinute speechTiming pauseCount
  longestPauseSeconds silenceBeforeFirstWordSeconds fillerWords { total } } redFlags { code } } } }`;

/** A spoken answer with a pause of 4 s after its first sentence, two fillers, starting 1.5 s in. */
const SPOKEN: FakeWord[] = [
  ['Um,', 1.5, 1.8],
  ['I', 1.9, 2.0],
  ['led', 2.0, 2.3],
  ['the', 2.3, 2.4],
  ['migration.', 2.4, 3.0],
  ['Uh,', 7.0, 7.3],
  ['we', 7.4, 7.5],
  ['cut', 7.5, 7.8],
  ['costs', 7.8, 8.2],
  ['by', 8.2, 8.3],
  ['thirty', 8.3, 8.7],
  ['percent.', 8.7, 9.2],
];

/** Spoken answers: each recorded part transcribed on the school's server, the text corrected, the timings scored. */
describe('spoken answers', () => {
  let app: TestApp;
  let fake: FakeTranscriber;
  let dir: string;
  let audio: Buffer;
  let candidate: GqlClient;
  let otherCandidate: GqlClient;
  let coach: GqlClient;
  let admin: GqlClient;
  let strangerCoach: GqlClient;
  let sessionId: string;
  let spokenAnswerId: string;
  let spokenRecordingId: string;

  const drain = () => app.app.get(JobQueue).drain();
  /** Starts, uploads and finishes one part of the answer to `questionId`; its id and the answer's. */
  const record = async (questionId: string) => {
    const { id, answerId } = (await candidate.ok(START, { q: questionId })).startRecording;
    for (const [seq, chunk] of split(audio).entries())
      expect((await uploadChunk(app.url, candidate, id, seq, chunk)).status).toBe(201);
    const finished = (await candidate.ok(FINISH, { id, ms: 9500 })).finishRecording;
    return { id: id as string, answerId: answerId as string, status: finished.transcriptStatus as string };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mockint-spoken-'));
    audio = makeWebm(dir);
    fake = await FakeTranscriber.start();
    app = await startTestApp({ JOBS_IN_API: 'true', TRANSCRIBE_BASE_URL: fake.url, TRANSCRIBE_TIMEOUT_MS: '2000' });
    candidate = await new GqlClient(app.url).signIn('candidate1@demo.test');
    otherCandidate = await new GqlClient(app.url).signIn('candidate2@demo.test');
    coach = await new GqlClient(app.url).signIn('coach@demo.test');
    admin = await new GqlClient(app.url).signIn('admin@demo.test');
    const { organization } = await admin.ok('{ organization { id } }');
    // A coach of no cohort of the candidate's.
    strangerCoach = (
      await addMember(app.app, app.url, organization.id, { email: 'coach9@demo.test', name: 'Stranger', role: Role.COACH })
    ).client;
    sessionId = (await candidate.ok(START_PRACTICE)).startPractice.id;
  });
  afterAll(async () => {
    await app?.stop();
    await fake?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => fake.reset());

  it("transcribes a finished part into the draft, and scores the corrected text with the audio's pauses and fillers", async () => {
    const questionId = (await candidate.ok(SHOW, { s: sessionId, p: 0 })).showQuestion.id;
    fake.next({ words: SPOKEN, duration: 9.5 });
    const part = await record(questionId);
    expect(part.status).toBe('PENDING');
    [spokenAnswerId, spokenRecordingId] = [part.answerId, part.id];
    await drain();

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ fileName: 'part-1.webm', fileType: 'audio/webm' });
    expect(fake.requests[0].bytes.equals(audio)).toBe(true);
    const transcribed = (await candidate.ok(ANSWER, { id: part.answerId })).answer;
    expect(transcribed.status).toBe('DRAFT');
    expect(transcribed.text).toBe('Um, I led the migration. Uh, we cut costs by thirty percent.');
    expect(transcribed.recordings).toEqual([
      {
        part: 1,
        transcriptStatus: 'DONE',
        transcriptError: null,
        transcript: expect.objectContaining({ timing: 'WORD', text: transcribed.text }),
      },
    ]);
    expect(transcribed.recordings[0].transcript.words[4]).toEqual({ word: 'migration.', start: 2.4, end: 3 });

    // The candidate corrects a word the server misheard, then submits.
    const corrected = transcribed.text.replace('thirty', '30');
    await candidate.ok(SAVE, { q: questionId, t: corrected });
    const answerId = (await candidate.ok(SUBMIT, { q: questionId, t: corrected })).submitAnswer.id;
    expect(answerId).toBe(part.answerId);
    await drain();
    const { evaluation } = (await candidate.ok(EVALUATION, { id: answerId })).answer;
    expect(evaluation.analysis).toMatchObject({
      speechTiming: 'WORD',
      pauseCount: 1,
      longestPauseSeconds: 4,
      silenceBeforeFirstWordSeconds: 1.5,
      fillerWords: { total: 2 },
    });
    // 12 words over the 7.7 s from the first word to the last.
    expect(evaluation.analysis.wordsPerMinute).toBeCloseTo((12 / 7.7) * 60, 0);
  });

  it('retries a server that is down, settles a refused one as failed, and adds nothing for silence', async () => {
    const questionId = (await candidate.ok(SHOW, { s: sessionId, p: 1 })).showQuestion.id;
    // Down, then back: the job's retry transcribes it.
    fake.next({ status: 503 }, { words: [['First.', 0.2, 0.6]], duration: 1 });
    const first = await record(questionId);
    await drain();
    expect(fake.requests).toHaveLength(2);
    const afterFirst = (await candidate.ok(ANSWER, { id: first.answerId })).answer;
    expect(afterFirst.text).toBe('First.');

    // A second part (a reload): its text follows the first part's, after what the candidate typed meanwhile.
    await candidate.ok(SAVE, { q: questionId, t: 'First, typed.' });
    fake.next({ words: [['Second.', 0.1, 0.5]], duration: 1 });
    await record(questionId);
    await drain();
    expect((await candidate.ok(ANSWER, { id: first.answerId })).answer.text).toBe('First, typed.\n\nSecond.');

    // Refused for good: failed, with a reason; the draft keeps what it had.
    fake.next({ status: 400 });
    await record(questionId);
    // Nothing was said: done, and the draft unchanged.
    fake.next({ empty: true, duration: 2 });
    await record(questionId);
    await drain();
    const answer = (await candidate.ok(ANSWER, { id: first.answerId })).answer;
    expect(answer.text).toBe('First, typed.\n\nSecond.');
    expect(answer.recordings.map((r: { transcriptStatus: string }) => r.transcriptStatus)).toEqual([
      'DONE',
      'DONE',
      'FAILED',
      'DONE',
    ]);
    expect(answer.recordings[2].transcriptError).toMatch(/HTTP 400.*Type what you said instead/);
    expect(answer.recordings[3].transcript).toMatchObject({ text: '', words: [] });
  });

  it('takes an answer submitted while its part is transcribed: the transcript becomes its text, then it is scored', async () => {
    const questionId = (await candidate.ok(SHOW, { s: sessionId, p: 2 })).showQuestion.id;
    // The server is busy for a few seconds (retried after 2 s, then 4 s): the part stays pending
    // while the candidate, out of time, submits without having typed a word.
    const words = 'I moved the nightly reports onto a queue.'.split(' ');
    fake.next({ status: 503 }, { status: 503 }, { words: words.map((w, i) => [w, 0.5 + i * 0.4, 0.8 + i * 0.4]), duration: 4 });
    const part = await record(questionId);
    expect((await candidate.ok(SUBMIT, { q: questionId, t: '' })).submitAnswer.id).toBe(part.answerId);
    expect((await candidate.ok(ANSWER, { id: part.answerId })).answer).toMatchObject({
      status: 'SUBMITTED',
      text: '',
      recordings: [{ transcriptStatus: 'PENDING' }],
    });
    // Not scored on the empty text meanwhile, not even by the sweep for answers left unscored.
    await app.app.get(ScoringService).sweep();
    expect((await candidate.ok(EVALUATION, { id: part.answerId })).answer.evaluation).toBeNull();

    await drain();
    const answer = (await candidate.ok(ANSWER, { id: part.answerId })).answer;
    expect(answer).toMatchObject({ status: 'SCORED', text: words.join(' '), recordings: [{ transcriptStatus: 'DONE' }] });
    const { evaluation } = (await candidate.ok(EVALUATION, { id: part.answerId })).answer;
    expect(evaluation.analysis).toMatchObject({ speechTiming: 'WORD', silenceBeforeFirstWordSeconds: 0.5 });

    // With nothing being transcribed, an empty answer is still refused.
    const next = (await candidate.ok(START_PRACTICE)).startPractice.id;
    const other = (await candidate.ok(SHOW, { s: next, p: 0 })).showQuestion.id;
    const refused = await candidate.request(SUBMIT, { q: other, t: ' ' });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMPTY_ANSWER' });
  });

  it("puts what the transcriber heard in the candidate's data export", async () => {
    const res = await fetch(`${app.url}/exports/me.json`, { headers: { authorization: `Bearer ${candidate.token}` } });
    const exported = (await res.json()) as {
      sessions: { questions: { answers: { text: string; recordings: unknown[] }[] }[] }[];
    };
    const answers = exported.sessions.flatMap((s) => s.questions.flatMap((q) => q.answers));
    // The answer as submitted (corrected), and what the server heard.
    expect(answers.find((a) => a.text.includes('by 30 percent'))?.recordings).toEqual([
      expect.objectContaining({
        part: 1,
        transcriptStatus: 'DONE',
        transcript: 'Um, I led the migration. Uh, we cut costs by thirty percent.',
      }),
    ]);
  });

  it('lets a coach comment at a moment of the recording, which the candidate sees in its order', async () => {
    const late = (await coach.ok(COMMENT, { a: spokenAnswerId, at: 7, b: 'Strong result: lead with it.' })).commentOnRecording;
    expect(late).toMatchObject({ atSeconds: 7, body: 'Strong result: lead with it.', authorName: expect.any(String) });
    await admin.ok(COMMENT, { a: spokenAnswerId, at: 3.5, b: '  Four seconds of silence here.  ' });
    expect((await candidate.ok(COMMENTS, { id: spokenAnswerId })).answer.recordingComments).toEqual([
      { atSeconds: 3.5, body: 'Four seconds of silence here.', authorName: expect.any(String) },
      { atSeconds: 7, body: 'Strong result: lead with it.', authorName: late.authorName },
    ]);

    const reason = async (client: GqlClient, query: string, variables: Record<string, unknown>) =>
      (await client.request(query, variables)).errors?.[0].extensions?.reason;
    // Past the recorded 9.5 s, a blank comment, a candidate commenting: refused, nothing stored.
    expect(await reason(coach, COMMENT, { a: spokenAnswerId, at: 60, b: 'Later' })).toBe('AFTER_THE_RECORDING');
    expect(await reason(coach, COMMENT, { a: spokenAnswerId, at: 1, b: '   ' })).toBe('EMPTY_COMMENT');
    expect(await candidate.errorCode(COMMENT, { a: spokenAnswerId, at: 1, b: 'Me' })).toBe('FORBIDDEN');
    // A coach who does not coach the candidate, and another candidate: nothing, as if it did not exist.
    expect(await strangerCoach.errorCode(COMMENT, { a: spokenAnswerId, at: 1, b: 'Hi' })).toBe('NOT_FOUND');
    expect(await strangerCoach.errorCode(COMMENTS, { id: spokenAnswerId })).toBe('NOT_FOUND');
    // Only its author takes a comment back.
    expect(await admin.errorCode(UNCOMMENT, { id: late.id })).toBe('NOT_FOUND');
    expect((await coach.ok(UNCOMMENT, { id: late.id })).deleteRecordingComment).toBe(true);
    expect((await candidate.ok(COMMENTS, { id: spokenAnswerId })).answer.recordingComments).toHaveLength(1);
  });

  it('gives another candidate nothing of the recording or its transcript', async () => {
    expect(await otherCandidate.errorCode(ANSWER, { id: spokenAnswerId })).toBe('NOT_FOUND');
    const theirs = (await otherCandidate.ok(START_PRACTICE)).startPractice.id;
    await otherCandidate.ok(SHOW, { s: theirs, p: 0 });
    expect(await otherCandidate.errorCode(FINISH, { id: spokenRecordingId, ms: 1000 })).toBe('NOT_FOUND');
  });
});
