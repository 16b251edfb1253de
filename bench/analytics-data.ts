/**
 * University-scale data for the analytics benchmark (bench/analytics.ts): two tenants of the same size,
 * each with 10,000 candidates in 100 cohorts, 200 coaches, 2,000 questions and 500,000 scored answers
 * over the past year, one evaluation per answer and a tenth of them reviewed by a coach of the cohort.
 * PostgreSQL writes the rows itself (INSERT ... SELECT over generate_series, through temporary tables),
 * so nothing goes row by row through Node or the API. Ids are derived from the tenant and a row number,
 * so every statement can compute the ids it refers to without joining.
 *
 *   eval "$(scripts/services.sh start)" && npm run bench:generate            fills mockint_bench_analytics
 *   npm run bench:generate -- --fresh --scale 0.1                           drops it first; a tenth of the size
 */
import { insertAgreementPairsSql } from '../apps/api/src/agreement/agreement-pair.entity';
import 'reflect-metadata';
import { Client } from 'pg';
import { IN_MEMORY } from '../apps/api/src/config/config';
import { migrate, openDatabase } from '../apps/api/src/database/data-source';
import { Db } from '../apps/api/src/database/db.service';
import { hashPassword } from '../apps/api/src/auth/secrets';
import { OrganizationsService } from '../apps/api/src/organizations/organizations.service';
import { RubricsService } from '../apps/api/src/rubrics/rubrics.service';
import type { RubricCriterion } from '../apps/api/src/rubrics/rubric-version.entity';
import { callsForClarifyingQuestionSql } from '../apps/api/src/readiness/analytics-rules';

export interface Scale {
  /** Per tenant; a multiple of `cohorts` (every cohort has the same number of candidates). */
  candidates: number;
  cohorts: number;
  coachesPerCohort: number;
  /** Per tenant; a multiple of 20 (the question types cycle every 20). */
  questions: number;
  /** Per tenant; each has one evaluation. */
  answers: number;
  assignmentsPerCohort: number;
}

export const FULL_SCALE: Scale = {
  candidates: 10_000,
  cohorts: 100,
  coachesPerCohort: 2,
  questions: 2_000,
  answers: 500_000,
  assignmentsPerCohort: 6,
};

/** FULL_SCALE times `factor` (0.1 is a tenth: quick to generate while changing the benchmark). */
export function scaled(factor: number): Scale {
  if (!(factor > 0 && factor <= 1)) throw new Error('The scale is a number in (0, 1]');
  const cohorts = Math.max(1, Math.round(FULL_SCALE.cohorts * factor));
  return {
    ...FULL_SCALE,
    cohorts,
    candidates: cohorts * (FULL_SCALE.candidates / FULL_SCALE.cohorts),
    questions: Math.max(100, Math.round((FULL_SCALE.questions * factor) / 20) * 20),
    answers: Math.round(FULL_SCALE.answers * factor),
  };
}

export interface BenchTenant {
  slug: string;
  name: string;
  /** E-mail domain of its people: admin@, coach<n>@, candidate<n>@. */
  domain: string;
  /** setseed() value, so that a run writes the same data. */
  seed: number;
}

export const BENCH_TENANTS: readonly BenchTenant[] = [
  { slug: 'bench-university-a', name: 'Bench University A', domain: 'univ-a.bench.test', seed: 0.11 },
  { slug: 'bench-university-b', name: 'Bench University B', domain: 'univ-b.bench.test', seed: 0.22 },
];

/** Everyone's password (one argon2 hash shared by all generated people). */
export const BENCH_PASSWORD = 'bench1234';

export const benchEmail = (tenant: BenchTenant, kind: 'admin' | 'coach' | 'candidate', n = 1): string =>
  `${kind === 'admin' ? 'admin' : `${kind}${n}`}@${tenant.domain}`;

/** The database the benchmark uses on the server of DATABASE_URL, unless BENCH_DATABASE names another. */
export const BENCH_DATABASE = 'mockint_bench_analytics';

const COMPETENCIES = [
  'Communication',
  'Leadership',
  'Teamwork',
  'Ownership',
  'Conflict resolution',
  'Problem solving',
  'System design',
  'Data structures',
  'Algorithms',
  'Product sense',
  'Estimation',
  'Stakeholder management',
];

/** Question types by question number modulo 20: 40% behavioral, 15% technical, 15% system design... */
const TYPE_CYCLE = [
  ...Array<string>(8).fill('BEHAVIORAL'),
  ...Array<string>(3).fill('TECHNICAL'),
  ...Array<string>(3).fill('SYSTEM_DESIGN'),
  ...Array<string>(2).fill('CODING'),
  ...Array<string>(2).fill('CASE'),
  ...Array<string>(2).fill('SITUATIONAL'),
];
/** Residues of TYPE_CYCLE that are a system design and a case question (fixed items of realistic templates). */
const SYSTEM_DESIGN_RESIDUE = 12;
const CASE_RESIDUE = 16;

interface QuestionKind {
  /** Competencies it probes (1-based indexes into COMPETENCIES); a question takes two. */
  competencies: number[];
  prompts: string[];
  talkingPoints: string[];
  timeLimitSeconds: number;
}

const KINDS: Record<string, QuestionKind> = {
  BEHAVIORAL: {
    competencies: [1, 2, 3, 4, 5, 12],
    prompts: [
      'Tell me about a time you disagreed with your manager.',
      'Describe a project that failed and what you learned.',
      'Tell me about a time you led without authority.',
      'Describe the hardest feedback you have received.',
    ],
    talkingPoints: ['Situation and task in two sentences', 'What you did yourself', 'A measured result'],
    timeLimitSeconds: 180,
  },
  SITUATIONAL: {
    competencies: [5, 12, 2, 1],
    prompts: [
      'A teammate misses every deadline. What do you do?',
      'Two stakeholders want opposite things by Friday. How do you decide?',
    ],
    talkingPoints: ['Understand both sides', 'A concrete first step', 'How you would follow up'],
    timeLimitSeconds: 180,
  },
  TECHNICAL: {
    competencies: [6, 8, 9, 1],
    prompts: ['Explain how an index speeds up a query.', 'What happens when you type a URL into a browser?'],
    talkingPoints: ['Correct core concept', 'An example from practice', 'Trade-offs'],
    timeLimitSeconds: 240,
  },
  CODING: {
    competencies: [9, 8, 6],
    prompts: ['Find the first duplicate in an array.', 'Merge overlapping intervals.'],
    talkingPoints: ['Clarify inputs and edge cases', 'Time and space complexity', 'How you would test it'],
    timeLimitSeconds: 420,
  },
  SYSTEM_DESIGN: {
    competencies: [7, 6, 11, 1],
    prompts: ['Design a URL shortener.', 'Design the notification service of a chat app.'],
    talkingPoints: ['Clarify the requirements and scale', 'Components and data flow', 'Trade-offs and bottlenecks'],
    timeLimitSeconds: 600,
  },
  CASE: {
    competencies: [10, 11, 6, 12],
    prompts: ['How many electric scooters does Paris need?', 'Sign-ups fell 20% last week. What do you look at?'],
    talkingPoints: ['Clarify the goal', 'Structure the problem', 'Quantify and conclude'],
    timeLimitSeconds: 420,
  },
};

const COMPANIES = [
  'Acme Cloud',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Stark Logistics',
  'Wayne Fintech',
  'Hooli',
  'Soylent Foods',
  'Tyrell Robotics',
  'Cyberdyne Security',
];
const FIRST_NAMES = ['Ada', 'Ben', 'Chloe', 'Diego', 'Emma', 'Farid', 'Grace', 'Hugo', 'Iris', 'Jonas', 'Kira', 'Liam'];
const LAST_NAMES = ['Nguyen', 'Okafor', 'Patel', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga', 'Weber', 'Xu', 'Young'];
const ANSWER_TEXTS = [
  'In my internship our nightly import kept failing. I traced it to a schema change upstream, added a validation step that rejected bad files with a clear report, and agreed a contract test with the other team. Failures went from three a week to none in two months.',
  'We had two weeks to ship the sign-up flow and the designer and I disagreed on the number of steps. I suggested we test both with five users each. The shorter flow won, we shipped it on time and completion rose by 18%.',
  'I would start by clarifying the scale: how many links a day, how long they live, and whether analytics matter. Then a write path that hashes to a short key in a key-value store, a read path behind a cache, and a queue for click counts. The trade-off is consistency of the counts against latency of redirects.',
  'Um, so I think I would probably look at the data first, like, the sign-ups by channel and by day. Then I would, you know, check whether anything changed in the product that week.',
  'As team lead for the capstone project I noticed one teammate was quiet in meetings and behind on his tasks. I asked him for a coffee, learned he was stuck on the build, paired with him for an afternoon and moved our stand-up to written updates. He caught up within the week and we delivered the demo on time.',
];
const SCORE_WORDS = ['missing', 'thin', 'adequate', 'strong', 'excellent'];

/** A SQL string literal (for the constants above; never for input). */
const lit = (text: string): string => `'${text.replace(/'/g, "''")}'`;
const textArray = (items: readonly string[]): string => `ARRAY[${items.map(lit).join(', ')}]::text[]`;

/** `t` (0 = a year ago, 1 = now) as a timestamp, and back. */
const at = (t: string): string => `(now() - interval '365 days' + (${t}) * interval '365 days')`;
const fraction = (ts: string): string => `(1 + extract(epoch FROM (${ts}) - now()) / 31536000)`;

export interface GenerationReport {
  seconds: number;
  tenants: { tenant: BenchTenant; organizationId: string }[];
  /** Both tenants: rows, and bytes with indexes and TOAST. */
  tables: { table: string; rows: number; bytes: number }[];
}

/**
 * Fills the PostgreSQL database at `databaseUrl` (migrated here through the project's own migration code)
 * with BENCH_TENANTS at `scale`, a transaction per tenant, then checks every foreign key and runs VACUUM
 * ANALYZE. Refuses a database that already holds them.
 */
export async function generateAnalyticsData(
  databaseUrl: string,
  scale: Scale = FULL_SCALE,
  log: (line: string) => void = console.log,
): Promise<GenerationReport> {
  if (scale.candidates % scale.cohorts || scale.questions % 20)
    throw new Error('Candidates per cohort and questions / 20 must be whole');
  const started = performance.now();
  const database = await openDatabase({ databaseUrl, dataDir: IN_MEMORY });
  try {
    await migrate(database);
    const db = new Db(database.dataSource, database);
    const [{ taken }] = await db.manager.query('SELECT count(*)::int AS taken FROM organizations WHERE slug = ANY($1)', [
      BENCH_TENANTS.map((t) => t.slug),
    ]);
    if (taken) throw new Error('This database already holds the benchmark tenants (generate into a fresh one: --fresh)');
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    // One transaction per tenant, side by side (two cores). A failure leaves the database partial:
    // BenchDatabase.generate always starts from a fresh one.
    const loads = await Promise.allSettled(
      BENCH_TENANTS.map((tenant) =>
        db.transaction(async () => {
          await prepareSession(db);
          return { tenant, organizationId: await new TenantLoad(db, tenant, scale, passwordHash, log).run() };
        }),
      ),
    );
    const failed = loads.find((l) => l.status === 'rejected');
    if (failed) throw failed.reason;
    const tenants = loads.map((l) => (l as PromiseFulfilledResult<GenerationReport['tenants'][number]>).value);
    const checked = performance.now();
    await checkForeignKeys(db);
    log(`  foreign keys checked ${seconds(checked)}`);
    // VACUUM sets the visibility map as on a long-lived database (index-only scans skip the heap); ANALYZE gives the planner statistics.
    const vacuumed = performance.now();
    await db.manager.query('VACUUM ANALYZE');
    log(`  VACUUM ANALYZE ${seconds(vacuumed)}`);
    const tables = [];
    for (const table of COUNTED_TABLES) {
      const [{ rows, bytes }] = await db.manager.query(
        `SELECT count(*)::int AS rows, pg_total_relation_size('${table}')::float8 AS bytes FROM ${table}`,
      );
      tables.push({ table, rows, bytes });
    }
    return { seconds: (performance.now() - started) / 1000, tenants, tables };
  } finally {
    await database.close();
  }
}

const COUNTED_TABLES = [
  'users',
  'memberships',
  'cohorts',
  'cohort_members',
  'questions',
  'interview_templates',
  'assignments',
  'assignment_candidates',
  'interview_sessions',
  'session_questions',
  'answers',
  'evaluations',
  'evaluation_reviews',
  'agreement_pairs',
];

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Session settings for a bulk load, and the two helpers every statement uses (temporary: gone at
 * disconnect). As a superuser the foreign-key triggers are off, as in pg_restore --disable-triggers:
 * checking row by row is a third of the load; checkForeignKeys checks the same set-based at the end.
 */
async function prepareSession(db: Db): Promise<void> {
  const [{ superuser }] = await db.manager.query('SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user');
  for (const statement of [
    // Before the first temporary table of the session: keeps the working tables in memory.
    `SET LOCAL temp_buffers = '1GB'`,
    `SET LOCAL work_mem = '256MB'`,
    `SET LOCAL synchronous_commit = off`,
    // Compiling the long generating expressions takes longer than running them.
    `SET LOCAL jit = off`,
    ...(superuser ? [`SET LOCAL session_replication_role = replica`] : []),
    // A v4-shaped uuid from the tenant, a kind and a number: any statement can name any row.
    `CREATE FUNCTION pg_temp.bid(tenant text, kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
       $$ SELECT overlay(overlay(md5(tenant || '/' || kind || '/' || n) placing '4' from 13) placing '8' from 17)::uuid $$`,
    // A fixed pseudo-random number in [0, 1) per key and number: traits that must not change between statements.
    `CREATE FUNCTION pg_temp.h(key text, n bigint) RETURNS float8 LANGUAGE sql IMMUTABLE AS
       $$ SELECT ('x' || substr(md5(key || '/' || n), 1, 8))::bit(32)::bigint / 4294967296.0 $$`,
  ]) {
    await db.manager.query(statement);
  }
}

/** Every foreign key of the schema, checked with one anti-join each: throws on the first row that breaks one. */
async function checkForeignKeys(db: Db): Promise<void> {
  const keys: { child: string; parent: string; columns: string[]; keys: string[] }[] = await db.manager.query(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
       array_agg(a.attname::text ORDER BY k.i) AS columns, array_agg(p.attname::text ORDER BY k.i) AS keys
     FROM pg_constraint c
     CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(child_column, parent_column, i)
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.child_column
     JOIN pg_attribute p ON p.attrelid = c.confrelid AND p.attnum = k.parent_column
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
     GROUP BY c.oid, c.conrelid, c.confrelid`,
  );
  for (const { child, parent, columns, keys: parentKeys } of keys) {
    // MATCH SIMPLE: a row with a null in the key refers to nothing.
    const [{ broken }] = await db.manager.query(
      `SELECT count(*)::int AS broken FROM ${child} x WHERE ${columns.map((c) => `x."${c}" IS NOT NULL`).join(' AND ')}
         AND NOT EXISTS (SELECT 1 FROM ${parent} p WHERE ${columns.map((c, i) => `p."${parentKeys[i]}" = x."${c}"`).join(' AND ')})`,
    );
    if (broken) throw new Error(`${broken} rows of ${child} (${columns.join(', ')}) name no ${parent}: the generator is wrong`);
  }
}

/** One tenant's rows, statement by statement. */
class TenantLoad {
  private organizationId = '';
  private rubricVersionId = '';
  private criteria: RubricCriterion[] = [];
  /** The temporary tables the load works through, dropped before the next tenant's. */
  private readonly workTables: string[] = [];

  constructor(
    private readonly db: Db,
    private readonly tenant: BenchTenant,
    private readonly scale: Scale,
    private readonly passwordHash: string,
    private readonly log: (line: string) => void,
  ) {}

  /** The id of row `n` of `kind` in this tenant (SQL). */
  private id(kind: string, n: string): string {
    return this.idOf(lit(kind), n);
  }

  /** The same, with the kind a SQL expression. */
  private idOf(kind: string, n: string): string {
    return `pg_temp.bid(${lit(this.tenant.slug)}, ${kind}, ${n})`;
  }

  private member(kind: 'admin' | 'coach' | 'candidate', n: string): string {
    return this.id(`member-${kind}`, n);
  }

  /** A fixed pseudo-random number in [0, 1) for trait `key` of row `n` (SQL). */
  private trait(key: string, n: string): string {
    return `pg_temp.h(${lit(`${this.tenant.slug}/${key}`)}, ${n})`;
  }

  private async step(label: string, sql: string, params: unknown[] = []): Promise<void> {
    const started = performance.now();
    await this.db.manager.query(sql, params);
    this.log(`  ${this.tenant.slug}: ${label} ${seconds(started)}`);
  }

  /** A temporary working table, with statistics so that the statements reading it are planned well. */
  private async table(name: string, select: string): Promise<void> {
    await this.step(name, `CREATE TEMP TABLE ${name} AS ${select}`);
    await this.db.manager.query(`ANALYZE ${name}`);
    this.workTables.push(name);
  }

  private async count(sql: string): Promise<number> {
    const [{ n }] = await this.db.manager.query(`SELECT (${sql})::int AS n`);
    return n;
  }

  async run(): Promise<string> {
    const started = performance.now();
    await this.db.manager.query('SELECT setseed($1)', [this.tenant.seed]);
    await this.organizationAndRubric();
    await this.people();
    await this.cohorts();
    await this.questionBank();
    await this.templatesAndAssignments();
    await this.sessions();
    await this.answers();
    await this.evaluations();
    await this.reviews();
    await this.db.manager.query(`DROP TABLE ${this.workTables.join(', ')}`);
    this.log(`  ${this.tenant.slug}: done in ${seconds(started)}`);
    return this.organizationId;
  }

  /** Through the project's own services, as the seed does: the organization and its default rubric. */
  private async organizationAndRubric(): Promise<void> {
    const organization = await new OrganizationsService(this.db).create(this.tenant.name, this.tenant.slug);
    this.organizationId = organization.id;
    const rubrics = new RubricsService(this.db);
    const rubric = await rubrics.createDefault({ organizationId: organization.id });
    const version = await rubrics.latestVersion({ organizationId: organization.id }, rubric.id);
    this.rubricVersionId = version.id;
    this.criteria = version.criteria;
  }

  private get org(): string {
    return `${lit(this.organizationId)}::uuid`;
  }

  private async people(): Promise<void> {
    const { candidates, cohorts, coachesPerCohort } = this.scale;
    const name = (n: string) =>
      `(${textArray(FIRST_NAMES)})[1 + ${n} % ${FIRST_NAMES.length}] || ' ' || (${textArray(LAST_NAMES)})[1 + (${n} / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}]`;
    await this.table(
      'bench_people',
      `SELECT 'admin' AS kind, 1 AS n, 'ADMIN' AS role, ${lit(benchEmail(this.tenant, 'admin'))} AS email, 'Avery Admin' AS name
       UNION ALL
       SELECT 'coach', j, 'COACH', 'coach' || j || ${lit(`@${this.tenant.domain}`)}, ${name('(j + 5)')}
       FROM generate_series(1, ${cohorts * coachesPerCohort}) j
       UNION ALL
       SELECT 'candidate', i, 'CANDIDATE', 'candidate' || i || ${lit(`@${this.tenant.domain}`)}, ${name('i')}
       FROM generate_series(1, ${candidates}) i`,
    );
    await this.step(
      'users',
      `INSERT INTO users (id, email, name, password_hash, created_at)
       SELECT ${this.idOf("'user-' || kind", 'n')}, email, name, $1, now() - interval '380 days' + n * interval '1 second'
       FROM bench_people`,
      [this.passwordHash],
    );
    await this.step(
      'memberships',
      `INSERT INTO memberships (id, organization_id, created_at, user_id, role, status, joined_at)
       SELECT ${this.idOf("'member-' || kind", 'n')}, ${this.org}, now() - interval '380 days' + n * interval '1 second',
         ${this.idOf("'user-' || kind", 'n')}, role::memberships_role_enum, 'ACTIVE', now() - interval '379 days'
       FROM bench_people`,
    );
  }

  /**
   * Cohorts and their members, and each candidate's traits: a profile (most improve over the year;
   * some stay flat, some fall in the last months, some stopped practising weeks ago), a starting level,
   * how much they practise, and fixed strengths per competency and per rubric criterion.
   */
  private async cohorts(): Promise<void> {
    const { candidates, cohorts, coachesPerCohort } = this.scale;
    const perCohort = candidates / cohorts;
    await this.step(
      'cohorts',
      `INSERT INTO cohorts (id, organization_id, created_at, name, description, starts_on, ends_on, readiness_target)
       SELECT ${this.id('cohort', 'c')}, ${this.org}, now() - interval '380 days' + c * interval '1 minute',
         (ARRAY['Software Engineering', 'Data Science', 'Product Management', 'Consulting'])[1 + c % 4] || ' ' || lpad(c::text, 3, '0'),
         '', (now() - interval '370 days')::date, (now() + interval '60 days')::date, 65 + 5 * (c % 3)
       FROM generate_series(1, ${cohorts}) c`,
    );
    await this.step(
      'cohort members',
      `INSERT INTO cohort_members (id, organization_id, created_at, cohort_id, membership_id, cohort_role)
       SELECT ${this.id('cohort-candidate', 'i')}, ${this.org}, now() - interval '370 days',
         ${this.id('cohort', `1 + (i - 1) / ${perCohort}`)}, ${this.member('candidate', 'i')}, 'CANDIDATE'::cohort_members_cohort_role_enum
       FROM generate_series(1, ${candidates}) i
       UNION ALL
       SELECT ${this.id('cohort-coach', 'j')}, ${this.org}, now() - interval '370 days',
         ${this.id('cohort', `1 + (j - 1) / ${coachesPerCohort}`)}, ${this.member('coach', 'j')}, 'COACH'::cohort_members_cohort_role_enum
       FROM generate_series(1, ${cohorts * coachesPerCohort}) j`,
    );
    // Candidate 1 (the known sign-in) improves, so that a first look at the data shows progress.
    await this.table(
      'bench_cand',
      `SELECT i, 1 + (i - 1) / ${perCohort} AS cohort, profile,
         28 + 30 * ${this.trait('base', 'i')} AS base,
         CASE profile WHEN 'flat' THEN 4 * g ELSE 12 + 24 * g END AS growth,
         0.78 + 0.12 * ${this.trait('fall', 'i')} AS fall_from,
         18 + 15 * ${this.trait('drop', 'i')} AS fall_drop,
         CASE profile WHEN 'inactive' THEN 1 - (15 + 45 * ${this.trait('idle', 'i')}) / 365.0 ELSE 1.0 END AS last_active,
         0.3 + 2.2 * power(${this.trait('activity', 'i')}, 2) AS activity,
         ARRAY(SELECT 24 * ${this.trait('competency', 'i * 16 + k')} - 12 FROM generate_series(1, ${COMPETENCIES.length}) k) AS competency_offset,
         ARRAY(SELECT 16 * ${this.trait('criterion', 'i * 16 + k')} - 8 FROM generate_series(1, ${this.criteria.length}) k) AS criterion_offset
       FROM (
         SELECT i, ${this.trait('growth', 'i')} AS g,
           CASE WHEN i = 1 THEN 'improving' WHEN p < 0.06 THEN 'inactive' WHEN p < 0.14 THEN 'falling' WHEN p < 0.26 THEN 'flat' ELSE 'improving' END AS profile
         FROM (SELECT i, ${this.trait('profile', 'i')} AS p FROM generate_series(1, ${candidates}) i) p
       ) x`,
    );
  }

  /** Companies, question sets and questions of every type, each probing two of the twelve competencies. */
  private async questionBank(): Promise<void> {
    const { questions } = this.scale;
    const sets = Math.max(1, questions / 100);
    await this.step(
      'companies and question sets',
      `WITH companies AS (
         INSERT INTO companies (id, organization_id, created_at, name, description)
         SELECT ${this.id('company', 'k')}, ${this.org}, now() - interval '400 days', (${textArray(COMPANIES)})[k], ''
         FROM generate_series(1, ${COMPANIES.length}) k
         RETURNING id
       )
       INSERT INTO question_sets (id, organization_id, created_at, name, description, company_id, role_track)
       SELECT ${this.id('set', 's')}, ${this.org}, now() - interval '400 days' + s * interval '1 minute', 'Question set ' || s, '',
         CASE WHEN s % 2 = 0 THEN ${this.id('company', `1 + s % ${COMPANIES.length}`)} END, NULL
       FROM generate_series(1, ${sets}) s`,
    );
    const byType = (pick: (kind: QuestionKind) => string) =>
      `CASE type ${Object.entries(KINDS)
        .map(([type, kind]) => `WHEN ${lit(type)} THEN ${pick(kind)}`)
        .join(' ')} END`;
    await this.table(
      'bench_q',
      `SELECT q, type, difficulty, time_limit, talking_points, prompts[1 + q % cardinality(prompts)] || ' (#' || q || ')' AS prompt,
         c1 AS competency, ARRAY[
           CASE WHEN q % 25 = 3 THEN lower(names[c1]) WHEN q % 97 = 5 THEN names[c1] || ' ' ELSE names[c1] END,
           names[pool[1 + (q % cardinality(pool) + 1 + (q / 20) % (cardinality(pool) - 1)) % cardinality(pool)]]
         ] AS competencies
       FROM (
         SELECT q, type, pool, pool[1 + q % cardinality(pool)] AS c1, ${textArray(COMPETENCIES)} AS names,
           (ARRAY['EASY', 'MEDIUM', 'MEDIUM', 'HARD'])[1 + q % 4] AS difficulty,
           ${byType((k) => String(k.timeLimitSeconds))} AS time_limit,
           ${byType((k) => textArray(k.talkingPoints))} AS talking_points,
           ${byType((k) => textArray(k.prompts))} AS prompts
         FROM (
           SELECT q, (${textArray(TYPE_CYCLE)})[1 + q % 20] AS type FROM generate_series(1, ${questions}) q
         ) t, LATERAL (SELECT ${byType((k) => `ARRAY[${k.competencies.join(', ')}]`)} AS pool) p
       ) x`,
    );
    await this.step(
      'questions',
      `INSERT INTO questions (id, organization_id, created_at, question_set_id, prompt, type, difficulty, competencies,
         talking_points, follow_ups, time_limit_seconds)
       SELECT ${this.id('question', 'q')}, ${this.org}, now() - interval '400 days' + q * interval '1 second',
         ${this.id('set', `1 + (q - 1) % ${sets}`)}, prompt, type::questions_type_enum, difficulty::questions_difficulty_enum,
         competencies, talking_points, ARRAY['What would you do differently?'], time_limit
       FROM bench_q`,
    );
  }

  /**
   * Twelve templates of five fixed questions (every third realistic, with a system design and a case
   * question), and a few assignments per cohort, due every two months over the year; the last is due
   * next month.
   */
  private async templatesAndAssignments(): Promise<void> {
    const { questions, cohorts, coachesPerCohort, assignmentsPerCohort } = this.scale;
    const blocks = questions / 20;
    await this.step(
      'templates',
      `INSERT INTO interview_templates (id, organization_id, created_at, name, description, mode, rubric_id, created_by_id)
       SELECT ${this.id('template', 'm')}, ${this.org}, now() - interval '390 days',
         CASE WHEN m % 3 = 0 THEN 'Realistic interview ' ELSE 'Practice round ' END || m, '',
         (CASE WHEN m % 3 = 0 THEN 'REALISTIC' ELSE 'PRACTICE' END)::interview_templates_mode_enum,
         (SELECT rubric_id FROM rubric_versions WHERE id = ${lit(this.rubricVersionId)}), ${this.member('admin', '1')}
       FROM generate_series(1, 12) m`,
    );
    await this.table(
      'bench_item',
      `SELECT m, p, CASE
           WHEN m % 3 = 0 AND p = 4 THEN 20 * ((m * 13) % ${blocks}) + ${SYSTEM_DESIGN_RESIDUE}
           WHEN m % 3 = 0 AND p = 3 THEN 20 * ((m * 7) % ${blocks}) + ${CASE_RESIDUE}
           ELSE 1 + (m * 389 + p * 97) % ${questions}
         END AS q
       FROM generate_series(1, 12) m, generate_series(0, 4) p`,
    );
    await this.step(
      'template items',
      `INSERT INTO template_items (id, organization_id, created_at, template_id, position, question_id)
       SELECT ${this.id('item', 'm * 10 + p')}, ${this.org}, now() - interval '390 days', ${this.id('template', 'm')}, p,
         ${this.id('question', 'q')}
       FROM bench_item`,
    );
    await this.table(
      'bench_asg',
      `SELECT (c - 1) * ${assignmentsPerCohort} + k AS a, c, k, m, CASE WHEN m % 3 = 0 THEN 'REALISTIC' ELSE 'PRACTICE' END AS mode,
         now() - make_interval(days => ${60 * assignmentsPerCohort - 30} - 60 * k + c % 10, hours => c % 24) AS due
       FROM generate_series(1, ${cohorts}) c, generate_series(1, ${assignmentsPerCohort}) k, LATERAL (SELECT 1 + (c + k * 5) % 12 AS m) t`,
    );
    await this.step(
      'assignments',
      `INSERT INTO assignments (id, organization_id, created_at, title, template_id, cohort_id, due_at, created_by_id)
       SELECT ${this.id('assignment', 'a')}, ${this.org}, due - interval '35 days', 'Week ' || (k * 8) || ' interview',
         ${this.id('template', 'm')}, ${this.id('cohort', 'c')}, due, ${this.member('coach', `(c - 1) * ${coachesPerCohort} + 1`)}
       FROM bench_asg`,
    );
    // Who started each assignment and when: most before the due date; those who stopped practising
    // did not start what came after; about half have started the one due next month.
    await this.table(
      'bench_ac',
      `SELECT a, i, mode, due, m, started_at,
         CASE WHEN started_at > active_until OR u_start >= p_start THEN 'ASSIGNED' WHEN u_open < p_open THEN 'IN_PROGRESS' ELSE 'COMPLETED' END AS status
       FROM (
         SELECT a.a, c.i, a.mode, a.due, a.m, ${at('c.last_active')} AS active_until,
           a.due - interval '35 days' + (least(a.due, now() - interval '3 hours') - (a.due - interval '35 days')) * (0.35 + 0.65 * random()) AS started_at,
           CASE WHEN a.due <= now() THEN 0.93 ELSE 0.5 END AS p_start,
           CASE WHEN a.due > now() - interval '30 days' THEN 0.2 ELSE 0.02 END AS p_open,
           random() AS u_start, random() AS u_open
         FROM bench_asg a JOIN bench_cand c ON c.cohort = a.c
       ) x`,
    );
    await this.step(
      'assignment candidates',
      `INSERT INTO assignment_candidates (id, organization_id, created_at, assignment_id, membership_id, status, completed_at)
       SELECT ${this.id('assignment-candidate', 'a * 1000000 + i')}, ${this.org}, due - interval '35 days', ${this.id('assignment', 'a')},
         ${this.member('candidate', 'i')}, status::assignment_candidates_status_enum,
         CASE WHEN status = 'COMPLETED' THEN started_at + interval '90 minutes' END
       FROM bench_ac`,
    );
  }

  /**
   * Sittings of assignments, and free practice spread by how much each candidate practises, denser
   * lately (interviews are near); everyone but those who stopped practised in the last ten days.
   */
  private async sessions(): Promise<void> {
    const { answers } = this.scale;
    const assigned = await this.count(`SELECT count(*) FROM bench_ac WHERE status <> 'ASSIGNED'`);
    // Five questions a session, and one answer in ten a retry: 90% of the answers are first attempts.
    const practice = Math.max(0, Math.round((answers * 0.9) / 5) - assigned);
    await this.table(
      'bench_ses',
      `SELECT row_number() OVER (ORDER BY started_at, i, a) AS s, x.*, ${fraction('started_at')} AS t
       FROM (
         SELECT i, a, m, mode, started_at, status = 'IN_PROGRESS' AS open FROM bench_ac WHERE status <> 'ASSIGNED'
         UNION ALL
         SELECT i, NULL, NULL, 'PRACTICE', started_at, started_at > now() - interval '2 days' AND u < 0.3
         FROM (
           SELECT c.i, CASE WHEN g = 1 AND c.profile <> 'inactive' THEN now() - interval '3 hours' - random() * interval '10 days'
               ELSE least(${at('c.last_active * power(random(), 1 / 3.0)')}, now() - interval '3 hours') END AS started_at,
             random() AS u
           FROM (SELECT i, profile, last_active, round(activity * ${practice} / sum(activity) OVER ())::int AS n FROM bench_cand) c,
             generate_series(1, c.n) g
         ) p
       ) x`,
    );
    const level = `(c.base + ${this.trend('c', 's.t')})`;
    await this.step(
      'interview sessions',
      `INSERT INTO interview_sessions (id, organization_id, created_at, membership_id, assignment_id, mode, rubric_version_id, status,
         confidence_before, confidence_after, completed_at, checklist, focus_loss_count)
       SELECT ${this.id('session', 's')}, ${this.org}, started_at, ${this.member('candidate', 'i')},
         CASE WHEN a IS NOT NULL THEN ${this.id('assignment', 'a')} END, mode::interview_sessions_mode_enum, ${lit(this.rubricVersionId)},
         (CASE WHEN open THEN 'IN_PROGRESS' ELSE 'COMPLETED' END)::interview_sessions_status_enum,
         CASE WHEN u_before < 0.8 THEN before END,
         CASE WHEN NOT open AND u_after < 0.75 THEN least(5, greatest(1, before + CASE WHEN u_after < 0.45 THEN 1 WHEN u_after < 0.65 THEN 0 ELSE -1 END)) END,
         CASE WHEN NOT open THEN started_at + interval '90 minutes' END,
         CASE WHEN u_before < 0.5 THEN '["Quiet room", "Water", "Notes closed"]'::jsonb ELSE '[]'::jsonb END,
         CASE WHEN mode = 'REALISTIC' AND u_after > 0.9 THEN 1 ELSE 0 END
       FROM (
         SELECT s.*, least(5, greatest(1, round(1 + ${level} / 25 + (random() - 0.5) * 1.5)))::int AS before, random() AS u_before, random() AS u_after
         FROM bench_ses s JOIN bench_cand c USING (i)
       ) x`,
    );
    // Five questions each: the template's, or a practice draw from the candidate's usual sixty (so
    // questions come back); an open sitting has shown three so far.
    await this.table(
      'bench_sq',
      `SELECT s.s * 5 + pos.p AS sq, s.s, pos.p, s.i, s.mode, s.open, s.started_at + pos.p * interval '12 minutes' AS shown_at,
         NOT s.open OR pos.p < 3 AS shown,
         COALESCE(it.q, 1 + (s.i * 131 + (floor(random() * 12)::int * 5 + pos.p) * 37) % ${this.scale.questions}) AS q
       FROM bench_ses s CROSS JOIN generate_series(0, 4) pos(p) LEFT JOIN bench_item it ON it.m = s.m AND it.p = pos.p`,
    );
    await this.step(
      'session questions',
      `INSERT INTO session_questions (id, organization_id, created_at, session_id, position, question_id, prompt, type, competencies,
         talking_points, time_limit_seconds, shown_at)
       SELECT ${this.id('session-question', 'sq')}, ${this.org}, s.started_at, ${this.id('session', 'x.s')}, p, ${this.id('question', 'x.q')},
         bq.prompt, bq.type::session_questions_type_enum, bq.competencies, bq.talking_points, bq.time_limit, CASE WHEN shown THEN shown_at END
       FROM bench_sq x JOIN bench_ses s USING (s) JOIN bench_q bq USING (q)`,
    );
  }

  /** A candidate's level at time `t` before noise: rising, flat, or falling after `fall_from`. */
  private trend(c: string, t: string): string {
    return `CASE WHEN ${c}.profile = 'falling' AND ${t} > ${c}.fall_from
      THEN ${c}.growth * ${c}.fall_from - ${c}.fall_drop * (${t} - ${c}.fall_from) / (1 - ${c}.fall_from)
      ELSE ${c}.growth * ${t} END`;
  }

  /**
   * Every shown question answered once; practice questions picked at random answered again (a second
   * and sometimes a third attempt, each better) until the tenant has exactly `answers`. Each answer's
   * level comes from the candidate's trend, their strength in the question's competency, the
   * difficulty and noise; its criterion scores from that level, the candidate's strength per criterion
   * and noise.
   */
  private async answers(): Promise<void> {
    const shown = await this.count('SELECT count(*) FROM bench_sq WHERE shown');
    const retries = Math.max(0, this.scale.answers - shown);
    const thirds = Math.floor(retries / 6);
    await this.table(
      'bench_retry',
      `SELECT sq, row_number() OVER (ORDER BY r) AS k
       FROM (SELECT sq, random() AS r FROM bench_sq WHERE shown AND mode = 'PRACTICE') x
       ORDER BY r LIMIT ${retries - thirds}`,
    );
    const scores = this.criteria.map(
      (_, k) =>
        `least(5, greatest(1, round(1 + 4 * (z.level + z.criterion_offset[${k + 1}] + 14 * (random() - 0.5)) / 100)))::int`,
    );
    await this.table(
      'bench_ans',
      `SELECT row_number() OVER (ORDER BY sq, attempt) AS n, w.*,
         coalesce(asked_at, shown_at) + thinking * interval '1 second' AS answer_started_at,
         coalesce(asked_at, shown_at) + (thinking + duration) * interval '1 second' AS submitted_at,
         duration > time_limit + 5 AS over_time
       FROM (
         SELECT z.*, ARRAY[${scores.join(', ')}] AS scores,
           greatest(2, round(4 + 35 * z.u_think + (100 - z.level) * 0.25))::int AS thinking,
           greatest(20, round(z.time_limit * (0.35 + 0.75 * z.u_duration)))::int AS duration,
           CASE WHEN z.attempt > 1 THEN z.shown_at + (z.attempt - 1) * (z.time_limit + 90) * interval '1 second' END AS asked_at,
           random() AS u_fillers, random() AS u_star, random() AS u_quantified, random() AS u_ownership,
           random() AS u_hedging, random() AS u_clarifying, random() AS u_coverage, random() AS u_relevance
         FROM (
           SELECT y.*, c.cohort, c.criterion_offset, bq.type, bq.time_limit, bq.talking_points,
             ${callsForClarifyingQuestionSql('bq')} AS clarifying,
             least(97, greatest(3, c.base + ${this.trend('c', fraction('y.shown_at'))} + c.competency_offset[bq.competency]
               + CASE bq.difficulty WHEN 'EASY' THEN 5 WHEN 'HARD' THEN -5 ELSE 0 END + 7 * (y.attempt - 1)
               + 9 * (y.u1 + y.u2 + y.u3 - 1.5))) AS level
           FROM (
             SELECT x.*, random() AS u1, random() AS u2, random() AS u3, random() AS u_think, random() AS u_duration,
               random() AS u_wpm, random() AS u_source, random() AS u_review
             FROM (
               SELECT sq, s, i, mode, shown_at, q, 1 AS attempt FROM bench_sq WHERE shown
               UNION ALL
               SELECT sq, s, i, mode, shown_at, q, 2 FROM bench_sq JOIN bench_retry USING (sq)
               UNION ALL
               SELECT sq, s, i, mode, shown_at, q, 3 FROM bench_sq JOIN bench_retry USING (sq) WHERE k <= ${thirds}
             ) x
           ) y JOIN bench_cand c USING (i) JOIN bench_q bq USING (q)
         ) z
       ) w`,
    );
    await this.step(
      'answers',
      `INSERT INTO answers (id, organization_id, created_at, session_id, session_question_id, attempt, text, status, asked_at,
         started_at, submitted_at, thinking_seconds, duration_seconds, over_time)
       SELECT ${this.id('answer', 'n')}, ${this.org}, answer_started_at, ${this.id('session', 's')}, ${this.id('session-question', 'sq')},
         attempt, ($1::text[])[1 + n % ${ANSWER_TEXTS.length}], 'SCORED', asked_at, answer_started_at, submitted_at, thinking, duration, over_time
       FROM bench_ans`,
      [ANSWER_TEXTS],
    );
  }

  /** The rubric math of libs/scoring-core weightedOverall over a 1..5 score array (SQL, exact in numeric). */
  private overall(scores: string): string {
    const total = this.criteria.reduce((sum, c) => sum + c.weight, 0);
    const terms = this.criteria.map((c, k) => `${c.weight}::numeric * (${scores}[${k + 1}] - 1)`).join(' + ');
    return `round((${terms}) * 25 / ${total})::smallint`;
  }

  /**
   * One evaluation per answer (about a third by the LLM), with the analyzer's metrics as
   * libs/scoring-core AnswerMetrics has them, drawn so that they move with the answer's level. The
   * criteria (and the overall score) depend on the scores alone: built once per combination of scores.
   */
  private async evaluations(): Promise<void> {
    const n = this.criteria.length;
    const code = (scores: string) => this.criteria.map((_, k) => `(${scores}[${k + 1}] - 1) * ${5 ** k}`).join(' + ');
    const criteria = this.criteria
      .map(
        (c, k) =>
          `jsonb_build_object('key', ${lit(c.key)}, 'name', ${lit(c.name)}, 'weight', ${c.weight}, 'score', scores[${k + 1}],
             'rationale', ${lit(`${c.name}: `)} || (${textArray(SCORE_WORDS)})[scores[${k + 1}]] || '.', 'evidence', NULL, 'evidenceRejected', false)`,
      )
      .join(', ');
    await this.table(
      'bench_criteria',
      `SELECT code, jsonb_build_array(${criteria}) AS criteria, ${this.overall('scores')} AS overall
       FROM (
         SELECT code, ARRAY(SELECT 1 + (code / (5 ^ k)::int) % 5 FROM generate_series(0, ${n - 1}) k ORDER BY k) AS scores
         FROM generate_series(0, ${5 ** n - 1}) code
       ) x`,
    );
    // json, not jsonb, while building: nested jsonb objects are copied at every level.
    const part = (found: string) => `json_build_object('found', ${found}, 'sentences', '[]'::json)`;
    await this.step(
      'evaluations',
      `INSERT INTO evaluations (id, organization_id, created_at, answer_id, rubric_version_id, source, model, overall_score, criteria,
         metrics, red_flags, feedback, action_items, follow_up_question)
       SELECT ${this.id('evaluation', 'n')}, ${this.org}, submitted_at + (3 + 20 * u_think) * interval '1 second', ${this.id('answer', 'n')},
         ${lit(this.rubricVersionId)}, source::evaluations_source_enum, CASE WHEN source = 'LLM' THEN 'gpt-4o-mini' END,
         c.overall, c.criteria,
         json_build_object(
           'wordCount', words, 'durationSeconds', duration, 'durationEstimated', false, 'wordsPerMinute', wpm, 'thinkingSeconds', thinking,
           'fillerWords', json_build_object('total', fillers, 'per100Words', fillers_per100,
             'breakdown', json_build_object('um', fillers * 4 / 10, 'like', fillers * 3 / 10, 'you know', fillers - fillers * 4 / 10 - fillers * 3 / 10)),
           'star', json_build_object('situation', ${part('situation')}, 'task', ${part('task')}, 'action', ${part('action')}, 'result', ${part('result')}),
           'quantifiedResults', CASE WHEN quantified THEN '[{"value": "30%", "kind": "percent", "phrase": "cut the error rate by 30%"}]'::json ELSE '[]'::json END,
           'specifics', json_build_object('numbers', numbers, 'names', '[]'::json, 'technicalTerms', '[]'::json,
             'vagueTerms', CASE WHEN level < 40 THEN '["stuff"]'::json ELSE '[]'::json END),
           'ownership', json_build_object('iCount', i_count, 'weCount', we_count, 'ratio', round(i_count::numeric / (i_count + we_count), 2)),
           'hedging', json_build_object('count', hedges, 'phrases', CASE WHEN hedges > 0 THEN '["I think"]'::json ELSE '[]'::json END),
           'askedClarifyingQuestion', clarified,
           'reasoning', json_build_object('signposts', numbers, 'considersTradeoffs', u_star < level / 110, 'statesAssumptions', u_clarifying < level / 140,
             'hasConclusion', u_quantified < 0.3 + level / 150),
           'talkingPointCoverage', json_build_object('covered', to_json(talking_points[1:covered]), 'missed', to_json(talking_points[covered + 1:]),
             'ratio', round(covered::numeric / cardinality(talking_points), 2)),
           'relevance', round(least(0.98, 0.35 + level / 180 + 0.2 * u_relevance)::numeric, 2),
           'sentences', json_build_object('count', sentences, 'averageWords', round(words::numeric / sentences, 1),
             'longestWords', round(words * 1.8 / sentences))
         )::jsonb,
         CASE WHEN over_time THEN '[{"code": "OVER_TIME", "message": "Went over the time limit."}]'::jsonb ELSE '[]'::jsonb END
           || CASE WHEN fillers_per100 > 6 THEN '[{"code": "FILLER_HEAVY", "message": "Many filler words."}]'::jsonb ELSE '[]'::jsonb END
           || CASE WHEN NOT result THEN '[{"code": "MISSING_RESULT", "message": "No clear result."}]'::jsonb ELSE '[]'::jsonb END,
         jsonb_build_object(
           'stronger', CASE WHEN result THEN 'Open with the result, then tell the story.' ELSE 'End with a result you can measure.' END,
           'communication', CASE WHEN fillers_per100 > 5 THEN 'Pause instead of filling silences.' ELSE 'Clear and well paced.' END,
           'concerns', CASE WHEN level < 50 THEN 'An interviewer may doubt how much you did yourself.' ELSE 'None of note.' END),
         CASE WHEN result THEN '["Name the trade-off you chose"]'::jsonb ELSE '["Quantify the result", "Say what you did yourself"]'::jsonb END,
         'What would you do differently next time?'
       FROM (
         SELECT b.*,
           CASE WHEN u_source < 0.01 THEN 'ANALYZER_FALLBACK' WHEN u_source < 0.36 THEN 'LLM' ELSE 'ANALYZER' END AS source,
           round(duration * (105 + 70 * u_wpm) / 60)::int AS words, round((105 + 70 * u_wpm)::numeric, 1) AS wpm,
           round(greatest(0.3, 7.5 - level * 0.07 + (u_fillers - 0.5) * 3)::numeric, 1) AS fillers_per100,
           round(duration * (105 + 70 * u_wpm) / 60 * greatest(0.3, 7.5 - level * 0.07 + (u_fillers - 0.5) * 3) / 100)::int AS fillers,
           u_star < 0.45 + level / 200 AS situation, u_star < 0.3 + level / 200 AS task, u_star < 0.6 + level / 250 AS action,
           u_star < 0.1 + level / 130 AS result, u_quantified < level / 130 AS quantified, floor(u_quantified * 4 * level / 60)::int AS numbers,
           3 + floor(u_ownership * 10 * level / 60)::int AS i_count, 1 + floor((1 - u_ownership) * 8)::int AS we_count,
           floor((1 - level / 100) * 4 * u_hedging)::int AS hedges,
           CASE WHEN clarifying THEN u_clarifying < 0.15 + level / 120 ELSE u_clarifying < 0.05 END AS clarified,
           least(cardinality(talking_points), floor(1.2 * u_coverage + level / 33))::int AS covered,
           greatest(2, round(duration * (105 + 70 * u_wpm) / 60 / 18))::int AS sentences
         FROM bench_ans b
       ) e JOIN bench_criteria c ON c.code = ${code('e.scores')}`,
    );
  }

  /**
   * A tenth of the evaluations reviewed by a coach of the candidate's cohort, some by both coaches;
   * coaches agree with the AI about half the time per criterion and are a little harsher than the
   * analyzer. Most reviews score every criterion; the rest only those the coach changed.
   */
  private async reviews(): Promise<void> {
    const { coachesPerCohort } = this.scale;
    const keys = textArray(this.criteria.map((c) => c.key));
    const coach = this.criteria
      .map(
        (_, k) =>
          `least(5, greatest(1, ai[${k + 1}] + CASE WHEN u${k} < 0.5 THEN 0 WHEN u${k} < 0.72 + bias THEN -1 WHEN u${k} < 0.92 THEN 1 WHEN u${k} < 0.96 THEN -2 ELSE 2 END))`,
      )
      .join(', ');
    await this.step(
      'evaluation reviews',
      `INSERT INTO evaluation_reviews (id, organization_id, created_at, evaluation_id, reviewer_id, overrides, overall_score, comment, action_items)
       SELECT ${this.id('review', 'n * 2 + r')}, ${this.org}, reviewed_at, ${this.id('evaluation', 'n')},
         ${this.member('coach', `(cohort - 1) * ${coachesPerCohort} + r`)},
         (SELECT coalesce(jsonb_agg(jsonb_build_object('key', (${keys})[k], 'score', coach[k],
             'note', CASE WHEN coach[k] <> ai[k] AND u_note < 0.3 THEN 'Not what I heard.' END) ORDER BY k), '[]'::jsonb)
          FROM generate_series(1, ${this.criteria.length}) k WHERE every_criterion OR coach[k] <> ai[k]),
         ${this.overall('coach')},
         CASE WHEN u_note < 0.5 THEN 'Good structure; lead with the result next time.' ELSE '' END,
         CASE WHEN u_note < 0.3 THEN '["Practise the opening"]'::jsonb ELSE '[]'::jsonb END
       FROM (
         SELECT d.*, ARRAY[${coach}] AS coach
         FROM (
           SELECT n, r, cohort, scores AS ai, CASE WHEN u_source >= 0.36 THEN 0.06 ELSE 0 END AS bias,
             least(now(), submitted_at + (r * 24 + 100 * random()) * interval '1 hour') AS reviewed_at,
             random() < 0.7 AS every_criterion, random() AS u_note,
             ${this.criteria.map((_, k) => `random() AS u${k}`).join(', ')}
           FROM bench_ans, generate_series(1, ${Math.min(2, coachesPerCohort)}) r
           WHERE u_review < 0.1 AND (r = 1 OR u_review < 0.008)
         ) d
       ) x`,
    );
    // As the API writes them with each review.
    await this.step('agreement pairs', insertAgreementPairsSql('TRUE'), [this.organizationId]);
  }
}

/** The benchmark's own database on the server of `serverUrl`: created, dropped, and whether it holds the data. */
export class BenchDatabase {
  readonly url: string;

  constructor(
    private readonly serverUrl: string,
    readonly name: string,
  ) {
    // It is dropped and created again: only a name of ours, never someone else's database.
    if (!/^mockint_bench[a-z0-9_]*$/.test(name))
      throw new Error(`${name}: the benchmark's database name starts with mockint_bench`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    this.url = url.toString();
  }

  private async onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: this.serverUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  exists(): Promise<boolean> {
    return this.onServer(
      async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [this.name])).rowCount === 1,
    );
  }

  /** The generation note (when, how long, at what scale), or null when the data is not there. */
  async generated(): Promise<string | null> {
    if (!(await this.exists())) return null;
    return this.onServer(async (c) => {
      const { rows } = await c.query(`SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1`, [
        this.name,
      ]);
      return (rows[0]?.note as string | null) ?? null;
    });
  }

  async recreate(): Promise<void> {
    await this.onServer(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${this.name} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${this.name}`);
    });
  }

  /** Generates into a fresh database and notes it on the database, so that later runs know it is complete. */
  async generate(scale: Scale, log: (line: string) => void = console.log): Promise<GenerationReport> {
    await this.recreate();
    const report = await generateAnalyticsData(this.url, scale, log);
    const note = `mockint analytics bench data: generated ${new Date().toISOString()} in ${report.seconds.toFixed(0)} s, ${scale.answers} answers per tenant`;
    await this.onServer((c) => c.query(`COMMENT ON DATABASE ${this.name} IS ${lit(note)}`));
    return report;
  }
}

/** Refuses anything but PostgreSQL, with what to do instead. */
export function postgresServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:/.test(url)) {
    throw new Error(
      'The analytics benchmark needs PostgreSQL: set DATABASE_URL (eval "$(scripts/services.sh start)"). ' +
        'The embedded database (PGlite, one WebAssembly session) is not meant for a million answers.',
    );
  }
  return url;
}

/** `--scale 0.1` from the command line, else FULL_SCALE. */
export function scaleFromArgs(args: readonly string[]): Scale {
  const at = args.indexOf('--scale');
  return at >= 0 ? scaled(Number(args[at + 1])) : FULL_SCALE;
}

export function printReport(report: GenerationReport, log: (line: string) => void = console.log): void {
  log(`Generated in ${report.seconds.toFixed(0)} s (both tenants, VACUUM ANALYZE included). Both tenants:`);
  for (const { table, rows, bytes } of report.tables) {
    log(`  ${table.padEnd(22)} ${rows.toLocaleString('en-US').padStart(10)} rows ${(bytes / 2 ** 20).toFixed(0).padStart(6)} MB`);
  }
  log(`Sign in with password ${BENCH_PASSWORD}:`);
  for (const { tenant } of report.tenants) {
    log(`  ${tenant.name}: ${['admin', 'coach', 'candidate'].map((k) => benchEmail(tenant, k as 'admin')).join(', ')}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const database = new BenchDatabase(postgresServerUrl(), process.env.BENCH_DATABASE ?? BENCH_DATABASE);
  const note = await database.generated();
  if (note && !args.includes('--fresh')) {
    console.log(`${database.name} already holds the data (${note}); --fresh generates it again.`);
    return;
  }
  const scale = scaleFromArgs(args);
  console.log(`Generating into ${database.name}: 2 tenants x ${scale.candidates} candidates, ${scale.answers} answers each`);
  printReport(await database.generate(scale));
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
