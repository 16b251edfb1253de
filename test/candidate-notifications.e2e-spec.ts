import { JobQueue } from '../apps/api/src/queue/job-queue';
import { NotificationsService } from '../apps/api/src/notifications/notifications.service';
import { TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { OrgWorld } from './support/world';
import { Mailbox } from './support/smtp';
import { startMailWorld, stopMailWorld } from './support/mail-world';
import { answerFirstQuestion, assign, questionBank, storyAnswer } from './support/sittings';

const HOUR = 3_600_000;
const NOTICES = `{ notifications { newAssignments { assignmentId title dueAt assignedAt status overdue }
  dueSoon { assignmentId overdue status } reviewsPosted { sessionId reviewerId reviewerName reviewedAt reviewCount }
  awaitingReview { totalCount } atRisk { cohortName } } }`;
const DUE = 'mutation($id: ID!, $d: DateTime) { updateAssignment(id: $id, input: { dueAt: $d }) { id } }';
const TITLE = 'mutation($id: ID!, $t: String!) { updateAssignment(id: $id, input: { title: $t }) { id } }';
const REVIEW = 'mutation($e: ID!) { reviewEvaluation(evaluationId: $e, input: { comment: "Lead with the result" }) { id } }';
const EVALUATION = 'query($a: ID!) { answer(id: $a) { evaluation { id } } }';

const empty = { newAssignments: [], dueSoon: [], reviewsPosted: [], awaitingReview: { totalCount: 0 }, atRisk: [] };

/** What a candidate hears of: new assignments, assignments due soon, coaches' reviews; in the app and by e-mail. */
describe('candidate notifications', () => {
  let mailbox: Mailbox;
  let app: TestApp;
  let org: OrgWorld;
  let other: OrgWorld;
  const ids: Record<string, string> = {};
  let reviewedSession: string;

  const mailTo = (email: string) => mailbox.to(email);
  const drain = () => app.app.get(JobQueue).drain();
  const evaluationOf = async (answerId: string) => (await org.admin.ok(EVALUATION, { a: answerId })).answer.evaluation.id;

  /** A practice assignment of one question for one candidate, named and due as given. */
  const give = async (staff: GqlClient, candidateId: string, questionIds: string[], title: string, dueInMs: number | null) => {
    const id = await assign(staff, { questionIds, mode: 'PRACTICE', candidateIds: [candidateId] });
    await staff.ok(TITLE, { id, t: title });
    await staff.ok(DUE, { id, d: dueInMs === null ? null : new Date(Date.now() + dueInMs).toISOString() });
    return id;
  };

  beforeAll(async () => {
    ({ mailbox, app, org, other } = await startMailWorld('Notice'));
    const { createCohort } = await org.admin.ok('mutation { createCohort(input: { name: "Notice cohort" }) { id } }');
    for (const [member, role] of [
      [org.ids.coach, 'COACH'],
      [org.ids.candidate, 'CANDIDATE'],
      [org.ids.otherCandidate, 'CANDIDATE'],
    ]) {
      await org.admin.ok(
        'mutation($c: ID!, $m: [ID!]!, $r: CohortRole!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: $r }) { id } }',
        { c: createCohort.id, m: [member], r: role },
      );
    }
    const bank = await questionBank(org.admin, 'ownership', 1);
    const q = bank.questionIds;
    ids.dueTomorrow = await give(org.admin, org.ids.candidate, q, 'Due within a day', 12 * HOUR);
    ids.dueNextWeek = await give(org.admin, org.ids.candidate, q, 'Due next week', 5 * 24 * HOUR);
    ids.overdue = await give(org.admin, org.ids.candidate, q, 'Overdue', -2 * HOUR);
    ids.done = await give(org.admin, org.ids.candidate, q, 'Done', 48 * HOUR);
    ids.classmates = await give(org.admin, org.ids.otherCandidate, q, 'Classmate due', 10 * HOUR);
    const realistic = await assign(org.admin, { questionIds: q, mode: 'REALISTIC', candidateIds: [org.ids.candidate] });

    // A completed practice sitting and a realistic one still in progress, both reviewed by the coach.
    const practice = await answerFirstQuestion(org.candidate, ids.done, storyAnswer('billing'));
    await org.candidate.ok('mutation($s: ID!) { completeSession(id: $s) { id } }', { s: practice.sessionId });
    const inProgress = await answerFirstQuestion(org.candidate, realistic, storyAnswer('search'));
    await drain();
    reviewedSession = practice.sessionId;
    await org.coach.ok(REVIEW, { e: await evaluationOf(practice.answerId) });
    await org.coach.ok(REVIEW, { e: await evaluationOf(inProgress.answerId) });
  });
  afterAll(() => stopMailWorld({ mailbox, app }));

  it('shows a candidate their new assignments, those due soon or overdue, and reviews they can see', async () => {
    const { notifications } = await org.candidate.ok(NOTICES);
    // Newest given first; the completed and the started (realistic) ones are not new.
    expect(notifications.newAssignments.map((a: any) => a.assignmentId)).toEqual([ids.overdue, ids.dueNextWeek, ids.dueTomorrow]);
    expect(notifications.newAssignments[2]).toMatchObject({ title: 'Due within a day', status: 'ASSIGNED', overdue: false });
    expect(notifications.newAssignments[0]).toMatchObject({ title: 'Overdue', overdue: true });
    // Soonest due first: overdue, then within 72 hours; not next week's, not the completed one.
    expect(notifications.dueSoon).toEqual([
      { assignmentId: ids.overdue, overdue: true, status: 'ASSIGNED' },
      { assignmentId: ids.dueTomorrow, overdue: false, status: 'ASSIGNED' },
    ]);
    // The realistic sitting still in progress keeps its review hidden, as its feedback.
    expect(notifications.reviewsPosted).toEqual([
      {
        sessionId: reviewedSession,
        reviewerId: org.ids.coach,
        reviewerName: 'coach of Notice U',
        reviewedAt: expect.any(String),
        reviewCount: 1,
      },
    ]);
    expect(notifications.awaitingReview).toEqual({ totalCount: 0 });
    expect(notifications.atRisk).toEqual([]);
  });

  it("shows another candidate only theirs, and staff and another organization's candidate none of these", async () => {
    const classmate = (await org.otherCandidate.ok(NOTICES)).notifications;
    expect(classmate.newAssignments.map((a: any) => a.assignmentId)).toEqual([ids.classmates]);
    expect(classmate.dueSoon.map((a: any) => a.assignmentId)).toEqual([ids.classmates]);
    expect(classmate.reviewsPosted).toEqual([]);
    expect((await other.candidate.ok(NOTICES)).notifications).toEqual(empty);
    const coach = (await org.coach.ok(NOTICES)).notifications;
    expect(coach).toMatchObject({ newAssignments: [], dueSoon: [], reviewsPosted: [] });
  });

  it('e-mails a candidate each new review and each assignment due within a day, once, unless turned off', async () => {
    expect(await org.otherCandidate.ok('mutation { setEmailNotifications(enabled: false) }')).toEqual({
      setEmailNotifications: false,
    });
    expect((await org.otherCandidate.ok('{ notifications { emailEnabled } }')).notifications.emailEnabled).toBe(false);
    await app.app.get(NotificationsService).sweep();
    await drain();

    const mails = mailTo('candidate@notice-u.test');
    expect(mails).toHaveLength(2);
    const review = mails.find((m) => m.includes('Subject: A coach reviewed your answers'))!;
    expect(review).toContain('coach of Notice U reviewed 1 answer');
    expect(review).toContain('https://coach.example.edu/');
    const due = mails.find((m) => m.includes('Subject: Due within a day: Due within a day'))!;
    expect(due).not.toContain('Overdue');
    expect(due).not.toContain('Due next week');
    expect(mailTo('othercandidate@notice-u.test')).toEqual([]);
    expect(mailTo('candidate@notice-elsewhere.test')).toEqual([]);

    // The next run sends nothing again; a new review comes on its own.
    await app.app.get(NotificationsService).sendDigests(org.organizationId);
    expect(mailTo('candidate@notice-u.test')).toHaveLength(2);
    const again = await answerFirstQuestion(org.candidate, ids.dueNextWeek, storyAnswer('payments'));
    await drain();
    await org.admin.ok(REVIEW, { e: await evaluationOf(again.answerId) });
    await app.app.get(NotificationsService).sendDigests(org.organizationId);
    const latest = mailTo('candidate@notice-u.test');
    expect(latest).toHaveLength(3);
    expect(latest[2]).toContain('admin of Notice U reviewed 1 answer');
    expect(latest[2]).not.toContain('coach of Notice U');
  });
});
