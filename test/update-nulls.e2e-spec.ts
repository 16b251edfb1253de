import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLInputObjectType, isNonNullType } from 'graphql';
import { toAppError } from '../apps/api/src/graphql/format-error';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';

/** Fields of update inputs whose columns are nullable: null clears them. Every other field refuses null. */
const NULLABLE: Record<string, string[]> = {
  updateAssignment: ['dueAt'],
  updateCohort: ['startsOn', 'endsOn'],
  updateCompany: ['website'],
  updateOrganization: ['recordingRetentionDays'],
  updateQuestionSet: ['companyId', 'roleTrack'],
  updateRealInterview: ['companyId', 'selfEvaluation'],
  updateTemplate: ['thinkingSeconds', 'waitingRoomSeconds'],
};

describe('null in update inputs', () => {
  let app: TestApp;
  let admin: GqlClient;
  /** Candidates update their own real-interview logs; staff the rest. */
  let candidate: GqlClient;
  const caller = (mutation: string) => (mutation === 'updateRealInterview' ? candidate : admin);
  /** Every update mutation with an input, and the demo row it updates. */
  let targets: Record<string, string | undefined>;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await new GqlClient(app.url).signIn('admin@demo.test');
    candidate = await new GqlClient(app.url).signIn('candidate1@demo.test');
    const demo = await admin.ok(`{
      assignments { nodes { id } } cohorts { nodes { id } } companies { nodes { id } } questions { nodes { id } }
      questionSets { nodes { id } } rubrics { id } templates { nodes { id } }
    }`);
    const logged = await candidate.ok(
      `mutation($c: ID!) { logRealInterview(input: { companyId: $c, role: "Analyst", stage: OTHER, interviewedOn: "2026-01-05",
        selfEvaluation: 3 }) { id } }`,
      { c: demo.companies.nodes[0].id },
    );
    targets = {
      updateAssignment: demo.assignments.nodes[0].id,
      updateCohort: demo.cohorts.nodes[0].id,
      updateCompany: demo.companies.nodes[0].id,
      updateOrganization: undefined,
      updateReadinessSettings: undefined,
      updateQuestion: demo.questions.nodes[0].id,
      updateQuestionSet: demo.questionSets.nodes[0].id,
      updateRealInterview: logged.logRealInterview.id,
      updateRubric: demo.rubrics[0].id,
      updateTemplate: demo.templates.nodes[0].id,
    };
  });
  afterAll(() => app.stop());

  /** Each (mutation, field) of the schema's update inputs, read from the schema so a new field is covered at once. */
  function updateFields() {
    const schema = app.app.get(GraphQLSchemaHost).schema;
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter(
      (m) => m.name.startsWith('update') && m.args.some((a) => a.name === 'input'),
    );
    expect(mutations.map((m) => m.name).sort()).toEqual(Object.keys(targets).sort());
    return mutations.flatMap((mutation) => {
      const input = mutation.args.find((a) => a.name === 'input')!;
      const type = (isNonNullType(input.type) ? input.type.ofType : input.type) as GraphQLInputObjectType;
      return Object.values(type.getFields()).map((field) => ({ mutation: mutation.name, type: type.name, field }));
    });
  }

  it('refuses null for every field whose column is NOT NULL, naming the field', async () => {
    const refused = updateFields().filter(({ mutation, field }) => !NULLABLE[mutation]?.includes(field.name));
    expect(refused.length).toBeGreaterThan(25);
    for (const { mutation, type, field } of refused) {
      const id = targets[mutation];
      const res = await caller(mutation).request(
        id
          ? `mutation($id: ID!, $input: ${type}!) { ${mutation}(id: $id, input: $input) { id } }`
          : `mutation($input: ${type}!) { ${mutation}(input: $input) { __typename } }`,
        { id, input: { [field.name]: null } },
      );
      const error = res.errors?.[0];
      expect({ mutation, field: field.name, code: error?.extensions?.code }).toEqual({
        mutation,
        field: field.name,
        code: 'BAD_USER_INPUT',
      });
      // A non-null GraphQL type is refused by GraphQL itself; the others by our edge, which names the field.
      if (!isNonNullType(field.type)) {
        expect(error!.extensions).toMatchObject({ reason: 'VALIDATION_FAILED', fields: [{ field: field.name }] });
      }
    }
  });

  it('clears fields whose column is nullable', async () => {
    const cleared = updateFields().filter(({ mutation, field }) => NULLABLE[mutation]?.includes(field.name));
    expect(cleared.map(({ mutation, field }) => `${mutation}.${field.name}`).sort()).toEqual(
      Object.entries(NULLABLE)
        .flatMap(([mutation, fields]) => fields.map((f) => `${mutation}.${f}`))
        .sort(),
    );
    for (const { mutation, type, field } of cleared) {
      const id = targets[mutation];
      const data = await caller(mutation).ok(
        id
          ? `mutation($id: ID!, $input: ${type}!) { ${mutation}(id: $id, input: $input) { ${field.name} } }`
          : `mutation($input: ${type}!) { ${mutation}(input: $input) { ${field.name} } }`,
        { id, input: { [field.name]: null } },
      );
      expect(data[mutation][field.name]).toBeNull();
    }
  });

  it("maps the database's own refusals of a value to BAD_USER_INPUT, not a bug", async () => {
    const refusal = (sql: string) => app.dataSource.query(sql).then(() => undefined, toAppError);
    expect(
      await refusal(`INSERT INTO cohorts (organization_id, name, readiness_target) SELECT id, 'x', NULL FROM organizations`),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REQUIRED',
      message: 'readinessTarget is required',
    });
    expect(await refusal(`DO $$ BEGIN RAISE EXCEPTION 'no' USING ERRCODE = 'check_violation'; END $$`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_VALUE',
    });
    expect(await refusal(`SELECT 'not a number'::integer`)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT' });
    expect(await refusal(`SELECT 70000::smallint`)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE' });
  });
});
