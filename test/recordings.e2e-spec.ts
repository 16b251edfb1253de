import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../apps/api/src/common/role';
import { JobQueue } from '../apps/api/src/queue/job-queue';
import { AudioStorage } from '../apps/api/src/recordings/audio-storage';
import { RecordingRetention } from '../apps/api/src/recordings/recordings.jobs';
import { MAX_CHUNK_BYTES } from '../apps/api/src/recordings/recordings.service';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { addMember, createOrgWorld } from './support/world';
import { S3Server, startS3Server } from './support/s3-server';
import { CHUNK, makeWebm, split, uploadChunk } from './support/recording';

const START_PRACTICE = `mutation { startPractice(input: { questionCount: 1, followUpCount: 0 }) { id } }`;
const SHOW = `mutation($s: ID!) { showQuestion(sessionId: $s, position: 0) { id } }`;
const START = `mutation($q: ID!, $t: String!) { startRecording(input: { sessionQuestionId: $q, mimeType: $t }) {
  id answerId part status mimeType chunkCount bytes audioUrl } }`;
const FINISH = `mutation($id: ID!, $ms: Int!) { finishRecording(id: $id, durationMs: $ms) { id status bytes durationMs audioUrl } }`;
const PARTS = `query($id: ID!) { answer(id: $id) { recordings { id part status bytes durationMs audioUrl audioDeletedAt } } }`;
const WEBM = 'audio/webm;codecs=opus';

describe.each([['disk'], ['S3-compatible storage']])('recorded answers on %s', (driver) => {
  let app: TestApp;
  let s3: S3Server | undefined;
  let storage: AudioStorage;
  let dir: string;
  let audio: Buffer;
  let candidate: GqlClient;
  let otherCandidate: GqlClient;
  let coach: GqlClient;
  let otherCoach: GqlClient;
  let admin: GqlClient;
  let foreignAdmin: GqlClient;
  let organizationId: string;
  let candidateId: string;
  let questionId: string;
  let answerId: string;
  let first: { id: string };

  const upload = (client: GqlClient, id: string, seq: number | string, data: Buffer, type?: string) =>
    uploadChunk(app.url, client, id, seq, data, type);
  const play = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers });
  const playAs = (client: GqlClient, id: string, headers: Record<string, string> = {}) =>
    play(`/recordings/${id}/audio`, { authorization: `Bearer ${client.token}`, ...headers });
  const sql = (text: string, params: unknown[] = []) => app.dataSource.query(text, params);
  const stored = async () => storage.list(`${organizationId}/`);
  const record = async (data: Buffer): Promise<string> => {
    const started = (await candidate.ok(START, { q: questionId, t: WEBM })).startRecording;
    for (const [seq, chunk] of split(data, CHUNK).entries())
      expect((await upload(candidate, started.id, seq, chunk)).status).toBe(201);
    return started.id as string;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mockint-recordings-test-'));
    audio = makeWebm(dir);
    if (driver !== 'disk') s3 = await startS3Server();
    app = await startTestApp({ JOBS_IN_API: 'true', ...(s3?.env ?? {}) });
    storage = app.app.get(AudioStorage);
    candidate = await new GqlClient(app.url).signIn('candidate1@demo.test');
    otherCandidate = await new GqlClient(app.url).signIn('candidate2@demo.test');
    coach = await new GqlClient(app.url).signIn('coach@demo.test');
    admin = await new GqlClient(app.url).signIn('admin@demo.test');
    const me = await candidate.ok('{ me { memberId } organization { id } }');
    candidateId = me.me.memberId;
    organizationId = me.organization.id;
    // A coach of another cohort of the same organization.
    const added = await addMember(app.app, app.url, organizationId, {
      email: 'coach2@demo.test',
      name: 'Other Coach',
      role: Role.COACH,
    });
    otherCoach = added.client;
    const cohort = await admin.ok(`mutation { createCohort(input: { name: "Another cohort" }) { id } }`);
    await admin.ok(
      `mutation($c: ID!, $m: ID!) { addCohortMembers(cohortId: $c, input: { memberIds: [$m], role: COACH }) { id } }`,
      {
        c: cohort.createCohort.id,
        m: added.id,
      },
    );
    foreignAdmin = (await createOrgWorld(app.app, app.url, 'Elsewhere')).admin;
    const session = (await candidate.ok(START_PRACTICE)).startPractice;
    questionId = (await candidate.ok(SHOW, { s: session.id })).showQuestion.id;
  });
  afterAll(async () => {
    await app?.stop();
    await s3?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes the audio in chunks, a retried chunk once, a gap refused with the chunk expected', async () => {
    const started = (await candidate.ok(START, { q: questionId, t: WEBM })).startRecording;
    expect(started).toMatchObject({ part: 1, status: 'RECORDING', mimeType: WEBM, chunkCount: 0, bytes: 0, audioUrl: null });
    first = started;
    answerId = started.answerId;
    // The draft answer exists: the candidate's typed text and the recording belong to one answer.
    expect((await candidate.ok(`query($id: ID!) { answer(id: $id) { status } }`, { id: answerId })).answer.status).toBe('DRAFT');

    const chunks = split(audio, CHUNK);
    expect(chunks.length).toBeGreaterThan(3);
    expect(await upload(candidate, started.id, 0, chunks[0])).toEqual({
      status: 201,
      body: { id: started.id, chunkCount: 1, bytes: chunks[0].length },
    });
    expect((await upload(candidate, started.id, 1, chunks[1])).body.chunkCount).toBe(2);
    // The reply to chunk 1 was lost: the client sends it again.
    expect(await upload(candidate, started.id, 1, chunks[1])).toMatchObject({ status: 201, body: { chunkCount: 2 } });
    const gap = await upload(candidate, started.id, 3, chunks[3]);
    expect(gap.status).toBe(409);
    expect(gap.body.errors[0].extensions).toEqual({ code: 'CONFLICT', reason: 'CHUNK_OUT_OF_ORDER', expectedSeq: 2 });
    for (let seq = 2; seq < chunks.length; seq++)
      expect((await upload(candidate, started.id, seq, chunks[seq])).status).toBe(201);

    const finished = (await candidate.ok(FINISH, { id: started.id, ms: 3200 })).finishRecording;
    expect(finished).toMatchObject({ status: 'COMPLETE', bytes: audio.length, durationMs: 3200 });
    expect(finished.audioUrl).toMatch(new RegExp(`^/recordings/${started.id}/audio\\?token=`));
    // Finishing again (a retry) changes nothing; the chunks were joined into one object and are gone.
    expect((await candidate.ok(FINISH, { id: started.id, ms: 9999 })).finishRecording.durationMs).toBe(3200);
    const [{ storage_key: key }] = await sql(`SELECT storage_key FROM recordings WHERE id = $1`, [started.id]);
    expect(await stored()).toEqual([key]);
    // A chunk after the end is refused.
    expect((await upload(candidate, started.id, chunks.length, chunks[0])).body.errors[0].extensions.reason).toBe(
      'RECORDING_ENDED',
    );
  });

  it('plays the audio back through its link, with Range requests, byte for byte, as a file a player decodes', async () => {
    const [part] = (await candidate.ok(PARTS, { id: answerId })).answer.recordings;
    const whole = await play(part.audioUrl);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe(WEBM);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(bytes.equals(audio)).toBe(true);
    const joined = join(dir, 'joined.webm');
    writeFileSync(joined, bytes);
    expect(() => execFileSync('ffmpeg', ['-v', 'error', '-i', joined, '-f', 'null', '-'])).not.toThrow();

    const ranged = await play(part.audioUrl, { range: 'bytes=100-199' });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 100-199/${audio.length}`);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(audio.subarray(100, 200))).toBe(true);
    const tail = await playAs(candidate, part.id, { range: `bytes=${audio.length - 10}-` });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(audio.subarray(audio.length - 10))).toBe(true);
    const beyond = await playAs(candidate, part.id, { range: `bytes=${audio.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${audio.length}`);
  });

  it('keeps a recording resumed after a reload as the next part, finishing the one left open', async () => {
    const second = await record(audio.subarray(0, CHUNK));
    // Two replicas receive the same retried chunk at once: it is stored once.
    const twice = await Promise.all([0, 1].map(() => upload(candidate, second, 1, audio.subarray(CHUNK, CHUNK * 2))));
    expect(twice.map((r) => [r.status, r.body.chunkCount, r.body.bytes])).toEqual([
      [201, 2, CHUNK * 2],
      [201, 2, CHUNK * 2],
    ]);
    // The page reloads: a new recording starts without the previous one being finished.
    const third = (await candidate.ok(START, { q: questionId, t: WEBM })).startRecording;
    expect(third).toMatchObject({ part: 3, answerId });
    const parts = (await candidate.ok(PARTS, { id: answerId })).answer.recordings;
    expect(parts.map((p: { part: number; status: string }) => [p.part, p.status])).toEqual([
      [1, 'COMPLETE'],
      [2, 'COMPLETE'],
      [3, 'RECORDING'],
    ]);
    expect(parts[1]).toMatchObject({ id: second, bytes: CHUNK * 2, durationMs: null });
    const played = await play(parts[1].audioUrl);
    expect(Buffer.from(await played.arrayBuffer()).equals(audio.subarray(0, CHUNK * 2))).toBe(true);
    // Nothing arrived for part 3: finishing it says so; starting again drops it.
    const empty = await candidate.request(FINISH, { id: third.id, ms: 100 });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RECORDING_EMPTY' });
    const again = (await candidate.ok(START, { q: questionId, t: WEBM })).startRecording;
    expect(again.part).toBe(3);
    expect((await sql(`SELECT count(*)::int AS n FROM recordings WHERE answer_id = $1`, [answerId]))[0].n).toBe(3);
  });

  it('refuses what is not audio, too large or malformed, keeping nothing of it', async () => {
    const before = await stored();
    const { id } = (await candidate.ok(START, { q: questionId, t: WEBM })).startRecording;
    const reason = async (res: Promise<{ status: number; body: Record<string, any> }>) => {
      const { status, body } = await res;
      return [status, body.errors[0].extensions.code, body.errors[0].extensions.reason];
    };
    expect(await reason(upload(candidate, id, 0, Buffer.from('not audio at all, just some text')))).toEqual([
      400,
      'BAD_USER_INPUT',
      'NOT_AUDIO',
    ]);
    expect(await reason(upload(candidate, id, 0, Buffer.alloc(MAX_CHUNK_BYTES + 1, audio.subarray(0, CHUNK))))).toEqual([
      400,
      'BAD_USER_INPUT',
      'CHUNK_TOO_LARGE',
    ]);
    const notMultipart = await fetch(`${app.url}/recordings/${id}/chunks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${candidate.token}`, 'content-type': 'application/json' },
      body: '{"seq":0}',
    });
    expect(notMultipart.status).toBe(400);
    expect(((await notMultipart.json()) as any).errors[0].extensions.reason).toBe('BAD_CHUNK_UPLOAD');
    const noSeq = new FormData();
    noSeq.append('file', new Blob([new Uint8Array(audio.subarray(0, CHUNK))]), 'chunk');
    const missingSeq = await fetch(`${app.url}/recordings/${id}/chunks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${candidate.token}` },
      body: noSeq,
    });
    expect(((await missingSeq.json()) as any).errors[0].extensions.reason).toBe('BAD_CHUNK_UPLOAD');
    // An answer's audio is capped by its question's time limit: the earlier parts already fill it.
    const [{ limit }] = await sql(`SELECT q.time_limit_seconds AS limit FROM session_questions q WHERE q.id = $1`, [questionId]);
    await sql(`UPDATE recordings SET bytes = $2 WHERE id = $1`, [first.id, (limit + 120) * 32 * 1024 - CHUNK * 2 - 100]);
    expect(await reason(upload(candidate, id, 0, audio.subarray(0, CHUNK)))).toEqual([
      400,
      'BAD_USER_INPUT',
      'RECORDING_TOO_LARGE',
    ]);
    await sql(`UPDATE recordings SET bytes = $2 WHERE id = $1`, [first.id, audio.length]);
    // An MP4 recording refuses WebM bytes (starting it drops the empty part above).
    const mp4 = (await candidate.ok(START, { q: questionId, t: 'audio/mp4' })).startRecording;
    expect(await reason(upload(candidate, mp4.id, 0, audio.subarray(0, CHUNK), 'audio/mp4'))).toEqual([
      400,
      'BAD_USER_INPUT',
      'NOT_AUDIO',
    ]);
    expect(await stored()).toEqual(before);
    expect(
      (await sql(`SELECT chunk_count, bytes FROM recordings WHERE id = ANY($1::uuid[])`, [[id, mp4.id]])).map((r: any) => [
        r.chunk_count,
        r.bytes,
      ]),
    ).toEqual([[0, 0]]);
    // Only audio types may be declared; durations are checked against the question.
    const ogg = await candidate.request(START, { q: questionId, t: 'audio/ogg' });
    expect(ogg.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await candidate.errorCode(FINISH, { id: mp4.id, ms: -1 })).toBe('BAD_USER_INPUT');
  });

  it('plays only to the candidate and the staff who may see the answer; nobody else learns it exists', async () => {
    expect((await playAs(coach, first.id)).status).toBe(200);
    expect((await playAs(admin, first.id)).status).toBe(200);
    expect((await coach.ok(PARTS, { id: answerId })).answer.recordings[0].audioUrl).toMatch(/^\/recordings\//);
    for (const stranger of [otherCandidate, otherCoach, foreignAdmin]) {
      const res = await playAs(stranger, first.id);
      expect(res.status).toBe(404);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
      expect(await stranger.errorCode(PARTS, { id: answerId })).toBe('NOT_FOUND');
    }
    // Only the candidate records, and only their own.
    expect((await upload(otherCandidate, first.id, 0, audio.subarray(0, CHUNK))).status).toBe(404);
    expect(await otherCandidate.errorCode(FINISH, { id: first.id, ms: 100 })).toBe('NOT_FOUND');
    expect(await otherCandidate.errorCode(START, { q: questionId, t: WEBM })).toBe('NOT_FOUND');
    expect(await coach.errorCode(START, { q: questionId, t: WEBM })).toBe('FORBIDDEN');
    // A link plays the recording it was made for only, and nothing plays without a credential.
    const parts = (await candidate.ok(PARTS, { id: answerId })).answer.recordings;
    const token = new URL(parts[0].audioUrl, app.url).searchParams.get('token')!;
    expect((await play(`/recordings/${parts[1].id}/audio?token=${token}`)).status).toBe(404);
    expect((await play(`/recordings/${first.id}/audio?token=${candidate.token}`)).status).toBe(404);
    expect((await play(`/recordings/${first.id}/audio`)).status).toBe(401);
  });

  it("deletes audio past the organization's retention period, keeping the rows", async () => {
    const setRetention = `mutation($d: Int) { updateOrganization(input: { recordingRetentionDays: $d }) { recordingRetentionDays } }`;
    expect(await admin.errorCode(setRetention, { d: 0 })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(setRetention, { d: 3651 })).toBe('BAD_USER_INPUT');
    expect(await coach.errorCode(setRetention, { d: 30 })).toBe('FORBIDDEN');
    expect((await admin.ok(setRetention, { d: 30 })).updateOrganization.recordingRetentionDays).toBe(30);
    await sql(`UPDATE recordings SET created_at = now() - interval '31 days' WHERE id = $1`, [first.id]);
    const [{ storage_key: oldKey }] = await sql(`SELECT storage_key FROM recordings WHERE id = $1`, [first.id]);
    const before = await stored();
    expect(before).toContain(oldKey);

    await app.app.get(RecordingRetention).sweep();
    await app.app.get(JobQueue).drain();

    expect(await stored()).toEqual(before.filter((key) => key !== oldKey));
    const parts = (await candidate.ok(PARTS, { id: answerId })).answer.recordings;
    expect(parts[0]).toMatchObject({ part: 1, audioUrl: null, status: 'COMPLETE' });
    expect(parts[0].audioDeletedAt).not.toBeNull();
    expect(parts[1].audioUrl).not.toBeNull();
    expect((await playAs(candidate, first.id)).status).toBe(404);
    expect((await admin.ok(setRetention, { d: null })).updateOrganization.recordingRetentionDays).toBeNull();
  });

  it("lists the recordings in the candidate's export and deletes their audio with their data", async () => {
    const exported = (await (await play('/exports/me.json', { authorization: `Bearer ${candidate.token}` })).json()) as any;
    const answers = exported.sessions.flatMap((s: any) => s.questions.flatMap((q: any) => q.answers));
    const recordings = answers.flatMap((a: any) => a.recordings);
    expect(recordings.map((r: any) => r.part)).toEqual([1, 2, 3]);
    expect(recordings[0]).toMatchObject({ mimeType: WEBM, status: 'COMPLETE', durationMs: 3200 });
    expect(recordings[0].audioDeletedAt).not.toBeNull();
    expect(await stored()).not.toEqual([]);
    // A completed sitting takes no new recording.
    const [{ session_id: sessionId }] = await sql(`SELECT session_id FROM answers WHERE id = $1`, [answerId]);
    await candidate.ok(`mutation($s: ID!) { completeSession(id: $s) { id } }`, { s: sessionId });
    const closed = await candidate.request(START, { q: questionId, t: WEBM });
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_COMPLETED' });

    expect(
      (await admin.ok(`mutation($m: ID!) { deleteCandidateData(memberId: $m) }`, { m: candidateId })).deleteCandidateData,
    ).toBe(true);
    expect(await stored()).toEqual([]);
  });
});
