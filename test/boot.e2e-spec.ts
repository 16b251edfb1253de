import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { pendingSchemaChanges } from '../apps/api/src/database/data-source';
import { SeedService } from '../apps/api/src/seed/seed.service';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld } from './support/world';

describe('start-up on a fresh database', () => {
  let app: TestApp;
  let anonymous: GqlClient;

  beforeAll(async () => {
    app = await startTestApp();
    anonymous = new GqlClient(app.url);
  });
  afterAll(() => app.stop());

  it('applies every migration, and the entities need nothing more', async () => {
    expect(await app.dataSource.showMigrations()).toBe(false);
    expect((await pendingSchemaChanges(app.dataSource)).up).toEqual([]);
  });

  it('serves the committed GraphQL schema (run `npm run schema` after changing the API)', () => {
    const schema = app.app.get(GraphQLSchemaHost).schema;
    const committed = readFileSync(join(__dirname, '../apps/api/schema.graphql'), 'utf8');
    expect(printSchema(lexicographicSortSchema(schema)).trim()).toBe(committed.trim());
  });

  it('answers /health', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up', queue: 'up' });
  });

  it('seeds the demo organization and lets the demo admin in (the README example)', async () => {
    const admin = await anonymous.signIn('admin@demo.test', 'demo1234');
    const data = await admin.ok(`{ me { email role } cohorts { totalCount nodes { id name candidateCount } } }`);
    expect(data.me).toEqual({ email: 'admin@demo.test', role: 'ADMIN' });
    expect(data.cohorts.totalCount).toBe(1);
    expect(data.cohorts.nodes[0].candidateCount).toBe(2);

    const bank = await admin.ok(`{
      questionSets { nodes { name questionCount company { name } } }
      questions(options: { take: 100 }) { totalCount nodes { type } }
      rubrics { isDefault currentVersion { version criteria { key weight levels } } }
      templates { nodes { name mode items { question { id } drawCount } } }
      assignments { nodes { title candidates { status member { email } } } }
    }`);
    expect(bank.questionSets.nodes[0].company.name).toBe('Acme Cloud');
    expect(bank.questions.totalCount).toBeGreaterThanOrEqual(10);
    expect(new Set(bank.questions.nodes.map((q: { type: string }) => q.type)).size).toBeGreaterThanOrEqual(4);
    expect(bank.rubrics).toHaveLength(1);
    expect(bank.rubrics[0].isDefault).toBe(true);
    for (const c of bank.rubrics[0].currentVersion.criteria) expect(c.levels).toHaveLength(5);
    expect(bank.templates.nodes).toHaveLength(1);
    expect(bank.assignments.nodes[0].candidates).toHaveLength(2);
    for (const email of ['coach@demo.test', 'candidate1@demo.test', 'candidate2@demo.test']) {
      await anonymous.signIn(email, 'demo1234');
    }
  });

  it('seeds only once', async () => {
    expect(await app.app.get(SeedService).seedDemo()).toBe(false);
  });
});

describe('the GraphQL edge', () => {
  let app: TestApp;
  let admin: GqlClient;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await new GqlClient(app.url).signIn('admin@demo.test');
  });
  afterAll(() => app.stop());

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers, body });

  it('refuses GraphQL over GET and form posts (CSRF)', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ organization { name } }')}`);
    expect(get.status).toBe(405);
    const form = await post('query=%7B%20__typename%20%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBeGreaterThanOrEqual(400);
    const text = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(text.status).toBeGreaterThanOrEqual(400);
  });

  it('refuses batched requests', async () => {
    const res = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(res.status).toBe(400);
  });

  it('limits depth and aliases', async () => {
    const deep = `{ assignments { nodes { cohort { coaches { id } } template { items { question { questionSet { company { name } } } } } } } }`;
    expect((await admin.request(deep)).errors).toBeUndefined();
    const tooDeep = `{ a: assignments { nodes { template { rubric { currentVersion { criteria { key } } } } cohort { candidates { id } } } } }`;
    expect((await admin.request(tooDeep)).errors).toBeUndefined();
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: organization { name }`).join(' ');
    expect(await admin.errorCode(`{ ${aliases} }`)).toBe('BAD_USER_INPUT');
    const nested = '{ me { email } }'.replace(
      'email',
      Array.from({ length: 12 }).reduce<string>((inner) => `x { ${inner} }`, 'email'),
    );
    expect(await admin.errorCode(nested)).toBe('BAD_USER_INPUT');
  });

  it('names bad input without leaking internals', async () => {
    const res = await admin.request(`mutation { createCohort(input: { name: "", readinessTarget: 300 }) { id } }`);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    expect(res.errors![0].message).toMatch(/name/);
    expect(res.errors![0].message).toMatch(/readinessTarget/);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    const typo = await admin.request(`{ cohorts { nodez { id } } }`);
    expect(typo.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(`{ cohort(id: "not-a-uuid") { id } }`)).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(`{ cohorts(options: { take: 1000 }) { totalCount } }`)).toBe('BAD_USER_INPUT');
  });

  it('refuses oversized bodies with a GraphQL error', async () => {
    const huge = 'x'.repeat(app.config.maxUploadBytes + 10);
    const res = await post(JSON.stringify({ query: '{ __typename }', variables: { huge } }));
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('turns off introspection under NODE_ENV=test', async () => {
    expect(await admin.errorCode('{ __schema { queryType { name } } }')).toBe('BAD_USER_INPUT');
  });

  it('asks for a sign-in before anything else', async () => {
    expect(await new GqlClient(app.url).errorCode('{ cohorts { totalCount } }')).toBe('UNAUTHENTICATED');
    expect(await new GqlClient(app.url, 'garbage').errorCode('{ me { email } }')).toBe('UNAUTHENTICATED');
  });
});

describe.each([
  ['production', 'production', false],
  ['development', 'development', true],
])('with NODE_ENV %s', (_name, nodeEnv, developing) => {
  let app: TestApp;

  beforeAll(async () => {
    // Production never seeds the demo organization.
    app = await startTestApp({ NODE_ENV: nodeEnv, SEED_DEMO: String(developing) });
  });
  afterAll(() => app?.stop());

  it(`${developing ? 'allows' : 'turns off'} introspection and "did you mean" suggestions`, async () => {
    const { admin } = await createOrgWorld(app.app, app.url, `Env ${nodeEnv}`);
    const introspection = await admin.request('{ __schema { types { name } } }');
    if (developing) expect(introspection.data?.__schema.types.length).toBeGreaterThan(10);
    else expect(introspection.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const typo = JSON.stringify((await admin.request('{ cohorts { nodez { id } } }')).errors);
    if (developing) expect(typo).toMatch(/did you mean \\"nodes\\"/i);
    else expect(typo).not.toMatch(/did you mean/i);
    const typename = await new GqlClient(app.url).request('{ __typename }');
    expect(typename.data).toEqual({ __typename: 'Query' });
  });
});
