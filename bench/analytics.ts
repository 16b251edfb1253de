/**
 * The analytics at university scale (the data of bench/analytics-data.ts), asked over HTTP as each role
 * asks, against a floor measured in the same run: the one SQL statement an expert would write for the
 * same numbers over the same tables, through `pg`. Prints median and p95 of both, their ratio, and the
 * scan types of the plans (the floor's, and those of every statement the API ran for one request).
 *
 *   eval "$(scripts/services.sh start)" && npm run bench:analytics     generates the data first if it is missing
 *   npm run bench:analytics -- --generate [--scale 0.1]                 generates it again first
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { IN_MEMORY, loadConfig } from '../apps/api/src/config/config';
import { startApp } from '../apps/api/src/app';
import { DATA_SOURCE } from '../apps/api/src/database/db.service';
import { feedbackVisibleWhere } from '../apps/api/src/sessions/feedback-rule';
import { Role } from '../apps/api/src/common/role';
import { JobQueue } from '../apps/api/src/queue/job-queue';
import { progressStatement } from '../apps/api/src/progress/progress.service';
import { PAIRS } from '../apps/api/src/agreement/agreement.service';
import { competencyKeySql } from '../apps/api/src/readiness/analytics-rules';
import { firstTrendWeek } from '../apps/api/src/readiness/cohort-readiness.service';
import { ReadinessService } from '../apps/api/src/readiness/readiness.service';
import { gql } from './graphql';
import { Stats, stats } from './stats';
import {
  BENCH_DATABASE,
  BENCH_PASSWORD,
  BENCH_TENANTS,
  BenchDatabase,
  BenchTenant,
  postgresServerUrl,
  printReport,
  scaleFromArgs,
} from './analytics-data';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARM_UP = 20;
/** Distinct ids (cohorts, candidates, coaches) per scenario; each iteration takes the next. */
const CASES = 20;

/** The issue's targets on this machine. */
const TARGETS = { cohortDashboardP95Ms: 150, candidateProgressP95Ms: 50, ratio: 2 };
/**
 * A sequential scan of these in any plan is a finding: the issue names answers and evaluations; session
 * questions and sessions are as large, and a question about some cohorts or candidates reads few of them.
 */
const LARGE_TABLES = ['answers', 'evaluations', 'session_questions', 'interview_sessions'];

/** What a scenario may read to choose its cases. */
interface BenchData {
  tenant: BenchTenant;
  organizationId: string;
  sql<R = Record<string, any>>(text: string, params?: unknown[]): Promise<R[]>;
}

interface Case {
  /** Who asks: the e-mail of one of the generated people (all share BENCH_PASSWORD). */
  as: string;
  variables: Record<string, unknown>;
  /** The floor's parameters after $1, the organization. */
  params: unknown[];
}

interface Scenario {
  name: string;
  /** The issue's p95 target for the API, when it sets one. */
  p95TargetMs?: number;
  /** CASES cases, varied (different cohorts, candidates, coaches). */
  cases(data: BenchData): Promise<Case[]>;
  query: string;
  /** One SQL statement; $1 is the organization. */
  floor: string;
  /** Whether API and floor give the same numbers: the first difference, or null. Checked once per case. */
  compare(api: Record<string, any>, floor: Record<string, any>[]): string | null;
}

/** Candidates spread over the cohorts (md5 order is a fixed shuffle). */
const someCandidates = (data: BenchData) =>
  data.sql<{ email: string; id: string }>(
    `SELECT u.email, m.id FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.organization_id = $1 AND m.role = 'CANDIDATE' ORDER BY md5(m.id::text) LIMIT ${CASES}`,
    [data.organizationId],
  );

/** Coaches of different cohorts, each with one candidate of their cohort. */
const someCoaches = (data: BenchData) =>
  data.sql<{ email: string; coach: string; candidate: string }>(
    `SELECT u.email, coach.membership_id AS coach, pupil.membership_id AS candidate
     FROM cohort_members coach
     JOIN memberships m ON m.id = coach.membership_id JOIN users u ON u.id = m.user_id
     CROSS JOIN LATERAL (
       SELECT p.membership_id FROM cohort_members p WHERE p.cohort_id = coach.cohort_id AND p.cohort_role = 'CANDIDATE'
       ORDER BY md5(p.id::text) LIMIT 1
     ) pupil
     WHERE coach.organization_id = $1 AND coach.cohort_role = 'COACH' ORDER BY md5(coach.id::text) LIMIT ${CASES}`,
    [data.organizationId],
  );

/** Cohorts with one of their coaches. */
const someCohorts = (data: BenchData) =>
  data.sql<{ email: string; coach: string; cohort: string }>(
    `SELECT u.email, coach.membership_id AS coach, coach.cohort_id AS cohort
     FROM cohort_members coach JOIN memberships m ON m.id = coach.membership_id JOIN users u ON u.id = m.user_id
     WHERE coach.organization_id = $1 AND coach.cohort_role = 'COACH' ORDER BY md5(coach.id::text) LIMIT ${CASES}`,
    [data.organizationId],
  );

/** Candidate progress over the last twelve weeks, the same instants for every request. */
const PERIOD = { to: new Date(), from: new Date(Date.now() - 12 * 7 * 86_400_000) };

/** A cohort ($2) the coach ($3) coaches. */
const COACHED_COHORT = `SELECT c.id, c.readiness_target, c.developing_threshold FROM cohorts c
  WHERE c.organization_id = $1 AND c.id = $2 AND EXISTS (SELECT 1 FROM cohort_members coach
    WHERE coach.organization_id = $1 AND coach.cohort_id = c.id AND coach.membership_id = $3 AND coach.cohort_role = 'COACH')`;

const SESSION_PAGE = `totalCount nodes { id mode status createdAt completedAt }`;
const SESSION_FLOOR_COLUMNS = `s.id, s.mode, s.status, s.created_at, s.completed_at, count(*) OVER ()::int AS total`;
/** The candidates a coach ($2) coaches, by member id. */
const COACHED = `SELECT pupil.membership_id FROM cohort_members coach
  JOIN cohort_members pupil ON pupil.cohort_id = coach.cohort_id AND pupil.cohort_role = 'CANDIDATE'
  WHERE coach.organization_id = $1 AND coach.membership_id = $2 AND coach.cohort_role = 'COACH'`;

function sameSessionPage(api: Record<string, any>, floor: Record<string, any>[]): string | null {
  const { totalCount, nodes } = api.sessions as { totalCount: number; nodes: { id: string }[] };
  if (totalCount !== (floor[0]?.total ?? 0)) return `totalCount ${totalCount} against ${floor[0]?.total ?? 0}`;
  const ids = nodes.map((n) => n.id).join();
  return ids === floor.map((r) => r.id).join() ? null : `pages differ: ${ids} against ${floor.map((r) => r.id).join()}`;
}

/**
 * What is measured, each with its floor: first the fixed cost of any request (so the ratios of the small
 * queries can be read), then the issue's analytics (the cohort dashboard, the at-risk list, candidate
 * progress, the AI-vs-coach agreement) and the earlier lists. `--only <text>` runs the scenarios whose
 * name contains it.
 */
const SCENARIOS: Scenario[] = [
  {
    name: 'fixed cost: the organization (coach)',
    cases: async (data) => (await someCohorts(data)).map((c) => ({ as: c.email, variables: {}, params: [c.coach] })),
    query: '{ organization { id name } }',
    // What every request reads (the caller's membership, which the guard checks) and the answer, in one statement.
    floor: `SELECT o.id, o.name FROM memberships m JOIN organizations o ON o.id = m.organization_id
      WHERE m.organization_id = $1 AND m.id = $2 AND m.status = 'ACTIVE'`,
    compare: (api, [floor]) => (api.organization.id === floor.id ? null : 'another organization'),
  },
  {
    name: 'cohort dashboard (coach)',
    p95TargetMs: TARGETS.cohortDashboardP95Ms,
    cases: async (data) =>
      (await someCohorts(data)).map((c) => ({
        as: c.email,
        variables: { c: c.cohort },
        params: [c.cohort, c.coach, firstTrendWeek(12)],
      })),
    query: `query($c: ID!) { cohortReadiness(cohortId: $c) {
      candidates averageScore atTarget distribution { level count }
      competencies { competency averageScore candidatesEvaluated candidatesNotPractised firstAverage latestAverage }
      weeklyTrend(weeks: 12) { weekStart averageScore answers activeCandidates }
      completion { rate due completedOfDue assignments { assignmentId assigned completed inProgress overdue } } } }`,
    floor: `WITH cohort AS (${COACHED_COHORT}),
      r AS (SELECT r.score, r.level, r.competencies FROM candidate_readiness r JOIN cohort ON cohort.id = r.cohort_id WHERE r.organization_id = $1),
      pupils AS (
        SELECT cm.membership_id FROM cohort_members cm JOIN cohort ON cohort.id = cm.cohort_id
        JOIN memberships m ON m.id = cm.membership_id AND m.organization_id = $1 AND m.status <> 'DEACTIVATED'
        WHERE cm.organization_id = $1 AND cm.cohort_role = 'CANDIDATE'
      ),
      weeks AS (
        SELECT to_char(date_trunc('week', e.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week, count(*)::int AS answers,
          count(DISTINCT s.membership_id)::int AS active,
          round(avg(coalesce((SELECT rv.overall_score FROM evaluation_reviews rv WHERE rv.evaluation_id = e.id ORDER BY rv.created_at DESC LIMIT 1), e.overall_score)), 1)::float AS average
        FROM pupils p
        JOIN interview_sessions s ON s.organization_id = $1 AND s.membership_id = p.membership_id AND s.created_at >= $4
        JOIN answers a ON a.session_id = s.id AND a.organization_id = $1
        JOIN evaluations e ON e.answer_id = a.id AND e.organization_id = $1
        WHERE e.created_at >= $4 AND (s.mode <> 'REALISTIC' OR s.status = 'COMPLETED')
        GROUP BY 1
      ),
      work AS (
        SELECT a.id, count(*)::int AS assigned, count(*) FILTER (WHERE ac.status = 'COMPLETED')::int AS completed,
          coalesce(a.due_at < now(), false) AS due
        FROM pupils p
        JOIN assignment_candidates ac ON ac.organization_id = $1 AND ac.membership_id = p.membership_id
        JOIN assignments a ON a.id = ac.assignment_id AND a.organization_id = $1 AND (a.cohort_id = $2 OR a.cohort_id IS NULL)
        GROUP BY a.id
      ),
      competencies AS (
        SELECT c->>'competency' AS competency, round(avg((c->>'score')::numeric), 1)::float AS average,
          round(avg((c->>'first')::numeric), 1)::float AS first, round(avg((c->>'latest')::numeric), 1)::float AS latest
        FROM r CROSS JOIN LATERAL jsonb_array_elements(r.competencies) c GROUP BY 1
      )
      SELECT (SELECT count(*)::int FROM r) AS candidates,
        (SELECT round(avg(score), 1)::float FROM r) AS average,
        (SELECT count(*)::int FROM r, cohort WHERE r.score >= cohort.readiness_target) AS at_target,
        (SELECT json_object_agg(level, n) FROM (SELECT level, count(*) AS n FROM r GROUP BY level) l) AS levels,
        (SELECT json_object_agg(competency, json_build_array(average, first, latest)) FROM competencies) AS competencies,
        (SELECT json_object_agg(week, json_build_array(answers, active, average)) FROM weeks) AS weeks,
        (SELECT json_object_agg(id, json_build_array(assigned, completed, due)) FROM work) AS work`,
    compare(api, [floor]) {
      const d = api.cohortReadiness;
      if (d.candidates !== floor.candidates || d.atTarget !== floor.at_target)
        return `candidates ${d.candidates}/${d.atTarget} against ${floor.candidates}/${floor.at_target}`;
      if (Math.abs((d.averageScore ?? 0) - (floor.average ?? 0)) > 0.1)
        return `average ${d.averageScore} against ${floor.average}`;
      for (const { level, count } of d.distribution)
        if (count !== (floor.levels?.[level] ?? 0)) return `${level}: ${count} against ${floor.levels?.[level]}`;
      for (const c of d.competencies) {
        const [average, first, latest] = floor.competencies[c.competency];
        if (c.averageScore !== average || c.firstAverage !== first || c.latestAverage !== latest)
          return `${c.competency} differs`;
      }
      for (const w of d.weeklyTrend) {
        const [answers = 0, , average = null] = floor.weeks?.[w.weekStart] ?? [];
        if (w.answers !== answers || w.averageScore !== average) return `week ${w.weekStart}: ${w.answers} against ${answers}`;
      }
      for (const a of d.completion.assignments) {
        const [assigned, completed] = floor.work[a.assignmentId];
        if (a.assigned !== assigned || a.completed !== completed) return `assignment ${a.assignmentId} differs`;
      }
      return null;
    },
  },
  {
    name: 'at-risk list (coach)',
    cases: async (data) =>
      (await someCohorts(data)).map((c) => ({ as: c.email, variables: { c: c.cohort }, params: [c.cohort, c.coach] })),
    // What the dashboard's at-risk panel shows: who, how ready, why, and their open action items.
    query: `query($c: ID!) { cohortReadiness(cohortId: $c) { atRisk(options: { take: 20 }) { totalCount
      nodes { name email overdueAssignments openActionItems readiness { membershipId score trend } reasons { code } } } } }`,
    floor: `WITH cohort AS (${COACHED_COHORT}),
      judged AS (
        SELECT r.membership_id, r.score, r.trend, coalesce(work.overdue, 0)::int AS overdue, array_remove(ARRAY[
          CASE WHEN r.score < cohort.developing_threshold THEN 'LOW_READINESS' END,
          CASE WHEN r.trend <= -5 THEN 'FALLING' END,
          CASE WHEN work.overdue > 0 THEN 'OVERDUE_ASSIGNMENTS' END,
          CASE WHEN coalesce(r.last_activity_at, m.joined_at, m.created_at) < now() - interval '14 days' THEN 'INACTIVE' END,
          CASE WHEN work.realistic_not_started > 0 THEN 'REALISTIC_NOT_STARTED' END], NULL) AS reasons
        FROM candidate_readiness r JOIN cohort ON cohort.id = r.cohort_id
        JOIN memberships m ON m.id = r.membership_id AND m.organization_id = $1
        LEFT JOIN LATERAL (
          SELECT count(*) FILTER (WHERE ac.status <> 'COMPLETED') AS overdue,
            count(*) FILTER (WHERE ac.status = 'ASSIGNED' AND t.mode = 'REALISTIC') AS realistic_not_started
          FROM assignment_candidates ac
          JOIN assignments a ON a.id = ac.assignment_id AND a.organization_id = $1 AND (a.cohort_id = r.cohort_id OR a.cohort_id IS NULL)
          JOIN interview_templates t ON t.id = a.template_id AND t.organization_id = $1
          WHERE ac.organization_id = $1 AND ac.membership_id = r.membership_id AND a.due_at < now()
        ) work ON TRUE
        WHERE r.organization_id = $1
      )
      SELECT membership_id, score, trend, overdue, reasons, count(*) OVER ()::int AS total, u.name, u.email,
        (SELECT count(*) FROM action_items ai WHERE ai.organization_id = $1 AND ai.membership_id = judged.membership_id AND ai.status = 'OPEN')::int AS open
      FROM judged JOIN memberships m ON m.id = judged.membership_id JOIN users u ON u.id = m.user_id
      WHERE cardinality(reasons) > 0
      ORDER BY cardinality(reasons) DESC, score ASC, membership_id LIMIT 20`,
    compare(api, floor) {
      const list = api.cohortReadiness.atRisk;
      if (list.totalCount !== (floor[0]?.total ?? 0)) return `totalCount ${list.totalCount} against ${floor[0]?.total ?? 0}`;
      const people = list.nodes.map(
        (n: { email: string; readiness: { membershipId: string } }) => n.readiness.membershipId + n.email,
      );
      return people.join() === floor.map((r) => r.membership_id + r.email).join() ? null : `pages differ`;
    },
  },
  {
    name: 'candidate progress (coach)',
    p95TargetMs: TARGETS.candidateProgressP95Ms,
    cases: async (data) =>
      (await someCoaches(data)).map((c) => ({
        as: c.email,
        variables: { m: c.candidate, from: PERIOD.from, to: PERIOD.to },
        params: progressStatement({ role: Role.COACH, membershipId: c.coach }, c.candidate, PERIOD.from, PERIOD.to).params,
      })),
    query: `query($m: ID!, $from: DateTime, $to: DateTime) { candidateProgress(membershipId: $m, from: $from, to: $to) {
      weeks { weekStart answers scoredAnswers overallScore competencies { competency averageScore } criteria { key averageScore }
        averageThinkingSeconds fillersPer100Words withinTimeLimitShare starCompleteness clarifyingQuestionRate sessions confidenceBefore confidenceAfter }
      competencies { competency answers firstScore latestScore } repeatedQuestions { prompt attempts attemptsToScoreWell } } }`,
    // The service's own statement: it is the hand-written SQL (one read of the answers, the access rule inside).
    floor: progressStatement({ role: Role.COACH, membershipId: '' }, '', PERIOD.from, PERIOD.to).text,
    compare(api, [floor]) {
      const progress = api.candidateProgress;
      const answers = progress.weeks.reduce((sum: number, w: { answers: number }) => sum + w.answers, 0);
      const floorAnswers = floor.weeks.reduce((sum: number, w: { answers: number | null }) => sum + (w.answers ?? 0), 0);
      if (answers !== floorAnswers) return `${answers} answers against ${floorAnswers}`;
      if (progress.competencies.length !== floor.first_and_latest.length) return 'competencies differ';
      return progress.repeatedQuestions.length === floor.repeated.length ? null : 'repeated questions differ';
    },
  },
  {
    name: 'AI-vs-coach agreement of a cohort (admin)',
    cases: async (data) =>
      (await someCohorts(data)).map((c) => ({
        as: `admin@${data.tenant.domain}`,
        variables: { c: c.cohort },
        params: ['-infinity', 'infinity', c.cohort],
      })),
    query: `query($c: ID!) { aiAgreement(filter: { cohortId: $c }) { overall { source count exactAgreement quadraticWeightedKappa }
      criteria { source criterionKey count exactAgreement withinOneAgreement meanDifference quadraticWeightedKappa } } }`,
    floor: PAIRS(`p.membership_id IN (SELECT cm.membership_id FROM cohort_members cm
      WHERE cm.organization_id = $1 AND cm.cohort_id = $4 AND cm.cohort_role = 'CANDIDATE')`),
    compare(api, floor) {
      const pairs = api.aiAgreement.overall.reduce((sum: number, s: { count: number }) => sum + s.count, 0);
      const floorPairs = floor.filter((r) => r.key !== null).reduce((sum, r) => sum + r.pairs, 0);
      return pairs === floorPairs ? null : `${pairs} pairs against ${floorPairs}`;
    },
  },
  {
    name: 'AI-vs-coach agreement of the organization (admin)',
    // One report, asked again and again.
    cases: async (data) =>
      Array.from({ length: CASES }, () => ({
        as: `admin@${data.tenant.domain}`,
        variables: {},
        params: ['-infinity', 'infinity'],
      })),
    query: `{ aiAgreement { overall { source count exactAgreement quadraticWeightedKappa }
      criteria { source criterionKey count exactAgreement withinOneAgreement meanDifference quadraticWeightedKappa } } }`,
    floor: PAIRS(null),
    compare(api, floor) {
      const pairs = api.aiAgreement.overall.reduce((sum: number, s: { count: number }) => sum + s.count, 0);
      const floorPairs = floor.filter((r) => r.key !== null).reduce((sum, r) => sum + r.pairs, 0);
      return pairs === floorPairs ? null : `${pairs} pairs against ${floorPairs}`;
    },
  },
  {
    name: 'myCompetencies (candidate)',
    cases: async (data) => (await someCandidates(data)).map((c) => ({ as: c.email, variables: {}, params: [c.id] })),
    query: `{ myCompetencies { competency averageScore answers weak } }`,
    // PracticeGenerator.competencyScores: the 200 latest evaluations the candidate may see, per competency.
    floor: `WITH recent AS (
        SELECT e.overall_score, q.competencies
        FROM interview_sessions s
        JOIN answers a ON a.session_id = s.id
        JOIN evaluations e ON e.answer_id = a.id
        JOIN session_questions q ON q.id = a.session_question_id
        WHERE s.organization_id = $1 AND s.membership_id = $2 AND ${feedbackVisibleWhere({ role: Role.CANDIDATE }, 's')}
        ORDER BY e.created_at DESC
        LIMIT 200
      ), scores AS (
        SELECT c.competency, round(avg(r.overall_score), 1)::float8 AS average, count(*)::int AS answers
        FROM recent r CROSS JOIN LATERAL (SELECT DISTINCT ${competencyKeySql('x')} AS competency FROM unnest(r.competencies) x) c
        GROUP BY c.competency
      )
      SELECT competency, average, answers, row_number() OVER (ORDER BY average, competency) <= ceil(count(*) OVER () / 2.0) AS weak
      FROM scores ORDER BY average, competency`,
    compare(api, floor) {
      const mine = api.myCompetencies as { competency: string; averageScore: number; answers: number; weak: boolean }[];
      if (mine.length !== floor.length) return `${mine.length} competencies against ${floor.length}`;
      const differs = mine.findIndex(
        (c, i) =>
          c.competency !== floor[i].competency ||
          Math.abs(c.averageScore - floor[i].average) > 0.1 ||
          c.answers !== floor[i].answers ||
          c.weak !== floor[i].weak,
      );
      return differs < 0 ? null : `${JSON.stringify(mine[differs])} against ${JSON.stringify(floor[differs])}`;
    },
  },
  {
    name: 'sessions of a cohort (coach)',
    cases: async (data) => (await someCoaches(data)).map((c) => ({ as: c.email, variables: {}, params: [c.coach] })),
    query: `{ sessions(options: { take: 20 }) { ${SESSION_PAGE} } }`,
    floor: `SELECT ${SESSION_FLOOR_COLUMNS} FROM interview_sessions s
      WHERE s.organization_id = $1 AND s.membership_id IN (${COACHED})
      ORDER BY s.created_at DESC, s.id DESC LIMIT 20`,
    compare: sameSessionPage,
  },
  {
    name: "a candidate's sessions (coach)",
    cases: async (data) =>
      (await someCoaches(data)).map((c) => ({
        as: c.email,
        variables: { candidateId: c.candidate },
        params: [c.coach, c.candidate],
      })),
    query: `query($candidateId: ID) { sessions(options: { take: 20, filter: { candidateId: $candidateId } }) { ${SESSION_PAGE} } }`,
    floor: `SELECT ${SESSION_FLOOR_COLUMNS} FROM interview_sessions s
      WHERE s.organization_id = $1 AND s.membership_id = $3 AND s.membership_id IN (${COACHED})
      ORDER BY s.created_at DESC, s.id DESC LIMIT 20`,
    compare: sameSessionPage,
  },
];

const ms = (n: number) => `${n.toFixed(1)} ms`;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** The scans of a plan ("Index Scan on answers (IDX_...)"), and whether one reads a large table sequentially. */
function scans(node: PlanNode, found: string[] = []): string[] {
  if (node['Relation Name']) {
    const seq = node['Node Type'] === 'Seq Scan' && LARGE_TABLES.includes(node['Relation Name']);
    found.push(
      `${seq ? '!! ' : ''}${node['Node Type']} on ${node['Relation Name']}${node['Index Name'] ? ` (${node['Index Name']})` : ''}`,
    );
  }
  for (const child of node.Plans ?? []) scans(child, found);
  return found;
}

async function explain(client: Client, text: string, values: unknown[]): Promise<string> {
  const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode; JIT?: unknown }] }>(
    `EXPLAIN (FORMAT JSON) ${text}`,
    values,
  );
  const [{ Plan, JIT }] = rows[0]['QUERY PLAN'];
  return [...new Set(scans(Plan))].join(', ') + (JIT ? ' [JIT]' : '');
}

interface Result {
  name: string;
  api: Stats;
  floor: Stats;
  p95TargetMs?: number;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const database = new BenchDatabase(postgresServerUrl(), process.env.BENCH_DATABASE ?? BENCH_DATABASE);
  let note = await database.generated();
  if (!note || args.includes('--generate')) {
    console.log(`Generating the data into ${database.name} first (npm run bench:generate does only this)`);
    printReport(await database.generate(scaleFromArgs(args)));
    note = await database.generated();
  }
  console.log(`Data: ${database.name} (${note})`);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    DATABASE_URL: database.url,
    DATA_DIR: IN_MEMORY,
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
  });
  const app = await startApp(config);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    // Readiness is stored by jobs; data written straight into the tables has none until it is rebuilt.
    await app.app.get(JobQueue).drain();
    const [{ missing }] = (
      await client.query(`SELECT count(*)::int AS missing FROM cohort_members cm WHERE cm.cohort_role = 'CANDIDATE'
        AND NOT EXISTS (SELECT 1 FROM candidate_readiness r WHERE r.cohort_id = cm.cohort_id AND r.membership_id = cm.membership_id)`)
    ).rows;
    if (missing > 0) {
      const started = performance.now();
      const candidates = await app.app.get(ReadinessService).rebuild();
      console.log(`Readiness rebuilt for ${candidates} candidates in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const tenant = BENCH_TENANTS[0];
    const [{ id: organizationId }] = (await client.query('SELECT id FROM organizations WHERE slug = $1', [tenant.slug])).rows;
    const data: BenchData = {
      tenant,
      organizationId,
      sql: async (text, params) => (await client.query(text, params)).rows,
    };
    const tokens = new Map<string, string>();
    const tokenOf = async (email: string): Promise<string> => {
      let token = tokens.get(email);
      if (!token) {
        const reply = await gql(app.url, undefined, `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, {
          i: { email, password: BENCH_PASSWORD },
        });
        token = reply.signIn.accessToken as string;
        tokens.set(email, token);
      }
      return token;
    };
    // Every statement the API runs goes through the data source's logger: recorded while `recording`.
    const dataSource = app.app.get<DataSource>(DATA_SOURCE);
    const recorded: { text: string; values: unknown[] }[] = [];
    let recording = false;
    const logQuery = dataSource.logger.logQuery.bind(dataSource.logger);
    dataSource.logger.logQuery = (text, values, runner) => {
      if (recording) recorded.push({ text, values: Array.isArray(values) ? values : [] });
      logQuery(text, values, runner);
    };

    console.log(
      `${tenant.name}, ${ITERATIONS} requests per scenario after ${WARM_UP} warm-up, over ${CASES} different ids, API and floor interleaved.`,
    );
    console.log(
      `Targets: cohort dashboard p95 < ${TARGETS.cohortDashboardP95Ms} ms, candidate progress p95 < ${TARGETS.candidateProgressP95Ms} ms, ` +
        `API/floor < ${TARGETS.ratio}x, no Seq Scan on ${LARGE_TABLES.join(', ')} ("!!" marks one).`,
    );
    const results: Result[] = [];
    const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';
    for (const [index, scenario] of SCENARIOS.entries()) {
      if (!scenario.name.includes(only)) continue;
      const cases = await scenario.cases(data);
      if (!cases.length) throw new Error(`${scenario.name}: no cases in the data`);
      const floorStatement = { name: `floor_${index}`, text: scenario.floor };
      const ask = async (c: Case) => gql(app.url, await tokenOf(c.as), scenario.query, c.variables);
      const floor = async (c: Case) => (await client.query({ ...floorStatement, values: [organizationId, ...c.params] })).rows;

      for (const [i, c] of cases.entries()) {
        const difference = scenario.compare(await ask(c), await floor(c));
        if (difference) throw new Error(`${scenario.name}: the API and the floor disagree (case ${i}): ${difference}`);
      }
      recording = true;
      await ask(cases[0]);
      recording = false;
      const statements = recorded.splice(0);

      const api: number[] = [];
      const floors: number[] = [];
      for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
        const c = cases[i % cases.length];
        const token = await tokenOf(c.as);
        let started = performance.now();
        await gql(app.url, token, scenario.query, c.variables);
        const apiTook = performance.now() - started;
        started = performance.now();
        await floor(c);
        const floorTook = performance.now() - started;
        if (i >= WARM_UP) {
          api.push(apiTook);
          floors.push(floorTook);
        }
      }
      const result: Result = { name: scenario.name, api: stats(api), floor: stats(floors), p95TargetMs: scenario.p95TargetMs };
      results.push(result);
      const target = result.p95TargetMs
        ? ` (target < ${result.p95TargetMs} ms: ${result.api.p95 < result.p95TargetMs ? 'met' : 'MISSED'})`
        : '';
      console.log(`\n${scenario.name}: same numbers as the floor on all ${cases.length} cases`);
      console.log(`  API    median ${ms(result.api.median)}, p95 ${ms(result.api.p95)}${target}`);
      console.log(`  floor  median ${ms(result.floor.median)}, p95 ${ms(result.floor.p95)}`);
      const ratio = result.api.median / result.floor.median;
      console.log(
        `  ratio  ${ratio.toFixed(1)}x median, ${(result.api.p95 / result.floor.p95).toFixed(1)}x p95 ` +
          `(target < ${TARGETS.ratio}x: ${ratio < TARGETS.ratio ? 'met' : 'MISSED'})`,
      );
      console.log(`  floor plan: ${await explain(client, scenario.floor, [organizationId, ...cases[0].params])}`);
      console.log(`  API ran ${statements.length} statements for one request:`);
      for (const s of statements) {
        if (/^\s*(SELECT|WITH)\b/i.test(s.text)) console.log(`    ${await explain(client, s.text, s.values)}`);
      }
    }
    console.log('\n| scenario | API median / p95 | floor median / p95 | ratio (median) |');
    console.log('| --- | --- | --- | --- |');
    for (const r of results) {
      console.log(
        `| ${r.name} | ${ms(r.api.median)} / ${ms(r.api.p95)} | ${ms(r.floor.median)} / ${ms(r.floor.p95)} | ${(r.api.median / r.floor.median).toFixed(1)}x |`,
      );
    }
  } finally {
    await client.end();
    await app.close();
  }
  process.exit(0);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
