import { JobQueue } from '../apps/api/src/queue/job-queue';
import { startTestApp, TestApp } from './support/test-app';
import { createOrgWorld, OrgWorld } from './support/world';
import { answerFirstQuestion, questionBank, storyAnswer } from './support/sittings';

const PREVIEW = `query($id: ID!) { previewTemplateDraw(id: $id) { position timeLimitSeconds question { id prompt } } }`;
const VERSIONS = `query($id: ID!) { rubric(id: $id) { versions { version used } } }`;

/** What the admin app's content screens read: a template's draw preview, and which rubric versions have scored. */
describe('template draw preview and rubric version usage', () => {
  let app: TestApp;
  let org: OrgWorld;
  let other: OrgWorld;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    org = await createOrgWorld(app.app, app.url, 'Preview College');
    other = await createOrgWorld(app.app, app.url, 'Elsewhere');
  });
  afterAll(() => app.stop());

  it('previews a draw of fixed and random questions without writing a sitting; other organizations get NOT_FOUND', async () => {
    const fixed = await questionBank(org.admin, 'ownership', 1);
    const pool = await questionBank(org.admin, 'teamwork', 4);
    const { createTemplate: template } = await org.admin.ok(
      `mutation($q: ID!, $s: ID!) { createTemplate(input: { name: "Screen", mode: REALISTIC,
        items: [{ questionId: $q, timeLimitSeconds: 90 }, { draw: { questionSetId: $s, count: 2 } }] }) { id } }`,
      { q: fixed.questionIds[0], s: pool.setId },
    );

    const draws = await Promise.all([1, 2, 3, 4, 5].map(() => org.coach.ok(PREVIEW, { id: template.id })));
    for (const { previewTemplateDraw: drawn } of draws) {
      expect(drawn.map((d: { position: number }) => d.position)).toEqual([0, 1, 2]);
      expect(drawn[0]).toMatchObject({ timeLimitSeconds: 90, question: { id: fixed.questionIds[0] } });
      expect(drawn[1].timeLimitSeconds).toBe(180);
      const random = drawn.slice(1).map((d: { question: { id: string } }) => d.question.id);
      expect(new Set(random).size).toBe(2);
      for (const id of random) expect(pool.questionIds).toContain(id);
    }
    // Random: five draws of two out of four are not all the same.
    expect(new Set(draws.map((d) => JSON.stringify(d.previewTemplateDraw))).size).toBeGreaterThan(1);
    expect((await org.admin.ok('{ sessions { totalCount } }')).sessions.totalCount).toBe(0);

    expect(await other.admin.errorCode(PREVIEW, { id: template.id })).toBe('NOT_FOUND');
    expect(await org.candidate.errorCode(PREVIEW, { id: template.id })).toBe('FORBIDDEN');
  });

  it('names the companies a sitting is about, with their notes, for the candidate to research', async () => {
    const company = async (name: string, cultureNotes: string, techStack: string[]) =>
      (
        await org.admin.ok('mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }', {
          i: { name, cultureNotes, techStack },
        })
      ).createCompany.id as string;
    const globex = await company('Globex', 'Small teams, written design docs.', ['Go']);
    const initech = await company('Initech', 'Pairs on everything.', ['Java', 'Kafka']);
    /** A question in a set of the company's. */
    const companyQuestion = async (companyId: string, prompt: string) => {
      const { createQuestionSet } = await org.admin.ok(
        'mutation($c: ID!, $n: String!) { createQuestionSet(input: { name: $n, companyId: $c }) { id } }',
        { c: companyId, n: `${prompt} set` },
      );
      const input = { questionSetId: createQuestionSet.id, prompt, type: 'BEHAVIORAL' };
      return (await org.admin.ok('mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }', { i: input }))
        .createQuestion.id as string;
    };
    const question = await companyQuestion(globex, 'Why Globex, and why now?');
    await companyQuestion(initech, 'What would you change at Initech?');
    const template = async (items: unknown[]) =>
      (
        await org.admin.ok(
          'mutation($i: [TemplateItemInput!]!) { createTemplate(input: { name: "T", mode: PRACTICE, items: $i }) { id } }',
          { i: items },
        )
      ).createTemplate.id as string;
    const both = await template([{ questionId: question }, { draw: { companyId: initech, count: 1 } }]);
    const none = await template([{ draw: { count: 1 } }]);
    const COMPANIES = `query($a: ID!) { assignment(id: $a) { template { companies { name cultureNotes techStack } } } }`;
    const assigned = async (templateId: string) =>
      (
        await org.admin.ok(
          'mutation($t: ID!, $c: [ID!]) { createAssignment(input: { templateId: $t, candidateIds: $c }) { id } }',
          {
            t: templateId,
            c: [org.ids.candidate],
          },
        )
      ).createAssignment.id as string;
    const forBoth = await assigned(both);
    expect((await org.candidate.ok(COMPANIES, { a: forBoth })).assignment.template.companies).toEqual([
      { name: 'Globex', cultureNotes: 'Small teams, written design docs.', techStack: ['Go'] },
      { name: 'Initech', cultureNotes: 'Pairs on everything.', techStack: ['Java', 'Kafka'] },
    ]);
    expect((await org.candidate.ok(COMPANIES, { a: await assigned(none) })).assignment.template.companies).toEqual([]);
    expect(await other.candidate.errorCode(COMPANIES, { a: forBoth })).toBe('NOT_FOUND');
  });

  it('marks a rubric version used once an answer is scored against it, and only that version', async () => {
    const { createRubric: rubric } = await org.admin.ok(
      `mutation { createRubric(input: { name: "Scored", criteria: [{ name: "Clarity", weight: 1, levels: ["1","2","3","4","5"] }] }) { id } }`,
    );
    expect((await org.admin.ok(VERSIONS, { id: rubric.id })).rubric.versions).toEqual([{ version: 1, used: false }]);

    const bank = await questionBank(org.admin, 'impact', 1);
    const templateId = (
      await org.admin.ok(
        `mutation($q: ID!, $r: ID!) { createTemplate(input: { name: "Scored screen", mode: PRACTICE, rubricId: $r, items: [{ questionId: $q }] }) { id } }`,
        { q: bank.questionIds[0], r: rubric.id },
      )
    ).createTemplate.id;
    const memberId = (await org.candidate.ok('{ me { memberId } }')).me.memberId;
    const { createAssignment } = await org.admin.ok(
      `mutation($t: ID!, $m: [ID!]) { createAssignment(input: { templateId: $t, candidateIds: $m }) { id } }`,
      { t: templateId, m: [memberId] },
    );
    await answerFirstQuestion(org.candidate, createAssignment.id, storyAnswer('impact'));
    await app.app.get(JobQueue).drain();

    await org.admin.ok(
      `mutation($id: ID!) { updateRubric(id: $id, input: { criteria: [{ name: "Clarity", weight: 2, levels: ["1","2","3","4","5"] }] }) { id } }`,
      { id: rubric.id },
    );
    expect((await org.coach.ok(VERSIONS, { id: rubric.id })).rubric.versions).toEqual([
      { version: 2, used: false },
      { version: 1, used: true },
    ]);
    expect(await other.admin.errorCode(VERSIONS, { id: rubric.id })).toBe('NOT_FOUND');
  });
});
