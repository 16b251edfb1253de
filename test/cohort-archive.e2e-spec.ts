import { Role } from '../apps/api/src/common/role';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { addMember, createOrgWorld, OrgWorld } from './support/world';
import { assign, questionBank } from './support/sittings';

const CREATE_COHORT = `mutation($n: String!) { createCohort(input: { name: $n }) { id } }`;
const ADD = `mutation($c: ID!, $m: [ID!]!, $r: CohortRole!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: $r }) { id } }`;
const ARCHIVE = `mutation($c: ID!) { archiveCohort(id: $c) { id archivedAt } }`;
const UNARCHIVE = `mutation($c: ID!) { unarchiveCohort(id: $c) { id archivedAt } }`;
const LIST = `query($archived: Boolean) { cohorts(options: { filter: { archived: $archived } }) { totalCount nodes { name } } }`;
const IMPORT = `mutation($c: ID!, $csv: String!, $dry: Boolean!, $mode: ImportMode!) {
  importCohortRoster(cohortId: $c, input: { csv: $csv, mode: $mode }, dryRun: $dry) {
    imported created existing invitationLinks { email } errors { line message } } }`;
const ROSTER = `query($c: ID!) { cohort(id: $c) { candidateCount candidates { email } } }`;

/** The first error's code and reason. */
async function refusal(client: GqlClient, query: string, variables: Record<string, unknown>) {
  const res = await client.request(query, variables);
  if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
  return { code: res.errors[0].extensions?.code, reason: res.errors[0].extensions?.reason };
}

describe('archiving a cohort at the end of a term', () => {
  let app: TestApp;
  let org: OrgWorld;
  let other: OrgWorld;
  let cohortId: string;
  let coachedId: string;
  let assignmentId: string;
  let templateId: string;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false' });
    org = await createOrgWorld(app.app, app.url, 'Term College');
    other = await createOrgWorld(app.app, app.url, 'Other College');
    cohortId = (await org.admin.ok(CREATE_COHORT, { n: 'Spring 2026' })).createCohort.id;
    coachedId = (await org.admin.ok(CREATE_COHORT, { n: 'Autumn 2026' })).createCohort.id;
    await org.admin.ok(ADD, { c: cohortId, m: [org.ids.candidate], r: 'CANDIDATE' });
    await org.admin.ok(ADD, { c: coachedId, m: [org.ids.coach], r: 'COACH' });
    const { questionIds } = await questionBank(org.admin, 'teamwork', 1);
    assignmentId = await assign(org.admin, { questionIds, mode: 'REALISTIC', cohortId });
    templateId = (await org.admin.ok('query($a: ID!) { assignment(id: $a) { templateId } }', { a: assignmentId })).assignment
      .templateId;
  });
  afterAll(() => app.stop());

  it('answers NOT_FOUND to a coach of another cohort and to another organization, and archives nothing', async () => {
    for (const client of [org.coach, other.admin, other.coach]) {
      for (const mutation of [ARCHIVE, UNARCHIVE]) {
        expect(await refusal(client, mutation, { c: cohortId })).toEqual({ code: 'NOT_FOUND', reason: 'COHORT_NOT_FOUND' });
      }
    }
    expect(
      (await org.admin.ok('query($c: ID!) { cohort(id: $c) { archivedAt } }', { c: cohortId })).cohort.archivedAt,
    ).toBeNull();
  });

  it('hides an archived cohort from lists unless asked for, and keeps it readable', async () => {
    const archived = (await org.admin.ok(ARCHIVE, { c: cohortId })).archiveCohort;
    expect(archived.archivedAt).toEqual(expect.any(String));
    // Archiving again keeps the first date.
    expect((await org.admin.ok(ARCHIVE, { c: cohortId })).archiveCohort.archivedAt).toBe(archived.archivedAt);

    expect((await org.admin.ok(LIST, {})).cohorts.nodes.map((c: { name: string }) => c.name)).toEqual(['Autumn 2026']);
    expect((await org.admin.ok(LIST, { archived: false })).cohorts.totalCount).toBe(1);
    expect((await org.admin.ok(LIST, { archived: true })).cohorts).toEqual({ totalCount: 1, nodes: [{ name: 'Spring 2026' }] });
    expect((await org.admin.ok(ROSTER, { c: cohortId })).cohort.candidateCount).toBe(1);
    // The candidate still sees their past cohort when they ask for archived ones.
    expect((await org.candidate.ok(LIST, { archived: true })).cohorts.totalCount).toBe(1);
    // Nobody else sees it, filter or not.
    expect((await org.coach.ok(LIST, { archived: true })).cohorts.totalCount).toBe(0);
    expect((await other.admin.ok(LIST, { archived: true })).cohorts.totalCount).toBe(0);
  });

  it('refuses every change to an archived cohort, its members and its assignments with COHORT_ARCHIVED', async () => {
    const changes: [string, Record<string, unknown>][] = [
      ['mutation($c: ID!) { updateCohort(id: $c, input: { readinessTarget: 80 }) { id } }', { c: cohortId }],
      [ADD, { c: cohortId, m: [org.ids.otherCandidate], r: 'CANDIDATE' }],
      [ADD, { c: cohortId, m: [org.ids.coach], r: 'COACH' }],
      [
        'mutation($c: ID!, $m: ID!) { removeCohortMember(cohortId: $c, memberId: $m) { id } }',
        { c: cohortId, m: org.ids.candidate },
      ],
      [IMPORT, { c: cohortId, csv: 'name,email\nNew,new@term.test', dry: false, mode: 'ALL_OR_NOTHING' }],
      [IMPORT, { c: cohortId, csv: 'name,email\nNew,new@term.test', dry: true, mode: 'ALL_OR_NOTHING' }],
      [
        'mutation($t: ID!, $c: ID!) { createAssignment(input: { templateId: $t, cohortId: $c }) { id } }',
        { t: templateId, c: cohortId },
      ],
      ['mutation($a: ID!) { updateAssignment(id: $a, input: { title: "Later" }) { id } }', { a: assignmentId }],
      ['mutation($a: ID!) { deleteAssignment(id: $a) }', { a: assignmentId }],
      [
        'mutation($a: ID!, $m: ID!) { grantRetake(assignmentId: $a, candidateId: $m) { id } }',
        { a: assignmentId, m: org.ids.candidate },
      ],
    ];
    for (const [query, variables] of changes) {
      expect({ query, ...(await refusal(org.admin, query, variables)) }).toEqual({
        query,
        code: 'CONFLICT',
        reason: 'COHORT_ARCHIVED',
      });
    }
    // Nothing changed.
    const after = await org.admin.ok(
      `query($c: ID!, $a: ID!) { cohort(id: $c) { readinessTarget candidateCount coaches { id } }
        assignment(id: $a) { title candidates { retakesGranted } } }`,
      { c: cohortId, a: assignmentId },
    );
    expect(after.cohort).toEqual({ readinessTarget: 70, candidateCount: 1, coaches: [] });
    expect(after.assignment.candidates).toEqual([{ retakesGranted: 0 }]);
  });

  it('opens the cohort again on unarchive', async () => {
    expect((await org.admin.ok(UNARCHIVE, { c: cohortId })).unarchiveCohort.archivedAt).toBeNull();
    await org.admin.ok('mutation($c: ID!) { updateCohort(id: $c, input: { readinessTarget: 80 }) { id } }', { c: cohortId });
    expect((await org.admin.ok(LIST, {})).cohorts.totalCount).toBe(2);
  });

  it('lets a coach archive the cohort they coach, and only that one', async () => {
    expect((await org.coach.ok(ARCHIVE, { c: coachedId })).archiveCohort.archivedAt).toEqual(expect.any(String));
    expect((await org.coach.ok(LIST, {})).cohorts.totalCount).toBe(0);
    expect((await org.coach.ok(LIST, { archived: true })).cohorts.nodes).toEqual([{ name: 'Autumn 2026' }]);
    expect((await org.coach.ok(UNARCHIVE, { c: coachedId })).unarchiveCohort.archivedAt).toBeNull();
  });
});

describe('roster import dry run', () => {
  let app: TestApp;
  let org: OrgWorld;
  let other: OrgWorld;
  let cohortId: string;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false' });
    org = await createOrgWorld(app.app, app.url, 'Roster College');
    other = await createOrgWorld(app.app, app.url, 'Elsewhere College');
    cohortId = (await org.admin.ok(CREATE_COHORT, { n: 'Fall' })).createCohort.id;
  });
  afterAll(() => app.stop());

  // Line 3 is bad in the file; line 4 only once the database is consulted (a coach here).
  const csv = (fixed: boolean) =>
    [
      'name,email',
      'Ada Lovelace,ada@roster.test',
      fixed ? 'Alan Turing,alan@roster.test' : 'Alan Turing,alan-at-roster',
      `Coach,coach@roster-college.test`,
      'Grace Hopper,grace@roster.test',
    ].join('\n');

  it('reports every bad row, from the file and from the database, and writes nothing', async () => {
    const { importCohortRoster } = await org.admin.ok(IMPORT, {
      c: cohortId,
      csv: csv(false),
      dry: true,
      mode: 'ALL_OR_NOTHING',
    });
    expect(importCohortRoster).toEqual({
      imported: false,
      created: 2,
      existing: 0,
      invitationLinks: [],
      errors: [
        { line: 3, message: expect.stringContaining('alan-at-roster') },
        { line: 4, message: expect.stringContaining('coach') },
      ],
    });
    expect((await org.admin.ok(ROSTER, { c: cohortId })).cohort).toEqual({ candidateCount: 0, candidates: [] });
    const members = await org.admin.ok('{ members(options: { filter: { search: "roster.test" } }) { totalCount } }');
    expect(members.members.totalCount).toBe(0);
  });

  it('says what a valid file would do, then the import does exactly that', async () => {
    const fixed = csv(true).replace(/\nCoach,.*\n/, '\n');
    const preview = (await org.admin.ok(IMPORT, { c: cohortId, csv: fixed, dry: true, mode: 'ALL_OR_NOTHING' }))
      .importCohortRoster;
    expect(preview).toMatchObject({ imported: false, created: 3, existing: 0, errors: [] });
    expect((await org.admin.ok(ROSTER, { c: cohortId })).cohort.candidateCount).toBe(0);

    const done = (await org.admin.ok(IMPORT, { c: cohortId, csv: fixed, dry: false, mode: 'ALL_OR_NOTHING' })).importCohortRoster;
    expect(done).toMatchObject({ imported: true, created: 3, existing: 0, errors: [] });
    expect(done.invitationLinks).toHaveLength(3);
    expect((await org.admin.ok(ROSTER, { c: cohortId })).cohort.candidateCount).toBe(3);
  });

  it('answers NOT_FOUND to a coach of another cohort and to another organization', async () => {
    const coach = await addMember(app.app, app.url, org.organizationId, {
      email: 'other-coach@roster-college.test',
      name: 'Other coach',
      role: Role.COACH,
    });
    const theirs = (await coach.client.ok(CREATE_COHORT, { n: 'Theirs' })).createCohort.id;
    expect(theirs).toEqual(expect.any(String));
    for (const client of [coach.client, other.admin]) {
      expect(await refusal(client, IMPORT, { c: cohortId, csv: csv(true), dry: true, mode: 'ALL_OR_NOTHING' })).toEqual({
        code: 'NOT_FOUND',
        reason: 'COHORT_NOT_FOUND',
      });
    }
  });
});

describe("the organization's time zone", () => {
  let app: TestApp;
  let org: OrgWorld;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false' });
    org = await createOrgWorld(app.app, app.url, 'Zone College');
  });
  afterAll(() => app.stop());

  const UPDATE = `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { name timeZone } }`;

  it('is UTC until an admin sets an IANA zone; the name stays as it was', async () => {
    expect((await org.coach.ok('{ organization { timeZone } }')).organization.timeZone).toBe('UTC');
    expect((await org.admin.ok(UPDATE, { i: { timeZone: 'Europe/Paris' } })).updateOrganization).toEqual({
      name: 'Zone College',
      timeZone: 'Europe/Paris',
    });
    expect((await org.candidate.ok('{ organization { timeZone } }')).organization.timeZone).toBe('Europe/Paris');
  });

  it('refuses an unknown zone and anyone but an admin', async () => {
    expect(await refusal(org.admin, UPDATE, { i: { timeZone: 'Mars/Olympus' } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refusal(org.coach, UPDATE, { i: { timeZone: 'Asia/Tokyo' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await org.admin.ok('{ organization { timeZone } }')).organization.timeZone).toBe('Europe/Paris');
  });
});
