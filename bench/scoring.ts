/**
 * Submit-to-evaluation latency of the scoring pipeline, against a floor measured in the same run: the
 * same rows written by hand-written SQL in one transaction. Then the analyzer's answers per second.
 *
 *   npm run bench:scoring                       embedded PGlite + in-process queue
 *   eval "$(scripts/services.sh start)" && npm run bench:scoring    adds PostgreSQL + Redis (BullMQ)
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { analyzeAnswer, DEFAULT_RUBRIC } from '@mockint/scoring-core';
import { IN_MEMORY, loadConfig } from '../apps/api/src/config/config';
import { startApp } from '../apps/api/src/app';
import { DATA_SOURCE } from '../apps/api/src/database/db.service';
import { ScoringEvents } from '../apps/api/src/scoring/scoring-events';
import { gql } from './graphql';
import { Stats, stats } from './stats';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARM_UP = 20;
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 5);
const ANSWER =
  'When our nightly import started failing, I took ownership: I traced it to a schema change upstream, wrote a ' +
  'validation step that rejected bad files with a clear report, and agreed a contract test with the other team. ' +
  'Failures dropped from three a week to none in two months, and on-call pages fell by 40%.';

const ms = (n: number) => `${n.toFixed(2)} ms`;

const signIn = async (url: string, email: string) =>
  (
    await gql(url, undefined, `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, {
      i: { email, password: 'demo1234' },
    })
  ).signIn.accessToken as string;

/** A fresh database on the server of DATABASE_URL, so runs never mix. */
async function freshDatabase(base: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `mockint_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function runtime(label: string, env: Record<string, string>): Promise<{ pipeline: Stats; floor: Stats }> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    JOBS_IN_API: 'true',
    DATA_DIR: IN_MEMORY,
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    ...env,
  });
  const app = await startApp(config);
  try {
    const admin = await signIn(app.url, 'admin@demo.test');
    const setup = await gql(
      app.url,
      admin,
      `{ questions(options: { take: 2, filter: { type: BEHAVIORAL } }) { nodes { id } } members(options: { filter: { search: "candidate1" } }) { nodes { id } } }`,
    );
    const template = await gql(
      app.url,
      admin,
      `mutation($q: ID!, $f: ID!) { createTemplate(input: { name: "Bench", mode: PRACTICE, items: [{ questionId: $q }, { questionId: $f }] }) { id } }`,
      { q: setup.questions.nodes[0].id, f: setup.questions.nodes[1].id },
    );
    const assignment = await gql(
      app.url,
      admin,
      `mutation($t: ID!, $c: [ID!]) { createAssignment(input: { templateId: $t, candidateIds: $c }) { id } }`,
      {
        t: template.createTemplate.id,
        c: [setup.members.nodes[0].id],
      },
    );
    const candidate = await signIn(app.url, 'candidate1@demo.test');
    const session = await gql(app.url, candidate, `mutation($a: ID!) { startSession(input: { assignmentId: $a }) { id } }`, {
      a: assignment.createAssignment.id,
    });
    // The pipeline answers the first question; the floor writes its rows for the second.
    const [questionId, floorQuestionId] = await Promise.all(
      [0, 1].map(
        async (position) =>
          (
            await gql(app.url, candidate, `mutation($s: ID!, $p: Int!) { showQuestion(sessionId: $s, position: $p) { id } }`, {
              s: session.startSession.id,
              p: position,
            })
          ).showQuestion.id as string,
      ),
    );

    const events = app.app.get(ScoringEvents);
    const dataSource = app.app.get<DataSource>(DATA_SOURCE);
    const writeFloor = await floorWriter(dataSource, floorQuestionId);
    const pipeline: number[] = [];
    const floor: number[] = [];
    // Interleaved, so that both see the same machine (this one is noisy), each after a pause that lets
    // the work before it settle (BullMQ completes a job after its evaluation is stored).
    for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
      await sleep(SETTLE_MS);
      const started = performance.now();
      const submitted = await gql(
        app.url,
        candidate,
        `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id } }`,
        { q: questionId, t: ANSWER },
      );
      const answerId = submitted.submitAnswer.id as string;
      // Resolves at once if the evaluation is already stored, else on the scored event.
      const stored = async () =>
        (await dataSource.query('SELECT 1 FROM evaluations WHERE answer_id = $1', [answerId])).length > 0;
      await events.until(answerId, stored, Boolean).next();
      const took = performance.now() - started;
      await sleep(SETTLE_MS);
      const floorTook = await writeFloor(i + 1);
      if (i >= WARM_UP) {
        pipeline.push(took);
        floor.push(floorTook);
      }
    }
    const result = { pipeline: stats(pipeline), floor: stats(floor) };
    console.log(
      `${label.padEnd(28)} submit->evaluation median ${ms(result.pipeline.median)}, p95 ${ms(result.pipeline.p95)} | ` +
        `SQL floor median ${ms(result.floor.median)}, p95 ${ms(result.floor.p95)} | ratio ${(result.pipeline.median / result.floor.median).toFixed(1)}x`,
    );
    return result;
  } finally {
    await app.close();
  }
}

/** Writes the rows one scored answer leaves, by hand in one transaction, and returns how long that took. */
async function floorWriter(ds: DataSource, questionId: string): Promise<(attempt: number) => Promise<number>> {
  const [{ organization_id: org, session_id: sessionId }] = await ds.query(
    'SELECT organization_id, session_id FROM session_questions WHERE id = $1',
    [questionId],
  );
  const [{ rubric_version_id: versionId }] = await ds.query('SELECT rubric_version_id FROM interview_sessions WHERE id = $1', [
    sessionId,
  ]);
  const analysis = analyzeAnswer({ prompt: 'Tell me about a time you fixed something' }, { text: ANSWER });
  return async (attempt) => {
    const runner = ds.createQueryRunner();
    await runner.connect();
    const started = performance.now();
    await runner.startTransaction();
    const [{ id }] = await runner.query(
      `INSERT INTO answers (organization_id, session_id, session_question_id, attempt, text, status, started_at, submitted_at, thinking_seconds, over_time)
       VALUES ($1, $2, $3, $4, $5, 'SUBMITTED', now(), now(), 3, false) RETURNING id`,
      [org, sessionId, questionId, attempt, ANSWER],
    );
    await runner.query('INSERT INTO scoring_outbox (answer_id, organization_id) VALUES ($1, $2)', [id, org]);
    await runner.query(
      `INSERT INTO evaluations (organization_id, answer_id, rubric_version_id, source, overall_score, criteria, metrics, red_flags, feedback, action_items, follow_up_question)
       VALUES ($1, $2, $3, 'ANALYZER', $4, $5, $6, $7, $8, $9, $10)`,
      [
        org,
        id,
        versionId,
        analysis.overallScore,
        JSON.stringify(analysis.criteria),
        JSON.stringify(analysis.metrics),
        JSON.stringify(analysis.redFlags),
        JSON.stringify(analysis.feedback),
        JSON.stringify(analysis.actionItems),
        analysis.followUpQuestion,
      ],
    );
    await runner.query(`UPDATE answers SET status = 'SCORED' WHERE id = $1`, [id]);
    await runner.query('DELETE FROM scoring_outbox WHERE answer_id = $1', [id]);
    await runner.commitTransaction();
    const took = performance.now() - started;
    await runner.release();
    return took;
  };
}

function analyzerThroughput(): number {
  const question = {
    prompt: 'Tell me about a time you fixed something that was failing.',
    type: 'BEHAVIORAL' as const,
    talkingPoints: ['impact', 'ownership'],
  };
  const answers = [ANSWER, `${ANSWER} ${ANSWER}`, 'Um, I think we basically, like, fixed it together and it was fine I guess.'];
  let count = 0;
  const until = performance.now() + 3000;
  while (performance.now() < until) {
    analyzeAnswer(question, { text: answers[count % answers.length] }, DEFAULT_RUBRIC);
    count++;
  }
  return count / 3;
}

async function main(): Promise<void> {
  console.log(`Scoring pipeline, ${ITERATIONS} answers after ${WARM_UP} warm-up, one at a time (Node ${process.version})`);
  await runtime('embedded (PGlite, in-process)', {});
  if (process.env.DATABASE_URL && process.env.REDIS_URL) {
    const db = await freshDatabase(process.env.DATABASE_URL);
    try {
      await runtime('PostgreSQL + Redis (BullMQ)', { DATABASE_URL: db.url, REDIS_URL: process.env.REDIS_URL });
    } finally {
      await db.drop();
    }
  } else {
    console.log('(set DATABASE_URL and REDIS_URL, e.g. via scripts/services.sh, to measure PostgreSQL + Redis too)');
  }
  console.log(`Analyzer: ${Math.round(analyzerThroughput())} answers/s on one core`);
  process.exit(0);
}

void main();
