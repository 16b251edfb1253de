import ICAL from 'ical.js';
import { JobQueue } from '../apps/api/src/queue/job-queue';
import { PracticeReminderMail } from '../apps/api/src/practice-reminders/practice-reminders.jobs';
import { TestApp } from './support/test-app';
import { GqlClient } from './support/graphql-client';
import { OrgWorld } from './support/world';
import { Mailbox } from './support/smtp';
import { startMailWorld, stopMailWorld } from './support/mail-world';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const FIELDS = 'id membershipId at note sentAt ics';
const SCHEDULE = `mutation($at: DateTime!, $note: String) { schedulePractice(input: { at: $at, note: $note }) { ${FIELDS} } }`;
const CANCEL = 'mutation($id: ID!) { cancelPracticeReminder(id: $id) }';
const UPCOMING = `query($m: ID) { practiceReminders(membershipId: $m) { id at note } nextPracticeReminder(membershipId: $m) { id } }`;
const SET_EMAIL = 'mutation($on: Boolean!) { setEmailNotifications(enabled: $on) }';

const inFuture = (ms: number) => new Date(Date.now() + ms).toISOString();

/** Scheduled practice: a reminder in the app, a calendar file, an e-mail about an hour before. */
describe('practice reminders', () => {
  let mailbox: Mailbox;
  let app: TestApp;
  let org: OrgWorld;
  let other: OrgWorld;

  const reason = async (client: GqlClient, query: string, variables: Record<string, unknown>) =>
    (await client.request(query, variables)).errors?.[0].extensions;
  const mailTo = (email: string) => mailbox.to(email);
  const sendReminders = async () => {
    await app.app.get(PracticeReminderMail).sweep();
    await app.app.get(JobQueue).drain();
  };

  beforeAll(async () => {
    ({ mailbox, app, org, other } = await startMailWorld('Plan'));
    const { createCohort } = await org.admin.ok('mutation { createCohort(input: { name: "Plan cohort" }) { id } }');
    for (const [member, role] of [
      [org.ids.coach, 'COACH'],
      [org.ids.candidate, 'CANDIDATE'],
    ]) {
      await org.admin.ok(
        'mutation($c: ID!, $m: [ID!]!, $r: CohortRole!) { addCohortMembers(cohortId: $c, input: { memberIds: $m, role: $r }) { id } }',
        {
          c: createCohort.id,
          m: [member],
          r: role,
        },
      );
    }
  });
  afterAll(() => stopMailWorld({ mailbox, app }));

  it('schedules, lists soonest first and cancels a practice', async () => {
    const later = (await org.candidate.ok(SCHEDULE, { at: inFuture(3 * DAY), note: 'Case questions' })).schedulePractice;
    const sooner = (await org.candidate.ok(SCHEDULE, { at: inFuture(2 * DAY) })).schedulePractice;
    expect(later).toMatchObject({ membershipId: org.ids.candidate, note: 'Case questions', sentAt: null });
    expect(sooner.note).toBeNull();

    const mine = await org.candidate.ok(UPCOMING);
    expect(mine.practiceReminders.map((r: any) => r.id)).toEqual([sooner.id, later.id]);
    expect(mine.nextPracticeReminder.id).toBe(sooner.id);
    // Nobody else's list has them.
    expect((await org.otherCandidate.ok(UPCOMING)).practiceReminders).toEqual([]);
    expect((await other.candidate.ok(UPCOMING)).nextPracticeReminder).toBeNull();

    expect(await org.candidate.ok(CANCEL, { id: sooner.id })).toEqual({ cancelPracticeReminder: true });
    const after = await org.candidate.ok(UPCOMING);
    expect(after.practiceReminders.map((r: any) => r.id)).toEqual([later.id]);
    expect(after.nextPracticeReminder.id).toBe(later.id);
    expect(await reason(org.candidate, CANCEL, { id: sooner.id })).toEqual({
      code: 'NOT_FOUND',
      reason: 'PRACTICE_REMINDER_NOT_FOUND',
    });
    // Another candidate, or a coach, cannot cancel it.
    expect(await org.otherCandidate.errorCode(CANCEL, { id: later.id })).toBe('NOT_FOUND');
    expect(await org.coach.errorCode(CANCEL, { id: later.id })).toBe('FORBIDDEN');
    await org.candidate.ok(CANCEL, { id: later.id });
  });

  it('shows a candidate their planned practice to staff who manage them, and to nobody else', async () => {
    const { schedulePractice } = await org.candidate.ok(SCHEDULE, { at: inFuture(DAY) });
    for (const staff of [org.coach, org.admin]) {
      const seen = await staff.ok(UPCOMING, { m: org.ids.candidate });
      expect(seen.practiceReminders.map((r: any) => r.id)).toEqual([schedulePractice.id]);
      expect(seen.nextPracticeReminder.id).toBe(schedulePractice.id);
    }
    // The coach does not coach the other candidate; a classmate and another organization see nothing.
    expect(await org.coach.errorCode(UPCOMING, { m: org.ids.otherCandidate })).toBe('NOT_FOUND');
    expect(await org.otherCandidate.errorCode(UPCOMING, { m: org.ids.candidate })).toBe('NOT_FOUND');
    expect(await other.admin.errorCode(UPCOMING, { m: org.ids.candidate })).toBe('NOT_FOUND');
    await org.candidate.ok(CANCEL, { id: schedulePractice.id });
  });

  it('refuses a time in the past or more than a year ahead, and a note over 500 characters', async () => {
    expect(await reason(org.candidate, SCHEDULE, { at: inFuture(-MINUTE) })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PRACTICE_IN_PAST',
    });
    expect(await reason(org.candidate, SCHEDULE, { at: inFuture(366 * DAY) })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PRACTICE_TOO_FAR_AHEAD',
    });
    expect(await reason(org.candidate, SCHEDULE, { at: inFuture(DAY), note: 'x'.repeat(501) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VALIDATION_FAILED',
    });
    expect(await reason(org.candidate, SCHEDULE, { at: 'next tuesday' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    // Staff plan nothing for themselves here.
    expect(await org.coach.errorCode(SCHEDULE, { at: inFuture(DAY) })).toBe('FORBIDDEN');
    expect((await org.candidate.ok(UPCOMING)).practiceReminders).toEqual([]);
  });

  it('gives a calendar file: one 30-minute event at the time in UTC, with the note, a link and a 15-minute alarm', async () => {
    const at = new Date(Math.ceil((Date.now() + 5 * DAY) / MINUTE) * MINUTE);
    const { schedulePractice } = await org.candidate.ok(SCHEDULE, { at: at.toISOString(), note: 'STAR stories, then a case' });
    const calendar = new ICAL.Component(ICAL.parse(schedulePractice.ics));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.summary).toBe('Mock interview practice');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.startDate.toJSDate().toISOString()).toBe(at.toISOString());
    expect(event.duration.toSeconds()).toBe(30 * 60);
    expect(event.description).toContain('STAR stories, then a case');
    expect(event.description).toContain('https://coach.example.edu/');
    expect(events[0].getFirstPropertyValue('url')).toBe('https://coach.example.edu/');
    const alarm = events[0].getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-15 * 60);
    await org.candidate.ok(CANCEL, { id: schedulePractice.id });
  });

  it('e-mails the reminder once, about an hour before, unless the candidate turned e-mails off', async () => {
    const soon = (await org.candidate.ok(SCHEDULE, { at: inFuture(30 * MINUTE), note: 'Warm up with two behavioral questions' }))
      .schedulePractice;
    const later = (await org.candidate.ok(SCHEDULE, { at: inFuture(3 * 60 * MINUTE) })).schedulePractice;
    await org.otherCandidate.ok(SET_EMAIL, { on: false });
    const quiet = (await org.otherCandidate.ok(SCHEDULE, { at: inFuture(20 * MINUTE) })).schedulePractice;
    await other.candidate.ok(SCHEDULE, { at: inFuture(40 * MINUTE) });

    await sendReminders();
    const [mail, ...more] = mailTo('candidate@plan-u.test');
    expect(more).toEqual([]);
    expect(mail).toMatch(/Subject: Reminder: mock interview practice at \d\d:\d\d/);
    expect(mail).toContain('Warm up with two behavioral questions');
    expect(mail).toContain('https://coach.example.edu/');
    expect(mailTo('othercandidate@plan-u.test')).toEqual([]);
    expect(mailTo('candidate@plan-elsewhere.test')).toHaveLength(1);

    // The next sweeps send nothing again, nor the later practice before its hour.
    await sendReminders();
    await app.app.get(PracticeReminderMail).send(org.organizationId);
    expect(mailbox.received).toHaveLength(2);
    const sent = await org.candidate.ok('{ practiceReminders { id sentAt } }');
    expect(sent.practiceReminders).toEqual([
      { id: soon.id, sentAt: expect.any(String) },
      { id: later.id, sentAt: null },
    ]);
    expect((await org.otherCandidate.ok('{ practiceReminders { id sentAt } }')).practiceReminders).toEqual([
      { id: quiet.id, sentAt: null },
    ]);
  });
});
