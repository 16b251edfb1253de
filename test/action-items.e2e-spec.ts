import { JobQueue } from '../apps/api/src/queue/job-queue';
import { ActionItemsService } from '../apps/api/src/action-items/action-items.service';
import { startTestApp, TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { createOrgWorld, OrgWorld } from './support/world';
import { countQueries } from './support/query-counter';
import { assign, questionBank, sit } from './support/sittings';

const ADD_TO_COHORT = `mutation($c: ID!, $m: [ID!]!, $r: CohortRole!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: $r }) { id } }`;
const PROPOSED = `query($s: ID!) { proposedActionItems(sessionId: $s) { text evaluationId answerCount lowestScore } }`;
const KEEP = `mutation($s: ID!, $e: ID!, $t: String!) { keepActionItem(sessionId: $s, evaluationId: $e, text: $t) {
  id text status source evaluationId sessionId reviewId createdBy { id } candidate { id } } }`;
const DROP = `mutation($s: ID!, $e: ID!, $t: String!) { dropActionItem(sessionId: $s, evaluationId: $e, text: $t) }`;
const LIST = `query($m: ID, $st: ActionItemStatus, $o: ActionItemListOptions) { actionItems(membershipId: $m, status: $st, options: $o) {
  totalCount nodes { id text status source membershipId evaluationId reviewId createdBy { id } doneAt } } }`;
const ADD = `mutation($i: AddActionItemInput!) { addActionItem(input: $i) { id text source status membershipId evaluationId sessionId createdBy { id } } }`;
const SET_STATUS = `mutation($id: ID!, $st: ActionItemStatus!) { setActionItemStatus(id: $id, status: $st) { id status doneAt } }`;
const REVIEW = `mutation($e: ID!, $items: [String!]) { reviewEvaluation(evaluationId: $e, input: { actionItems: $items }) { id } }`;
const OPEN_COUNT = `query($m: ID!) { member(id: $m) { openActionItems } }`;

/** Action items as records: the coach's, and the AI's once the candidate keeps them. */
describe('action items', () => {
  let app: TestApp;
  let org: OrgWorld;
  let other: OrgWorld;
  let sitting: string;
  let realistic: string;
  /** The practice sitting's evaluations, by question. */
  let evaluations: string[];
  let realisticEvaluation: string;
  let classmateEvaluation: string;

  const evaluationsOf = async (sessionId: string): Promise<string[]> => {
    const { session } = await org.admin.ok(`query($s: ID!) { session(id: $s) { questions { answers { evaluation { id } } } } }`, {
      s: sessionId,
    });
    return session.questions.map((q: any) => q.answers[0].evaluation.id);
  };
  /** What the AI suggested on an evaluation, and its score: set by hand so the proposals can be worked out by hand. */
  const suggest = (evaluationId: string, score: number, items: string[]) =>
    app.dataSource.query('UPDATE evaluations SET overall_score = $1, action_items = $2::jsonb WHERE id = $3', [
      score,
      JSON.stringify(items),
      evaluationId,
    ]);

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    org = await createOrgWorld(app.app, app.url, 'Items U');
    other = await createOrgWorld(app.app, app.url, 'Other U');
    // The coach coaches Y (the classmate's), not X (the candidate's): a coach of another cohort for the candidate.
    const x = (await org.admin.ok(`mutation { createCohort(input: { name: "X" }) { id } }`)).createCohort.id;
    const y = (await org.admin.ok(`mutation { createCohort(input: { name: "Y" }) { id } }`)).createCohort.id;
    await org.admin.ok(ADD_TO_COHORT, { c: x, m: [org.ids.candidate], r: 'CANDIDATE' });
    await org.admin.ok(ADD_TO_COHORT, { c: y, m: [org.ids.otherCandidate], r: 'CANDIDATE' });
    await org.admin.ok(ADD_TO_COHORT, { c: y, m: [org.ids.coach], r: 'COACH' });

    const bank = await questionBank(org.admin, 'ownership', 3);
    const practice = await assign(org.admin, {
      questionIds: bank.questionIds,
      mode: 'PRACTICE',
      candidateIds: [org.ids.candidate],
    });
    const exam = await assign(org.admin, {
      questionIds: [bank.questionIds[0]],
      mode: 'REALISTIC',
      candidateIds: [org.ids.candidate],
    });
    const classmates = await assign(org.admin, {
      questionIds: [bank.questionIds[0]],
      mode: 'PRACTICE',
      candidateIds: [org.ids.otherCandidate],
    });
    sitting = await sit(org.candidate, practice, 3);
    realistic = await sit(org.candidate, exam, 1, false);
    const classmateSitting = await sit(org.otherCandidate, classmates, 1);
    await app.app.get(JobQueue).drain();
    evaluations = await evaluationsOf(sitting);
    [realisticEvaluation] = await evaluationsOf(realistic);
    [classmateEvaluation] = await evaluationsOf(classmateSitting);
    // Worked out by hand (see proposal-rule.ts): "quantify" and "own part" come from two answers each, both
    // first from the 40 answer (its 1st and 2nd item); then the single ones by score: "pause" (55, 1st),
    // "smile" (55, 3rd), "slow down" (70).
    await suggest(evaluations[0], 40, ['Quantify the result', 'Name your own part']);
    await suggest(evaluations[1], 70, ['quantify  the RESULT', 'Slow down']);
    await suggest(evaluations[2], 55, ['Pause before answering', ' name your own part', 'Smile']);
  });
  afterAll(() => app.stop());

  it('proposes nothing before the sitting is completed, and only to its candidate', async () => {
    const early = await org.candidate.request(PROPOSED, { s: realistic });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_NOT_COMPLETED' });
    expect(await org.otherCandidate.errorCode(PROPOSED, { s: sitting })).toBe('NOT_FOUND');
    expect(await other.candidate.errorCode(PROPOSED, { s: sitting })).toBe('NOT_FOUND');
    expect(await org.admin.errorCode(PROPOSED, { s: sitting })).toBe('FORBIDDEN');
  });

  it('proposes the three most important suggestions: repeated ones first, then those of the lowest-scoring answers', async () => {
    const { proposedActionItems } = await org.candidate.ok(PROPOSED, { s: sitting });
    expect(proposedActionItems).toEqual([
      { text: 'Quantify the result', evaluationId: evaluations[0], answerCount: 2, lowestScore: 40 },
      { text: 'Name your own part', evaluationId: evaluations[0], answerCount: 2, lowestScore: 40 },
      { text: 'Pause before answering', evaluationId: evaluations[2], answerCount: 1, lowestScore: 55 },
    ]);
  });

  it('keeps a suggestion once however often it is kept, and a dropped one is not proposed again', async () => {
    const first = (await org.candidate.ok(KEEP, { s: sitting, e: evaluations[0], t: 'Quantify the result' })).keepActionItem;
    expect(first).toMatchObject({
      text: 'Quantify the result',
      status: 'OPEN',
      source: 'AI',
      evaluationId: evaluations[0],
      sessionId: sitting,
      reviewId: null,
      createdBy: null,
      candidate: { id: org.ids.candidate },
    });
    // Again, spelled otherwise: the same record.
    const again = (await org.candidate.ok(KEEP, { s: sitting, e: evaluations[0], t: ' quantify the result ' })).keepActionItem;
    expect(again.id).toBe(first.id);
    const kept = await org.candidate.ok(LIST, { o: { filter: { source: 'AI' } } });
    expect(kept.actionItems.nodes.map((n: any) => n.id)).toEqual([first.id]);

    await org.candidate.ok(DROP, { s: sitting, e: evaluations[2], t: 'name your own part' });
    await org.candidate.ok(DROP, { s: sitting, e: evaluations[2], t: 'name your own part' });
    const { proposedActionItems } = await org.candidate.ok(PROPOSED, { s: sitting });
    expect(proposedActionItems.map((p: any) => [p.text, p.evaluationId])).toEqual([
      ['Pause before answering', evaluations[2]],
      ['Smile', evaluations[2]],
      ['Slow down', evaluations[1]],
    ]);

    // Dropping one kept is refused (tick it off instead); keeping one dropped keeps it.
    const dropKept = await org.candidate.request(DROP, { s: sitting, e: evaluations[0], t: 'Quantify the result' });
    expect(dropKept.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTION_ITEM_ALREADY_KEPT' });
    const changedMind = (await org.candidate.ok(KEEP, { s: sitting, e: evaluations[2], t: 'Name your own part' })).keepActionItem;
    expect(changedMind.text).toBe(' name your own part');
    expect((await org.candidate.ok(PROPOSED, { s: sitting })).proposedActionItems).toHaveLength(3);
    await org.candidate.ok(DROP, { s: sitting, e: evaluations[2], t: 'Smile' });
    await org.candidate.ok(DROP, { s: sitting, e: evaluations[1], t: 'Slow down' });
    await org.candidate.ok(DROP, { s: sitting, e: evaluations[2], t: 'Pause before answering' });
    expect((await org.candidate.ok(PROPOSED, { s: sitting })).proposedActionItems).toEqual([]);
  });

  it('keeps or drops only a suggestion of the caller’s own completed sitting', async () => {
    const code = async (client: GqlClient, query: string, vars: Record<string, unknown>) =>
      (await client.request(query, vars)).errors?.[0].extensions;
    for (const query of [KEEP, DROP]) {
      expect(await code(org.candidate, query, { s: sitting, e: evaluations[1], t: 'Not one of its items' })).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'SUGGESTION_NOT_FOUND',
      });
      // An evaluation of another sitting.
      expect(await code(org.candidate, query, { s: sitting, e: realisticEvaluation, t: 'x' })).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'EVALUATION_NOT_FOUND',
      });
      expect(await code(org.candidate, query, { s: realistic, e: realisticEvaluation, t: 'x' })).toMatchObject({
        code: 'CONFLICT',
      });
      for (const stranger of [org.otherCandidate, other.candidate]) {
        expect(await code(stranger, query, { s: sitting, e: evaluations[1], t: 'Slow down' })).toMatchObject({
          code: 'NOT_FOUND',
          reason: 'SESSION_NOT_FOUND',
        });
      }
      expect(await code(org.coach, query, { s: sitting, e: evaluations[1], t: 'Slow down' })).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it("makes every coach's action item in a review a record of the candidate, in the same step", async () => {
    await org.admin.ok(REVIEW, {
      e: evaluations[1],
      items: ['Lead with the result', ' lead with  the result', 'Practise out loud', ' '],
    });
    const { actionItems } = await org.candidate.ok(LIST, { o: { filter: { source: 'COACH' } } });
    // One per text (the first spelling), made together: in either order.
    const made = { source: 'COACH', status: 'OPEN', evaluationId: evaluations[1], createdBy: { id: org.ids.admin } };
    expect(actionItems.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: 'Practise out loud', ...made }),
        expect.objectContaining({ text: 'Lead with the result', ...made }),
      ]),
    );
    expect(actionItems.totalCount).toBe(2);
    expect(actionItems.nodes[0].reviewId).toEqual(expect.any(String));
    expect(actionItems.nodes[1].reviewId).toBe(actionItems.nodes[0].reviewId);
    // Its own coach reviews the classmate.
    await org.coach.ok(REVIEW, { e: classmateEvaluation, items: ['Breathe'] });
    const classmate = await org.otherCandidate.ok(LIST, {});
    expect(classmate.actionItems.nodes.map((n: any) => [n.text, n.createdBy.id])).toEqual([['Breathe', org.ids.coach]]);
  });

  it("keeps a coach's items of a realistic sitting from the candidate until it is completed, as its scores", async () => {
    await org.admin.ok(REVIEW, { e: realisticEvaluation, items: ['Hidden until the end'] });
    const texts = async (client: GqlClient, m?: string) =>
      (await client.ok(LIST, { m })).actionItems.nodes.map((n: any) => n.text as string);
    expect(await texts(org.candidate)).not.toContain('Hidden until the end');
    expect(await texts(org.admin, org.ids.candidate)).toContain('Hidden until the end');
    const hidden = (await org.admin.ok(LIST, { m: org.ids.candidate })).actionItems.nodes.find(
      (n: any) => n.text === 'Hidden until the end',
    );
    expect(await org.candidate.errorCode(SET_STATUS, { id: hidden.id, st: 'DONE' })).toBe('NOT_FOUND');
    await org.candidate.ok('mutation($s: ID!) { completeSession(id: $s) { id } }', { s: realistic });
    expect(await texts(org.candidate)).toContain('Hidden until the end');
  });

  it('lets a coach add an item for a candidate they manage only, about that candidate’s own evaluations', async () => {
    const added = (
      await org.coach.ok(ADD, {
        i: { membershipId: org.ids.otherCandidate, text: ' Mock the final round ', evaluationId: classmateEvaluation },
      })
    ).addActionItem;
    expect(added).toMatchObject({
      text: 'Mock the final round',
      source: 'COACH',
      status: 'OPEN',
      membershipId: org.ids.otherCandidate,
      evaluationId: classmateEvaluation,
      createdBy: { id: org.ids.coach },
    });
    expect(added.sessionId).toEqual(expect.any(String));
    const refused = async (client: GqlClient, input: Record<string, unknown>) =>
      (await client.request(ADD, { i: { text: 'Practise', ...input } })).errors?.[0].extensions;
    expect(await refused(org.coach, { membershipId: org.ids.candidate })).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'MEMBER_NOT_FOUND',
    });
    expect(await refused(org.coach, { membershipId: org.ids.otherCandidate, evaluationId: evaluations[0] })).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'EVALUATION_NOT_FOUND',
    });
    expect(await refused(other.admin, { membershipId: org.ids.candidate })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(org.candidate, { membershipId: org.ids.candidate })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(org.admin, { membershipId: org.ids.candidate, text: '   ' })).toMatchObject({ reason: 'EMPTY_TEXT' });
    expect(await refused(org.admin, { membershipId: org.ids.candidate, text: 'x'.repeat(501) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VALIDATION_FAILED',
    });
    expect(await refused(org.admin, { membershipId: 'not-an-id' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    const direct = (await org.admin.ok(ADD, { i: { membershipId: org.ids.candidate, text: 'Research the company' } }))
      .addActionItem;
    expect(direct).toMatchObject({ evaluationId: null, sessionId: null, createdBy: { id: org.ids.admin } });
  });

  it('lists a candidate their own, a coach their cohorts’ candidates’, an admin all: newest first', async () => {
    const mine = (await org.candidate.ok(LIST, {})).actionItems;
    // Kept: "quantify", "own part"; coach: "lead", "out loud", "hidden", "research".
    expect(mine.totalCount).toBe(6);
    const texts = mine.nodes.map((n: any) => n.text);
    expect(texts.slice(0, 2)).toEqual(['Research the company', 'Hidden until the end']);
    expect(texts.slice(2, 4).sort()).toEqual(['Lead with the result', 'Practise out loud']);
    expect(texts.slice(4)).toEqual([' name your own part', 'Quantify the result']);
    expect((await org.candidate.ok(LIST, { m: org.ids.candidate })).actionItems.totalCount).toBe(6);
    expect(await org.candidate.errorCode(LIST, { m: org.ids.otherCandidate })).toBe('NOT_FOUND');
    const coached = (await org.coach.ok(LIST, {})).actionItems;
    expect(coached.nodes.every((n: any) => n.membershipId === org.ids.otherCandidate)).toBe(true);
    expect(coached.totalCount).toBe(2);
    expect(await org.coach.errorCode(LIST, { m: org.ids.candidate })).toBe('NOT_FOUND');
    expect((await org.admin.ok(LIST, {})).actionItems.totalCount).toBe(8);
    expect((await other.admin.ok(LIST, {})).actionItems.totalCount).toBe(0);
    expect(await other.admin.errorCode(LIST, { m: org.ids.candidate })).toBe('NOT_FOUND');
    const page = (
      await org.admin.ok(LIST, { m: org.ids.candidate, o: { take: 1, skip: 1, sort: { field: 'CREATED_AT', order: 'ASC' } } })
    ).actionItems;
    expect(page.nodes.map((n: any) => n.text)).toEqual([' name your own part']);
  });

  it('lets the candidate tick items off (and staff who manage them), nobody else', async () => {
    const [item] = (await org.candidate.ok(LIST, { o: { filter: { source: 'AI' }, take: 1 } })).actionItems.nodes;
    const done = (await org.candidate.ok(SET_STATUS, { id: item.id, st: 'DONE' })).setActionItemStatus;
    expect(done.status).toBe('DONE');
    expect(Date.parse(done.doneAt)).toBeGreaterThan(0);
    expect((await org.candidate.ok(LIST, { st: 'DONE' })).actionItems.nodes.map((n: any) => n.id)).toEqual([item.id]);
    for (const stranger of [org.otherCandidate, org.coach, other.admin, other.candidate]) {
      expect(await stranger.errorCode(SET_STATUS, { id: item.id, st: 'OPEN' })).toBe('NOT_FOUND');
    }
    const reopened = (await org.admin.ok(SET_STATUS, { id: item.id, st: 'OPEN' })).setActionItemStatus;
    expect(reopened).toMatchObject({ status: 'OPEN', doneAt: null });
    await org.candidate.ok(SET_STATUS, { id: item.id, st: 'DONE' });
    const [classmates] = (await org.otherCandidate.ok(LIST, {})).actionItems.nodes;
    expect((await org.coach.ok(SET_STATUS, { id: classmates.id, st: 'DONE' })).setActionItemStatus.status).toBe('DONE');
  });

  it('counts open items per candidate in one query for readiness, and on Member for whoever may see them', async () => {
    const service = app.app.get(ActionItemsService);
    const ids = [org.ids.candidate, org.ids.otherCandidate, org.ids.coach];
    // Candidate: 6 items, one done; classmate: 2, one done.
    let counts = new Map<string, number>();
    const { count } = await countQueries(
      app.dataSource,
      async () => (counts = await service.openCounts({ organizationId: org.organizationId }, ids)),
    );
    expect(count).toBe(1);
    expect(Object.fromEntries(counts)).toEqual({ [org.ids.candidate]: 5, [org.ids.otherCandidate]: 1 });
    expect((await service.openCounts({ organizationId: other.organizationId }, ids)).size).toBe(0);

    expect((await org.admin.ok(OPEN_COUNT, { m: org.ids.candidate })).member.openActionItems).toBe(5);
    expect((await org.coach.ok(OPEN_COUNT, { m: org.ids.otherCandidate })).member.openActionItems).toBe(1);
    // A coach of another cohort sees the member, not their items.
    expect((await org.coach.ok(OPEN_COUNT, { m: org.ids.candidate })).member.openActionItems).toBe(0);
    const own = await org.candidate.ok(`{ cohorts { nodes { candidates { id openActionItems } } } }`);
    expect(own.cohorts.nodes[0].candidates).toEqual([{ id: org.ids.candidate, openActionItems: 5 }]);
  });
});
