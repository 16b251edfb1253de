import { JobQueue } from '../apps/api/src/queue/job-queue';
import { Role } from '../apps/api/src/common/role';
import { NotificationsService } from '../apps/api/src/notifications/notifications.service';
import { TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { addMember, OrgWorld } from './support/world';
import { Mailbox } from './support/smtp';
import { startMailWorld, stopMailWorld } from './support/mail-world';
import { assign, questionBank, sit } from './support/sittings';

const ADD_TO_COHORT = `mutation($c: ID!, $m: [ID!]!, $r: CohortRole!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: $r }) { id } }`;
const NOTIFICATIONS = `{ notifications { emailEnabled awaitingReview { totalCount nodes { id candidate { id } } }
  atRisk { cohortName candidates { totalCount nodes { name reasons { code } } } } } }`;
const SET_EMAIL = `mutation($on: Boolean!) { setEmailNotifications(enabled: $on) }`;

/** In-app notifications (`notifications`) and their e-mails: a daily review reminder for coaches, a weekly at-risk digest for admins. */
describe('notifications', () => {
  let mailbox: Mailbox;
  let app: TestApp;
  let org: OrgWorld;
  let other: OrgWorld;
  let coachB: GqlClient;
  let mine: string[];
  let classmate: string;

  const mailTo = (email: string) => mailbox.to(email);
  const sendDigests = async () => {
    await app.app.get(NotificationsService).sweep();
    await app.app.get(JobQueue).drain();
  };

  beforeAll(async () => {
    ({ mailbox, app, org, other } = await startMailWorld('Bell'));
    const b = await addMember(app.app, app.url, org.organizationId, { email: 'b@bell.test', name: 'Coach B', role: Role.COACH });
    coachB = b.client;
    // Every candidate is below this DEVELOPING threshold: at risk.
    const cohorts = await org.admin
      .ok(`mutation { a: createCohort(input: { name: "Cohort A", developingThreshold: 98, readyThreshold: 99, interviewReadyThreshold: 100 }) { id }
      b: createCohort(input: { name: "Cohort B" }) { id } }`);
    for (const [cohort, coach, candidate] of [
      [cohorts.a.id, org.ids.coach, org.ids.candidate],
      [cohorts.b.id, b.id, org.ids.otherCandidate],
    ]) {
      await org.admin.ok(ADD_TO_COHORT, { c: cohort, m: [coach], r: 'COACH' });
      await org.admin.ok(ADD_TO_COHORT, { c: cohort, m: [candidate], r: 'CANDIDATE' });
    }
    const bank = await questionBank(org.admin, 'ownership', 1);
    const practice = await assign(org.admin, {
      questionIds: bank.questionIds,
      mode: 'PRACTICE',
      candidateIds: [org.ids.candidate, org.ids.otherCandidate],
    });
    mine = [await sit(org.candidate, practice, 1), await sit(org.candidate, practice, 1)];
    classmate = await sit(org.otherCandidate, practice, 1);
    await app.app.get(JobQueue).drain();
  });
  afterAll(() => stopMailWorld({ mailbox, app }));

  it("shows a coach the sessions waiting for their review, oldest first, never another cohort's", async () => {
    const { notifications } = await org.coach.ok(NOTIFICATIONS);
    expect(notifications.awaitingReview.totalCount).toBe(2);
    expect(notifications.awaitingReview.nodes.map((s: any) => s.id)).toEqual(mine);
    expect(notifications.atRisk).toEqual([]);
    expect(notifications.emailEnabled).toBe(true);
    const theirs = (await coachB.ok(NOTIFICATIONS)).notifications;
    expect(theirs.awaitingReview.nodes.map((s: any) => s.id)).toEqual([classmate]);
    expect((await other.admin.ok(NOTIFICATIONS)).notifications.awaitingReview.totalCount).toBe(0);
  });

  it('shows an admin the candidates at risk, cohort by cohort, and candidates neither', async () => {
    const { notifications } = await org.admin.ok(NOTIFICATIONS);
    expect(notifications.awaitingReview.totalCount).toBe(3);
    const cohortA = notifications.atRisk.find((c: any) => c.cohortName === 'Cohort A');
    expect(cohortA.candidates.nodes[0]).toMatchObject({ name: 'candidate of Bell U' });
    expect(cohortA.candidates.nodes[0].reasons).toContainEqual({ code: 'LOW_READINESS' });
    expect((await other.admin.ok(NOTIFICATIONS)).notifications.atRisk).toEqual([]);
    // A candidate's notifications are their own (test/candidate-notifications.e2e-spec.ts): none of these.
    const candidate = (await org.candidate.ok(NOTIFICATIONS)).notifications;
    expect(candidate).toMatchObject({ awaitingReview: { totalCount: 0, nodes: [] }, atRisk: [] });
  });

  it('e-mails each coach their own count once a day and admins the at-risk digest once a week, unless turned off', async () => {
    expect(await coachB.ok(SET_EMAIL, { on: false })).toEqual({ setEmailNotifications: false });
    expect((await coachB.ok(NOTIFICATIONS)).notifications.emailEnabled).toBe(false);
    await sendDigests();

    const [coachMail] = mailTo('coach@bell-u.test');
    expect(coachMail).toContain('2 completed sessions of your cohorts are waiting for your review');
    expect(coachMail).toContain('https://coach.example.edu/admin/#/reviews');
    expect(mailTo('b@bell.test')).toEqual([]);
    const [digest] = mailTo('admin@bell-u.test');
    expect(digest).toContain('Cohort A: 1 at risk');
    expect(digest).toContain('candidate of Bell U');
    expect(mailTo('admin@bell-elsewhere.test')).toEqual([]);

    // The same hour's sweep queues nothing new.
    await sendDigests();
    expect(mailbox.received).toHaveLength(2);
    // Turned on again: the day's reminder comes at the next look, with only their cohort's session; nobody gets a second one.
    await coachB.ok(SET_EMAIL, { on: true });
    await app.app.get(NotificationsService).sendDigests(org.organizationId);
    const [theirs, ...more] = mailTo('b@bell.test');
    expect(more).toEqual([]);
    expect(theirs).toContain('1 completed session of your cohorts is waiting for your review');
    expect(mailTo('coach@bell-u.test')).toHaveLength(1);
    expect(mailTo('admin@bell-u.test')).toHaveLength(1);
  });
});
