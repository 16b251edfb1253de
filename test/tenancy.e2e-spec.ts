import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLInputObjectType, GraphQLNamedType, GraphQLObjectType, isInputObjectType } from 'graphql';
import { JobQueue } from '../apps/api/src/queue/job-queue';
import { startTestApp, TestApp } from './support/test-app';
import { createOrgWorld, OrgWorld } from './support/world';

type Ids = Record<string, string>;

/** Every operation that takes an id, with variables pointing at one organization's rows. */
const OPERATIONS: {
  name: string;
  query: string;
  vars: (ids: Ids) => Record<string, unknown>;
  candidateMay?: boolean;
  /** Who tries it from the other organization (default: its admin). */
  actor?: 'candidate';
}[] = [
  { name: 'member', query: 'query($id: ID!) { member(id: $id) { id } }', vars: (i) => ({ id: i.member }) },
  { name: 'cohort', query: 'query($id: ID!) { cohort(id: $id) { id } }', vars: (i) => ({ id: i.cohort }), candidateMay: true },
  { name: 'company', query: 'query($id: ID!) { company(id: $id) { id } }', vars: (i) => ({ id: i.company }), candidateMay: true },
  {
    name: 'cohortReadiness',
    query: 'query($id: ID!) { cohortReadiness(cohortId: $id) { candidates } }',
    vars: (i) => ({ id: i.cohort }),
  },
  {
    name: 'candidateReadiness',
    query: 'query($id: ID!) { candidateReadiness(membershipId: $id) { score } }',
    vars: (i) => ({ id: i.member }),
    candidateMay: true,
  },
  {
    name: 'practiceNext',
    query: 'query($id: ID) { practiceNext(membershipId: $id) { focusShare } }',
    vars: (i) => ({ id: i.member }),
    candidateMay: true,
  },
  { name: 'questionSet', query: 'query($id: ID!) { questionSet(id: $id) { id } }', vars: (i) => ({ id: i.set }) },
  { name: 'question', query: 'query($id: ID!) { question(id: $id) { id } }', vars: (i) => ({ id: i.question }) },
  { name: 'rubric', query: 'query($id: ID!) { rubric(id: $id) { id } }', vars: (i) => ({ id: i.rubric }) },
  { name: 'template', query: 'query($id: ID!) { template(id: $id) { id } }', vars: (i) => ({ id: i.template }) },
  {
    name: 'assignment',
    query: 'query($id: ID!) { assignment(id: $id) { id } }',
    vars: (i) => ({ id: i.assignment }),
    candidateMay: true,
  },
  {
    name: 'updateMemberRole',
    query: 'mutation($id: ID!) { updateMemberRole(id: $id, role: COACH) { id } }',
    vars: (i) => ({ id: i.member }),
  },
  { name: 'removeMember', query: 'mutation($id: ID!) { removeMember(id: $id) }', vars: (i) => ({ id: i.member }) },
  {
    name: 'resendInvitation',
    query: 'mutation($m: ID!) { resendInvitation(memberId: $m) { emailed } }',
    vars: (i) => ({ m: i.pendingMember }),
  },
  {
    name: 'issuePasswordReset',
    query: 'mutation($m: ID!) { issuePasswordReset(memberId: $m) { resetUrl } }',
    vars: (i) => ({ m: i.member }),
  },
  {
    name: 'deleteCandidateData',
    query: 'mutation($m: ID!) { deleteCandidateData(memberId: $m) }',
    vars: (i) => ({ m: i.member }),
  },
  {
    name: 'acceptMyInvitation',
    query: 'mutation($i: ID!) { acceptMyInvitation(invitationId: $i) { organizationId } }',
    vars: (i) => ({ i: i.invitation }),
    candidateMay: true,
  },
  {
    name: 'declineInvitation',
    query: 'mutation($i: ID!) { declineInvitation(invitationId: $i) }',
    vars: (i) => ({ i: i.invitation }),
    candidateMay: true,
  },
  {
    name: 'updateCohort',
    query: 'mutation($id: ID!) { updateCohort(id: $id, input: { name: "x" }) { id } }',
    vars: (i) => ({ id: i.cohort }),
  },
  { name: 'archiveCohort', query: 'mutation($id: ID!) { archiveCohort(id: $id) { id } }', vars: (i) => ({ id: i.cohort }) },
  { name: 'unarchiveCohort', query: 'mutation($id: ID!) { unarchiveCohort(id: $id) { id } }', vars: (i) => ({ id: i.cohort }) },
  { name: 'deleteCohort', query: 'mutation($id: ID!) { deleteCohort(id: $id) }', vars: (i) => ({ id: i.cohort }) },
  {
    name: 'addCohortMembers',
    query: 'mutation($c: ID!, $m: [ID!]!) { addCohortMembers(cohortId: $c, input: { memberIds: $m }) { id } }',
    vars: (i) => ({ c: i.cohort, m: [i.member] }),
  },
  {
    name: 'removeCohortMember',
    query: 'mutation($c: ID!, $m: ID!) { removeCohortMember(cohortId: $c, memberId: $m) { id } }',
    vars: (i) => ({ c: i.cohort, m: i.member }),
  },
  {
    name: 'importCohortRoster',
    query: 'mutation($c: ID!) { importCohortRoster(cohortId: $c, input: { csv: "name,email\\nX,x@example.org" }) { imported } }',
    vars: (i) => ({ c: i.cohort }),
  },
  {
    name: 'updateCompany',
    query: 'mutation($id: ID!) { updateCompany(id: $id, input: { name: "x" }) { id } }',
    vars: (i) => ({ id: i.company }),
  },
  { name: 'deleteCompany', query: 'mutation($id: ID!) { deleteCompany(id: $id) }', vars: (i) => ({ id: i.company }) },
  {
    name: 'createQuestionSet',
    query: 'mutation($c: ID!) { createQuestionSet(input: { name: "x", companyId: $c }) { id } }',
    vars: (i) => ({ c: i.company }),
  },
  {
    name: 'updateQuestionSet',
    query: 'mutation($id: ID!) { updateQuestionSet(id: $id, input: { name: "x" }) { id } }',
    vars: (i) => ({ id: i.set }),
  },
  { name: 'deleteQuestionSet', query: 'mutation($id: ID!) { deleteQuestionSet(id: $id) }', vars: (i) => ({ id: i.set }) },
  {
    name: 'importQuestions',
    query:
      'mutation($s: ID!) { importQuestions(questionSetId: $s, input: { csv: "prompt,type\\nA question?,CASE" }) { imported } }',
    vars: (i) => ({ s: i.set }),
  },
  {
    name: 'createQuestion',
    query: 'mutation($s: ID!) { createQuestion(input: { questionSetId: $s, prompt: "A question?", type: CASE }) { id } }',
    vars: (i) => ({ s: i.set }),
  },
  {
    name: 'updateQuestion',
    query: 'mutation($id: ID!) { updateQuestion(id: $id, input: { prompt: "Changed?" }) { id } }',
    vars: (i) => ({ id: i.question }),
  },
  { name: 'deleteQuestion', query: 'mutation($id: ID!) { deleteQuestion(id: $id) }', vars: (i) => ({ id: i.question }) },
  {
    name: 'updateRubric',
    query: 'mutation($id: ID!) { updateRubric(id: $id, input: { name: "x" }) { id } }',
    vars: (i) => ({ id: i.rubric }),
  },
  { name: 'deleteRubric', query: 'mutation($id: ID!) { deleteRubric(id: $id) }', vars: (i) => ({ id: i.rubric }) },
  {
    name: 'createTemplate',
    query:
      'mutation($q: ID!, $r: ID) { createTemplate(input: { name: "x", mode: PRACTICE, rubricId: $r, items: [{ questionId: $q }] }) { id } }',
    vars: (i) => ({ q: i.question }),
  },
  {
    name: 'updateTemplate',
    query: 'mutation($id: ID!) { updateTemplate(id: $id, input: { name: "x" }) { id } }',
    vars: (i) => ({ id: i.template }),
  },
  {
    name: 'previewTemplateDraw',
    query: 'query($id: ID!) { previewTemplateDraw(id: $id) { position } }',
    vars: (i) => ({ id: i.template }),
  },
  { name: 'deleteTemplate', query: 'mutation($id: ID!) { deleteTemplate(id: $id) }', vars: (i) => ({ id: i.template }) },
  {
    name: 'createAssignment',
    query: 'mutation($t: ID!, $c: ID) { createAssignment(input: { templateId: $t, cohortId: $c }) { id } }',
    vars: (i) => ({ t: i.template, c: i.cohort }),
  },
  {
    name: 'updateAssignment',
    query: 'mutation($id: ID!) { updateAssignment(id: $id, input: { title: "x" }) { id } }',
    vars: (i) => ({ id: i.assignment }),
  },
  { name: 'deleteAssignment', query: 'mutation($id: ID!) { deleteAssignment(id: $id) }', vars: (i) => ({ id: i.assignment }) },
  {
    name: 'grantRetake',
    query: 'mutation($a: ID!, $m: ID!) { grantRetake(assignmentId: $a, candidateId: $m) { id } }',
    vars: (i) => ({ a: i.assignment, m: i.member }),
  },
  {
    name: 'setAccommodation',
    query: 'mutation($m: ID!) { setAccommodation(memberId: $m, input: { timeMultiplier: 2 }) { id } }',
    vars: (i) => ({ m: i.member }),
  },
  { name: 'clearAccommodation', query: 'mutation($m: ID!) { clearAccommodation(memberId: $m) }', vars: (i) => ({ m: i.member }) },
  { name: 'session', query: 'query($id: ID!) { session(id: $id) { id } }', vars: (i) => ({ id: i.session }), candidateMay: true },
  { name: 'answer', query: 'query($id: ID!) { answer(id: $id) { id } }', vars: (i) => ({ id: i.answer }), candidateMay: true },
  {
    name: 'startSession',
    query: 'mutation($a: ID!) { startSession(input: { assignmentId: $a }) { id } }',
    vars: (i) => ({ a: i.assignment }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'startPractice',
    query: 'mutation($r: ID!) { startPractice(input: { rubricId: $r }) { id } }',
    vars: (i) => ({ r: i.rubric }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'showQuestion',
    query: 'mutation($s: ID!) { showQuestion(sessionId: $s, position: 1) { id } }',
    vars: (i) => ({ s: i.session }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'saveAnswerDraft',
    query: 'mutation($q: ID!) { saveAnswerDraft(input: { sessionQuestionId: $q, text: "x" }) { id } }',
    vars: (i) => ({ q: i.sessionQuestion }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'submitAnswer',
    query: 'mutation($q: ID!) { submitAnswer(input: { sessionQuestionId: $q, text: "x" }) { id } }',
    vars: (i) => ({ q: i.sessionQuestion }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'startRecording',
    query: 'mutation($q: ID!) { startRecording(input: { sessionQuestionId: $q, mimeType: "audio/webm" }) { id } }',
    vars: (i) => ({ q: i.sessionQuestion }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'finishRecording',
    query: 'mutation($id: ID!) { finishRecording(id: $id, durationMs: 1000) { id } }',
    vars: (i) => ({ id: i.recording }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'commentOnRecording',
    query: 'mutation($a: ID!) { commentOnRecording(answerId: $a, input: { atSeconds: 1, body: "x" }) { id } }',
    vars: (i) => ({ a: i.answer }),
  },
  {
    name: 'deleteRecordingComment',
    query: 'mutation($id: ID!) { deleteRecordingComment(id: $id) }',
    vars: (i) => ({ id: i.recordingComment }),
  },
  {
    name: 'reportFocusLoss',
    query: 'mutation($s: ID!) { reportFocusLoss(sessionId: $s) { id } }',
    vars: (i) => ({ s: i.session }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'completeSession',
    query: 'mutation($id: ID!) { completeSession(id: $id) { id } }',
    vars: (i) => ({ id: i.session }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'reviewEvaluation',
    query: 'mutation($e: ID!) { reviewEvaluation(evaluationId: $e, input: { comment: "x" }) { id } }',
    vars: (i) => ({ e: i.evaluation }),
  },
  {
    name: 'candidateProgress',
    query: 'query($m: ID!) { candidateProgress(membershipId: $m) { weeks { answers } } }',
    vars: (i) => ({ m: i.member }),
    candidateMay: true,
  },
  {
    name: 'actionItems',
    query: 'query($m: ID) { actionItems(membershipId: $m) { totalCount } }',
    vars: (i) => ({ m: i.member }),
    candidateMay: true,
  },
  {
    name: 'aiAgreement',
    query: 'query($c: ID!) { aiAgreement(filter: { cohortId: $c }) { overall { count } } }',
    vars: (i) => ({ c: i.cohort }),
  },
  {
    name: 'addActionItem',
    query: 'mutation($m: ID!, $e: ID) { addActionItem(input: { membershipId: $m, text: "x", evaluationId: $e }) { id } }',
    vars: (i) => ({ m: i.member, e: i.evaluation }),
  },
  {
    name: 'proposedActionItems',
    query: 'query($s: ID!) { proposedActionItems(sessionId: $s) { text } }',
    vars: (i) => ({ s: i.session }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'keepActionItem',
    query: 'mutation($s: ID!, $e: ID!) { keepActionItem(sessionId: $s, evaluationId: $e, text: "x") { id } }',
    vars: (i) => ({ s: i.session, e: i.evaluation }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'dropActionItem',
    query: 'mutation($s: ID!, $e: ID!) { dropActionItem(sessionId: $s, evaluationId: $e, text: "x") }',
    vars: (i) => ({ s: i.session, e: i.evaluation }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'setActionItemStatus',
    query: 'mutation($id: ID!) { setActionItemStatus(id: $id, status: DONE) { id } }',
    vars: (i) => ({ id: i.actionItem }),
    candidateMay: true,
  },
  {
    name: 'realInterviews',
    query: 'query($m: ID) { realInterviews(membershipId: $m) { totalCount } }',
    vars: (i) => ({ m: i.member }),
    candidateMay: true,
  },
  {
    name: 'realInterview',
    query: 'query($id: ID!) { realInterview(id: $id) { id } }',
    vars: (i) => ({ id: i.realInterview }),
    candidateMay: true,
  },
  {
    name: 'logRealInterview',
    query:
      'mutation($c: ID) { logRealInterview(input: { companyId: $c, role: "x", stage: OTHER, interviewedOn: "2026-01-05" }) { id } }',
    vars: (i) => ({ c: i.company }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'updateRealInterview',
    query: 'mutation($id: ID!) { updateRealInterview(id: $id, input: { notes: "x" }) { id } }',
    vars: (i) => ({ id: i.realInterview }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'deleteRealInterview',
    query: 'mutation($id: ID!) { deleteRealInterview(id: $id) }',
    vars: (i) => ({ id: i.realInterview }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'promoteRealInterviewQuestion',
    query:
      'mutation($q: ID!, $s: ID!) { promoteRealInterviewQuestion(input: { realInterviewQuestionId: $q, questionSetId: $s, type: CASE }) { id } }',
    vars: (i) => ({ q: i.realInterviewQuestion, s: i.set }),
  },
  {
    name: 'practiseLoggedQuestion',
    query: 'mutation($q: ID!) { practiseLoggedQuestion(input: { realInterviewQuestionId: $q }) { id } }',
    vars: (i) => ({ q: i.realInterviewQuestion }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'cohortUnexpectedQuestions',
    query: 'query($c: ID!) { cohortUnexpectedQuestions(cohortId: $c) { count } }',
    vars: (i) => ({ c: i.cohort }),
  },
  {
    name: 'cancelPracticeReminder',
    query: 'mutation($id: ID!) { cancelPracticeReminder(id: $id) }',
    vars: (i) => ({ id: i.practiceReminder }),
    candidateMay: true,
    actor: 'candidate',
  },
  {
    name: 'practiceReminders',
    query: 'query($m: ID) { practiceReminders(membershipId: $m) { id } }',
    vars: (i) => ({ m: i.member }),
    candidateMay: true,
  },
  {
    name: 'nextPracticeReminder',
    query: 'query($m: ID) { nextPracticeReminder(membershipId: $m) { id } }',
    vars: (i) => ({ m: i.member }),
    candidateMay: true,
  },
  {
    name: 'switchOrganization',
    query: 'mutation($o: ID!) { switchOrganization(organizationId: $o) { accessToken } }',
    vars: (i) => ({ o: i.organization }),
    candidateMay: true,
  },
];

/** Whether a type is ID or an input object that holds an ID somewhere. */
function holdsId(type: GraphQLNamedType, seen = new Set<string>()): boolean {
  if (type.name === 'ID') return true;
  if (!isInputObjectType(type) || seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values((type as GraphQLInputObjectType).getFields()).some((f) => holdsId(getNamedType(f.type), seen));
}

describe('tenant isolation', () => {
  let app: TestApp;
  let a: OrgWorld;
  let b: OrgWorld;
  let aIds: Ids;

  const snapshot = () =>
    a.admin.ok(`{ cohorts { totalCount } companies { totalCount } questionSets { totalCount } questions { totalCount }
      templates { totalCount } assignments { totalCount } members { totalCount } rubrics { id name } }`);

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', JOBS_IN_API: 'true' });
    [a, b] = [await createOrgWorld(app.app, app.url, 'Org A'), await createOrgWorld(app.app, app.url, 'Org B')];
    const data = await a.admin.ok(`mutation {
      rubric: createRubric(input: { name: "R", isDefault: true, criteria: [{ name: "C", weight: 1, levels: ["1","2","3","4","5"] }] }) { id }
      cohort: createCohort(input: { name: "A cohort" }) { id }
      company: createCompany(input: { name: "A corp" }) { id }
    }`);
    const set = await a.admin.ok(`mutation($c: ID!) { createQuestionSet(input: { name: "A set", companyId: $c }) { id } }`, {
      c: data.company.id,
    });
    const question = await a.admin.ok(
      `mutation($s: ID!) { createQuestion(input: { questionSetId: $s, prompt: "Secret question of A?", type: CASE }) { id } }`,
      { s: set.createQuestionSet.id },
    );
    await a.admin.ok(`mutation($c: ID!, $m: [ID!]!) { addCohortMembers(cohortId: $c, input: { memberIds: $m }) { id } }`, {
      c: data.cohort.id,
      m: [a.ids.candidate],
    });
    const template = await a.admin.ok(
      `mutation($q: ID!) { createTemplate(input: { name: "A template", mode: REALISTIC, items: [{ questionId: $q }] }) { id } }`,
      { q: question.createQuestion.id },
    );
    const assignment = await a.admin.ok(
      `mutation($t: ID!, $c: ID!) { createAssignment(input: { templateId: $t, cohortId: $c }) { id } }`,
      {
        t: template.createTemplate.id,
        c: data.cohort.id,
      },
    );
    const session = await a.candidate.ok(
      `mutation($a: ID!) { startSession(input: { assignmentId: $a }) { id questions { id } } }`,
      { a: assignment.createAssignment.id },
    );
    const sessionId = session.startSession.id;
    const shown = await a.candidate.ok(`mutation($s: ID!) { showQuestion(sessionId: $s, position: 0) { id } }`, { s: sessionId });
    const recording = await a.candidate.ok(
      `mutation($q: ID!) { startRecording(input: { sessionQuestionId: $q, mimeType: "audio/webm" }) { id } }`,
      { q: shown.showQuestion.id },
    );
    const answer = await a.candidate.ok(
      `mutation($q: ID!) { submitAnswer(input: { sessionQuestionId: $q, text: "I led the migration and cut costs by 20%." }) { id } }`,
      { q: shown.showQuestion.id },
    );
    await app.app.get(JobQueue).drain();
    const invited = await a.admin.ok(
      `mutation { inviteMember(input: { email: "pending@example.org", name: "Pending", role: CANDIDATE }) { member { id } invitation { id } } }`,
    );
    const scored = await a.admin.ok(`query($id: ID!) { answer(id: $id) { evaluation { id } } }`, { id: answer.submitAnswer.id });
    const item = await a.admin.ok(`mutation($m: ID!) { addActionItem(input: { membershipId: $m, text: "Practise" }) { id } }`, {
      m: a.ids.candidate,
    });
    const logged = await a.candidate.ok(
      `mutation { logRealInterview(input: { companyName: "A corp", role: "Analyst", stage: FINAL, interviewedOn: "2026-01-05",
        questions: [{ prompt: "A secret question of A?", unexpected: true }] }) { id questions { id } } }`,
    );
    const reminder = await a.candidate.ok(`mutation($at: DateTime!) { schedulePractice(input: { at: $at }) { id } }`, {
      at: new Date(Date.now() + 86_400_000).toISOString(),
    });
    // A coach's comment at a moment of the answer (written directly: the answer has no audio here).
    const [comment] = await app.dataSource.query(
      `INSERT INTO recording_comments (organization_id, answer_id, author_id, at_seconds, body) VALUES ($1, $2, $3, 1, 'Pause here') RETURNING id`,
      [a.organizationId, answer.submitAnswer.id, a.ids.admin],
    );
    aIds = {
      recordingComment: comment.id,
      practiceReminder: reminder.schedulePractice.id,
      evaluation: scored.answer.evaluation.id,
      actionItem: item.addActionItem.id,
      realInterview: logged.logRealInterview.id,
      realInterviewQuestion: logged.logRealInterview.questions[0].id,
      session: sessionId,
      sessionQuestion: shown.showQuestion.id,
      answer: answer.submitAnswer.id,
      recording: recording.startRecording.id,
      organization: a.organizationId,
      member: a.ids.candidate,
      pendingMember: invited.inviteMember.member.id,
      invitation: invited.inviteMember.invitation.id,
      cohort: data.cohort.id,
      company: data.company.id,
      rubric: data.rubric.id,
      set: set.createQuestionSet.id,
      question: question.createQuestion.id,
      template: template.createTemplate.id,
      assignment: assignment.createAssignment.id,
    };
    await b.admin.ok(
      `mutation { createRubric(input: { name: "B", isDefault: true, criteria: [{ name: "C", weight: 1, levels: ["1","2","3","4","5"] }] }) { id } }`,
    );
  });
  afterAll(() => app.stop());

  it('covers every query and mutation that takes an id', () => {
    const schema = app.app.get(GraphQLSchemaHost).schema;
    const withIds = [schema.getQueryType(), schema.getMutationType()]
      .flatMap((t) => Object.values((t as GraphQLObjectType).getFields()))
      .filter((f) => f.args.some((arg) => holdsId(getNamedType(arg.type))))
      .map((f) => f.name)
      // Lists whose filters take ids: their own specs prove a foreign id filters to nothing.
      .filter((name) => !['signIn', 'members', 'questions', 'questionSets', 'assignments', 'sessions'].includes(name));
    expect(withIds.sort()).toEqual(OPERATIONS.map((o) => o.name).sort());
  });

  it.each(OPERATIONS.map((o) => [o.name, o] as const))(
    '%s: another organization gets the same NOT_FOUND as for an id that does not exist',
    async (_name, op) => {
      const before = await snapshot();
      const caller = op.actor === 'candidate' ? b.candidate : b.admin;
      const foreign = await caller.request(op.query, op.vars(aIds));
      const missing = await caller.request(
        op.query,
        op.vars(Object.fromEntries(Object.keys(aIds).map((k) => [k, randomUUID()]))),
      );
      expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(foreign.errors?.[0]).toEqual(missing.errors?.[0]);
      expect(foreign.data ?? null).toEqual(missing.data ?? null);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('shows another organization nothing in lists, not even a count', async () => {
    const lists = await b.admin.ok(`{ cohorts { totalCount } companies { totalCount } questionSets { totalCount }
      questions { totalCount } templates { totalCount } assignments { totalCount } rubrics { name }
      members { totalCount nodes { email } } organization { id } actionItems { totalCount } realInterviews { totalCount } }`);
    expect(lists).toEqual({
      cohorts: { totalCount: 0 },
      companies: { totalCount: 0 },
      questionSets: { totalCount: 0 },
      questions: { totalCount: 0 },
      templates: { totalCount: 0 },
      assignments: { totalCount: 0 },
      rubrics: [{ name: 'B' }],
      members: { totalCount: 4, nodes: expect.arrayContaining([expect.objectContaining({ email: 'admin@org-b.test' })]) },
      organization: { id: b.organizationId },
      actionItems: { totalCount: 0 },
      realInterviews: { totalCount: 0 },
    });
    const filtered = await b.admin.ok(
      `query($c: ID!, $s: ID!) { members(options: { filter: { cohortId: $c } }) { totalCount }
      questions(options: { filter: { questionSetId: $s } }) { totalCount } assignments(options: { filter: { cohortId: $c } }) { totalCount } }`,
      {
        c: aIds.cohort,
        s: aIds.set,
      },
    );
    expect(filtered).toEqual({ members: { totalCount: 0 }, questions: { totalCount: 0 }, assignments: { totalCount: 0 } });
  });

  it.each(OPERATIONS.filter((o) => !o.candidateMay).map((o) => [o.name, o] as const))(
    '%s: a candidate is refused',
    async (_name, op) => {
      expect(await a.candidate.errorCode(op.query, op.vars(aIds))).toBe('FORBIDDEN');
    },
  );

  it('lets a candidate see only their own cohort membership and assignments', async () => {
    const mine = await a.candidate.ok(
      `{ cohorts { nodes { candidates { id } } } assignments { totalCount nodes { candidates { member { id } } } } }`,
    );
    expect(mine.cohorts.nodes[0].candidates).toEqual([{ id: a.ids.candidate }]);
    expect(mine.assignments.nodes[0].candidates).toEqual([{ member: { id: a.ids.candidate } }]);
    const other = await a.otherCandidate.ok(
      `query($id: ID!) { cohorts { totalCount } assignments { totalCount } }`.replace('query($id: ID!) ', ''),
    );
    expect(other).toEqual({ cohorts: { totalCount: 0 }, assignments: { totalCount: 0 } });
    expect(await a.otherCandidate.errorCode(`query($id: ID!) { assignment(id: $id) { id } }`, { id: aIds.assignment })).toBe(
      'NOT_FOUND',
    );
    expect(await a.otherCandidate.errorCode(`query($id: ID!) { cohort(id: $id) { id } }`, { id: aIds.cohort })).toBe('NOT_FOUND');
  });

  it('never lets input choose the organization or role', async () => {
    const res = await b.admin.request(
      `mutation { createCohort(input: { name: "x", organizationId: "${a.organizationId}" }) { id } }`,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const invite = await a.coach.request(
      `mutation { inviteMember(input: { email: "boss@example.org", name: "Boss", role: ADMIN }) { member { id } } }`,
    );
    expect(invite.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
