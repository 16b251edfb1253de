import { startTestApp, TestApp } from './support/test-app';
import { createOrgWorld, OrgWorld } from './support/world';

/** A coach's and an admin's whole set-up flow, over HTTP. */
describe('cohorts, question bank, rubrics, templates and assignments', () => {
  let app: TestApp;
  let org: OrgWorld;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false' });
    org = await createOrgWorld(app.app, app.url, 'Crud College');
    await org.admin.ok(`mutation { createRubric(input: { name: "Default", isDefault: true, criteria: [
      { name: "Structure", weight: 2, levels: ["a","b","c","d","e"] },
      { name: "Impact", weight: 1, levels: ["a","b","c","d","e"] } ] }) { id } }`);
  });
  afterAll(() => app.stop());

  it('runs a full set-up: cohort, roster, questions, template, assignment', async () => {
    const { createCohort: cohort } = await org.coach.ok(
      `mutation { createCohort(input: { name: "Data, Spring 2027", startsOn: "2027-01-10", endsOn: "2027-05-01" }) { id coaches { id } } }`,
    );
    expect(cohort.coaches).toEqual([{ id: org.ids.coach }]);

    const roster = await org.coach.ok(
      `mutation($id: ID!, $csv: String!) { importCohortRoster(cohortId: $id, input: { csv: $csv }) { imported created existing errors { line message } } }`,
      {
        id: cohort.id,
        csv: `Name,Email\nAda Lovelace,ada@example.org\nAlan Turing,ALAN@example.org\ncandidate,candidate@crud-college.test\n`,
      },
    );
    expect(roster.importCohortRoster).toEqual({ imported: true, created: 2, existing: 1, errors: [] });

    const members = await org.coach.ok(
      `query($id: ID!) { members(options: { filter: { cohortId: $id, role: CANDIDATE }, sort: { field: EMAIL } }) { totalCount nodes { email role } } }`,
      { id: cohort.id },
    );
    expect(members.members.nodes.map((m: { email: string }) => m.email)).toEqual([
      'ada@example.org',
      'alan@example.org',
      'candidate@crud-college.test',
    ]);

    const { createCompany: company } = await org.coach.ok(
      `mutation { createCompany(input: { name: "Globex", cultureNotes: "Fast-paced", techStack: ["Go", "Kafka"] }) { id techStack } }`,
    );
    const { createQuestionSet: set } = await org.coach.ok(
      `mutation($c: ID!) { createQuestionSet(input: { name: "Globex SRE", companyId: $c, roleTrack: "SRE" }) { id company { name } } }`,
      { c: company.id },
    );
    expect(set.company.name).toBe('Globex');

    const csv = [
      'prompt,type,difficulty,competencies,talking points,time limit seconds',
      '"Tell me about an outage you handled.",behavioral,medium,incident response; ownership,timeline;communication;postmortem,180',
      '"How does a load balancer decide where to send traffic?",TECHNICAL,EASY,networking,algorithms;health checks,120',
      '"Design a metrics pipeline for 1M events per second.",system design,hard,system design,ingestion;storage;querying,600',
    ].join('\n');
    const imported = await org.coach.ok(
      `mutation($s: ID!, $csv: String!) { importQuestions(questionSetId: $s, input: { csv: $csv }) { imported created errors { line } } }`,
      { s: set.id, csv },
    );
    expect(imported.importQuestions).toEqual({ imported: true, created: 3, errors: [] });

    const { questions } = await org.coach.ok(
      `query($s: ID!) { questions(options: { filter: { questionSetId: $s }, sort: { field: DIFFICULTY } }) { totalCount nodes { id type difficulty competencies talkingPoints timeLimitSeconds } } }`,
      { s: set.id },
    );
    expect(questions.totalCount).toBe(3);
    expect(questions.nodes[0]).toMatchObject({
      difficulty: 'EASY',
      type: 'TECHNICAL',
      talkingPoints: ['algorithms', 'health checks'],
    });
    const behavioral = questions.nodes.find((q: { type: string }) => q.type === 'BEHAVIORAL');
    expect(behavioral.competencies).toEqual(['incident response', 'ownership']);

    const filtered = await org.coach.ok(`{ questions(options: { filter: { competency: "Networking" } }) { totalCount } }`);
    expect(filtered.questions.totalCount).toBe(1);

    const { createTemplate: template } = await org.coach.ok(
      `mutation($q: ID!, $s: ID!) { createTemplate(input: { name: "SRE screen", mode: REALISTIC, followUpCount: 1,
        items: [{ questionId: $q, timeLimitSeconds: 240 }, { draw: { questionSetId: $s, type: TECHNICAL, count: 1 } }] })
        { id mode rubric { name } items { position question { id } drawCount timeLimitSeconds } } }`,
      { q: behavioral.id, s: set.id },
    );
    expect(template.rubric.name).toBe('Default');
    expect(template.items).toEqual([
      { position: 0, question: { id: behavioral.id }, drawCount: null, timeLimitSeconds: 240 },
      { position: 1, question: null, drawCount: 1, timeLimitSeconds: null },
    ]);

    const tooMany = await org.coach.request(
      `mutation($s: ID!) { createTemplate(input: { name: "x", mode: PRACTICE, items: [{ draw: { questionSetId: $s, count: 9 } }] }) { id } }`,
      { s: set.id },
    );
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ENOUGH_QUESTIONS' });

    const { createAssignment: assignment } = await org.coach.ok(
      `mutation($t: ID!, $c: ID!) { createAssignment(input: { templateId: $t, cohortId: $c, dueAt: "2027-02-01T17:00:00Z" }) {
        id title dueAt cohort { name } candidates { status member { email } } } }`,
      { t: template.id, c: cohort.id },
    );
    expect(assignment.title).toBe('SRE screen');
    expect(assignment.candidates).toHaveLength(3);
    expect(assignment.candidates.every((c: { status: string }) => c.status === 'ASSIGNED')).toBe(true);

    const mine = await org.candidate.ok(
      `{ assignments { totalCount nodes { title candidates { member { email } } template { name mode } } } }`,
    );
    expect(mine.assignments.totalCount).toBe(1);
    expect(mine.assignments.nodes[0].candidates).toEqual([{ member: { email: 'candidate@crud-college.test' } }]);
    const peek = await org.candidate.request(`{ assignments { nodes { template { items { question { prompt } } } } } }`);
    expect(peek.errors![0].extensions!.code).toBe('FORBIDDEN');

    expect((await org.otherCandidate.ok(`{ assignments { totalCount } }`)).assignments.totalCount).toBe(0);

    // Still referenced: deleting the template is refused, nothing is removed.
    expect(await org.coach.errorCode(`mutation($id: ID!) { deleteTemplate(id: $id) }`, { id: template.id })).toBe('CONFLICT');
    await org.coach.ok(`mutation($id: ID!) { deleteAssignment(id: $id) }`, { id: assignment.id });
    await org.coach.ok(`mutation($id: ID!) { deleteTemplate(id: $id) }`, { id: template.id });
    await org.coach.ok(`mutation($id: ID!) { deleteCohort(id: $id) }`, { id: cohort.id });
    expect((await org.coach.ok(`{ cohorts { totalCount } }`)).cohorts.totalCount).toBe(0);
  });

  it('imports nothing from a roster with a bad row unless asked to take the good rows', async () => {
    const { createCohort: cohort } = await org.admin.ok(`mutation { createCohort(input: { name: "Roster test" }) { id } }`);
    const csv =
      'name,email\nGood One,good1@example.org\n,missing-name@example.org\nBad Mail,not-an-email\nGood Two,good2@example.org\nDup,GOOD1@example.org\n';
    const query = `mutation($id: ID!, $csv: String!, $mode: ImportMode!) { importCohortRoster(cohortId: $id, input: { csv: $csv, mode: $mode }) {
      imported created errors { line message } } }`;
    const strict = await org.admin.ok(query, { id: cohort.id, csv, mode: 'ALL_OR_NOTHING' });
    expect(strict.importCohortRoster.imported).toBe(false);
    expect(strict.importCohortRoster.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 6]);
    const count = async () =>
      (await org.admin.ok(`query($id: ID!) { cohort(id: $id) { candidateCount } }`, { id: cohort.id })).cohort.candidateCount;
    expect(await count()).toBe(0);
    expect((await org.admin.ok(`{ members(options: { filter: { search: "good1" } }) { totalCount } }`)).members.totalCount).toBe(
      0,
    );

    const lenient = await org.admin.ok(query, { id: cohort.id, csv, mode: 'VALID_ROWS_ONLY' });
    expect(lenient.importCohortRoster).toMatchObject({ imported: true, created: 2 });
    expect(await count()).toBe(2);

    const coachRow = await org.admin.ok(query, {
      id: cohort.id,
      csv: 'name,email\nCoach,coach@crud-college.test\n',
      mode: 'ALL_OR_NOTHING',
    });
    expect(coachRow.importCohortRoster.imported).toBe(false);
    expect(coachRow.importCohortRoster.errors[0].line).toBe(2);

    const malformed = await org.admin.request(query, {
      id: cohort.id,
      csv: 'name,email\n"unterminated,x@y.org\n',
      mode: 'ALL_OR_NOTHING',
    });
    expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_CSV' });
    const noEmail = await org.admin.request(query, { id: cohort.id, csv: 'name\nA\n', mode: 'ALL_OR_NOTHING' });
    expect(noEmail.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MISSING_COLUMNS' });
  });

  it('rejects bad question rows with the line and the reason', async () => {
    const { createQuestionSet: set } = await org.admin.ok(`mutation { createQuestionSet(input: { name: "Strict" }) { id } }`);
    const csv =
      'prompt,type,time limit seconds\n"A fine prompt here",CASE,200\n"Another prompt",INTERPRETIVE_DANCE,100\n"Third prompt",CODING,forever\n';
    const result = await org.admin.ok(
      `mutation($s: ID!, $csv: String!) { importQuestions(questionSetId: $s, input: { csv: $csv }) { imported errors { line message } } }`,
      { s: set.id, csv },
    );
    expect(result.importQuestions.imported).toBe(false);
    expect(result.importQuestions.errors).toEqual([
      { line: 3, message: expect.stringMatching(/type must be one of/) },
      { line: 4, message: expect.stringMatching(/timeLimitSeconds/) },
    ]);
    const after = await org.admin.ok(`query($s: ID!) { questionSet(id: $s) { questionCount } }`, { s: set.id });
    expect(after.questionSet.questionCount).toBe(0);
  });

  it('versions rubrics: editing criteria adds a version and keeps the old one', async () => {
    const { createRubric: rubric } = await org.admin.ok(
      `mutation { createRubric(input: { name: "Tech", criteria: [{ name: "Depth", weight: 1, levels: ["1","2","3","4","5"] }] }) { id currentVersion { id version } } }`,
    );
    const updated = await org.admin.ok(
      `mutation($id: ID!) { updateRubric(id: $id, input: { criteria: [{ name: "Depth", weight: 2, levels: ["1","2","3","4","5"] }, { key: "clarity", name: "Clear", weight: 1, levels: ["1","2","3","4","5"] }] })
        { currentVersion { version criteria { key weight } } versions { id version } } }`,
      { id: rubric.id },
    );
    expect(updated.updateRubric.currentVersion).toEqual({
      version: 2,
      criteria: [
        { key: 'depth', weight: 2 },
        { key: 'clarity', weight: 1 },
      ],
    });
    expect(updated.updateRubric.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(updated.updateRubric.versions[1].id).toBe(rubric.currentVersion.id);

    const bad = await org.admin.request(
      `mutation { createRubric(input: { name: "Bad", criteria: [{ name: "X", weight: 0, levels: ["1","2"] }] }) { id } }`,
    );
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await org.coach.errorCode(`mutation($id: ID!) { deleteRubric(id: $id) }`, { id: rubric.id })).toBe('FORBIDDEN');
    await org.admin.ok(`mutation($id: ID!) { deleteRubric(id: $id) }`, { id: rubric.id });
  });

  it('pages, sorts and filters lists', async () => {
    for (const name of ['Zeta', 'Alpha', 'Mesa'])
      await org.admin.ok(`mutation($n: String!) { createCohort(input: { name: $n }) { id } }`, { n: name });
    const page = await org.admin.ok(
      `{ cohorts(options: { skip: 1, take: 2, sort: { field: NAME, order: DESC }, filter: { search: "a" } }) { totalCount nodes { name } } }`,
    );
    expect(page.cohorts.totalCount).toBe(3);
    expect(page.cohorts.nodes.map((n: { name: string }) => n.name)).toEqual(['Mesa', 'Alpha']);
  });

  it("gives candidates who join a cohort late its assignments that are not yet due, and nobody else's", async () => {
    const { createCohort: cohort } = await org.coach.ok(`mutation { createCohort(input: { name: "Late joiners" }) { id } }`);
    const { createQuestionSet: set } = await org.coach.ok(`mutation { createQuestionSet(input: { name: "Late set" }) { id } }`);
    const { createQuestion: question } = await org.coach.ok(
      `mutation($s: ID!) { createQuestion(input: { questionSetId: $s, prompt: "Tell me about a conflict.", type: BEHAVIORAL }) { id } }`,
      { s: set.id },
    );
    const { createTemplate: template } = await org.coach.ok(
      `mutation($q: ID!) { createTemplate(input: { name: "Late screen", mode: PRACTICE, items: [{ questionId: $q }] }) { id } }`,
      { q: question.id },
    );
    const assign = async (title: string, dueAt: string | null) =>
      (
        await org.coach.ok(
          `mutation($t: ID!, $c: ID!, $title: String, $due: DateTime) { createAssignment(input: { templateId: $t, cohortId: $c, title: $title, dueAt: $due }) { id } }`,
          { t: template.id, c: cohort.id, title, due: dueAt },
        )
      ).createAssignment.id as string;
    await assign('Open-ended', null);
    await assign('Due next year', new Date(Date.now() + 365 * 86_400_000).toISOString());
    await assign('Already due', new Date(Date.now() - 86_400_000).toISOString());
    const { createAssignment: personal } = await org.admin.ok(
      `mutation($t: ID!, $c: [ID!]) { createAssignment(input: { templateId: $t, candidateIds: $c, title: "Just for one" }) { id } }`,
      { t: template.id, c: [org.ids.otherCandidate] },
    );
    expect(personal.id).toBeDefined();

    const titles = async () =>
      (await org.candidate.ok(`{ assignments(options: { take: 100 }) { nodes { title cohortId } } }`)).assignments.nodes
        .filter((a: { cohortId: string | null }) => a.cohortId === cohort.id)
        .map((a: { title: string }) => a.title)
        .sort();
    expect(await titles()).toEqual([]);
    const ADD = `mutation($c: ID!, $m: [ID!]!) { addCohortMembers(cohortId: $c, input: { memberIds: $m }) { id } }`;
    await org.coach.ok(ADD, { c: cohort.id, m: [org.ids.candidate] });
    expect(await titles()).toEqual(['Due next year', 'Open-ended']);
    // Joining again changes nothing.
    await org.coach.ok(ADD, { c: cohort.id, m: [org.ids.candidate] });
    expect(await titles()).toEqual(['Due next year', 'Open-ended']);
    const all = await org.candidate.ok(`{ assignments(options: { take: 100 }) { nodes { title } } }`);
    expect(all.assignments.nodes.map((a: { title: string }) => a.title)).not.toContain('Just for one');
  });
});
