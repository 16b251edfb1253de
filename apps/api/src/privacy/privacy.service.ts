import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { AppError, ErrorCode } from '../common/app-error';
import { Organization } from '../organizations/organization.entity';
import { User } from '../members/user.entity';
import { Membership } from '../members/membership.entity';
import { Invitation, invitationStatus } from '../members/invitation.entity';
import { MembersService } from '../members/members.service';
import { Cohort } from '../cohorts/cohort.entity';
import { CohortMember } from '../cohorts/cohort-member.entity';
import { Assignment } from '../assignments/assignment.entity';
import { AssignmentCandidate } from '../assignments/assignment-candidate.entity';
import { Accommodation } from '../accommodations/accommodation.entity';
import { InterviewSession } from '../sessions/interview-session.entity';
import { SessionQuestion } from '../sessions/session-question.entity';
import { Answer } from '../sessions/answer.entity';
import { feedbackVisible } from '../sessions/feedback-rule';
import { Evaluation } from '../scoring/evaluation.entity';
import { ScoringService } from '../scoring/scoring.service';
import { EvaluationReview } from '../reviews/evaluation-review.entity';
import { ActionItem } from '../action-items/action-item.entity';
import { DroppedSuggestion } from '../action-items/dropped-suggestion.entity';
import { RealInterviewLog } from '../real-interviews/real-interview-log.entity';
import { RealInterviewQuestion } from '../real-interviews/real-interview-question.entity';
import { PracticeReminder } from '../practice-reminders/practice-reminder.entity';
import { Recording } from '../recordings/recording.entity';
import { RecordingsService } from '../recordings/recordings.service';

/** Groups rows by a key column, keeping their order. */
function groupBy<T, K extends keyof T>(rows: T[], key: K): Map<T[K], T[]> {
  const groups = new Map<T[K], T[]>();
  for (const row of rows) groups.set(row[key], [...(groups.get(row[key]) ?? []), row]);
  return groups;
}

/**
 * What an organization stores about one person: downloaded by the person (their right to a copy) or by
 * an admin, and deleted by an admin on request. The one place that reads across features: read-only,
 * through the tenant filter; deleting goes through the features' services and the database's cascades.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly db: Db,
    private readonly members: MembersService,
    private readonly scoring: ScoringService,
    private readonly recordings: RecordingsService,
  ) {}

  /** Everything this organization keeps about the member, as JSON-ready data. */
  async export(ctx: RequestContext, memberId: string): Promise<Record<string, unknown>> {
    const member = await this.members.get(ctx, memberId);
    const [organization, user] = await Promise.all([
      this.db.global(Organization).findOneByOrFail({ id: ctx.organizationId }),
      this.db.global(User).findOneByOrFail({ id: member.userId }),
    ]);
    const links = await this.db.scoped(ctx, CohortMember).find({ where: { membershipId: member.id } });
    const cohorts = await this.db.scoped(ctx, Cohort).find({ where: { id: In(links.map((l) => l.cohortId)) } });
    const assigned = await this.db.scoped(ctx, AssignmentCandidate).find({ where: { membershipId: member.id } });
    const assignments = await this.db.scoped(ctx, Assignment).find({ where: { id: In(assigned.map((a) => a.assignmentId)) } });
    const sessions = await this.db
      .scoped(ctx, InterviewSession)
      .find({ where: { membershipId: member.id }, order: { createdAt: 'ASC' } });
    const sessionIds = sessions.map((s) => s.id);
    const questions = await this.db
      .scoped(ctx, SessionQuestion)
      .find({ where: { sessionId: In(sessionIds) }, order: { position: 'ASC' } });
    const answers = await this.db.scoped(ctx, Answer).find({ where: { sessionId: In(sessionIds) }, order: { attempt: 'ASC' } });
    const evaluations = await this.db
      .scoped(ctx, Evaluation)
      .find({ where: { answerId: In(answers.map((a) => a.id)) }, order: { createdAt: 'ASC' } });
    const recordings = await this.db
      .scoped(ctx, Recording)
      .find({ where: { answerId: In(answers.map((a) => a.id)) }, order: { part: 'ASC' } });
    const reviews = await this.db
      .scoped(ctx, EvaluationReview)
      .find({ where: { evaluationId: In(evaluations.map((e) => e.id)) }, order: { createdAt: 'ASC' } });
    const [accommodation, invitations, actionItems, dropped, logs, reminders] = await Promise.all([
      this.db.scoped(ctx, Accommodation).findOne({ where: { membershipId: member.id } }),
      this.db.scoped(ctx, Invitation).find({ where: { membershipId: member.id }, order: { createdAt: 'ASC' } }),
      this.db.scoped(ctx, ActionItem).find({ where: { membershipId: member.id }, order: { createdAt: 'ASC' } }),
      this.db
        .scoped(ctx, DroppedSuggestion)
        .find({ where: { evaluationId: In(evaluations.map((e) => e.id)) }, order: { createdAt: 'ASC' } }),
      this.db.scoped(ctx, RealInterviewLog).find({ where: { membershipId: member.id }, order: { interviewedOn: 'ASC' } }),
      this.db.scoped(ctx, PracticeReminder).find({ where: { membershipId: member.id }, order: { at: 'ASC' } }),
    ]);
    const loggedQuestions = await this.db
      .scoped(ctx, RealInterviewQuestion)
      .find({ where: { logId: In(logs.map((l) => l.id)) }, order: { position: 'ASC' } });
    // Action items of a sitting whose scores the copy leaves out (see below) are left out too.
    const hidden = new Set<string>();
    for (const s of sessions) if (!(await feedbackVisible(ctx, () => Promise.resolve(s)))) hidden.add(s.id);

    const byQuestion = groupBy(answers, 'sessionQuestionId');
    const bySession = groupBy(questions, 'sessionId');
    const byAnswer = groupBy(evaluations, 'answerId');
    const byEvaluation = groupBy(reviews, 'evaluationId');
    const recordingsOf = groupBy(recordings, 'answerId');
    const droppedOf = groupBy(dropped, 'evaluationId');
    const byLog = groupBy(loggedQuestions, 'logId');
    const cohortRole = new Map(links.map((l) => [l.cohortId, l.cohortRole]));
    const progress = new Map(assigned.map((a) => [a.assignmentId, a]));
    return {
      exportedAt: new Date(),
      organization: { name: organization.name, slug: organization.slug },
      profile: { name: user.name, email: user.email, accountCreatedAt: user.createdAt },
      membership: { role: member.role, status: member.status, invitedAt: member.createdAt, joinedAt: member.joinedAt },
      invitations: invitations.map((i) => ({ name: i.name, email: i.email, status: invitationStatus(i), sentAt: i.createdAt })),
      accommodation: accommodation && {
        timeMultiplier: accommodation.timeMultiplier,
        extraRetakes: accommodation.extraRetakes,
        note: accommodation.note,
      },
      cohorts: cohorts.map((c) => ({ name: c.name, startsOn: c.startsOn, endsOn: c.endsOn, role: cohortRole.get(c.id) })),
      assignments: assignments.map((a) => {
        const mine = progress.get(a.id)!;
        return {
          title: a.title,
          dueAt: a.dueAt,
          status: mine.status,
          completedAt: mine.completedAt,
          retakesGranted: mine.retakesGranted,
        };
      }),
      actionItems: actionItems
        .filter((i) => !i.sessionId || !hidden.has(i.sessionId))
        .map((i) => ({ text: i.text, status: i.status, source: i.source, createdAt: i.createdAt, doneAt: i.doneAt })),
      practiceReminders: reminders.map((r) => ({ at: r.at, note: r.note, scheduledAt: r.createdAt, emailedAt: r.sentAt })),
      realInterviews: logs.map((l) => ({
        company: l.companyName,
        role: l.role,
        stage: l.stage,
        interviewedOn: l.interviewedOn,
        selfEvaluation: l.selfEvaluation,
        outcome: l.outcome,
        notes: l.notes,
        loggedAt: l.createdAt,
        questions: (byLog.get(l.id) ?? []).map((q) => ({
          prompt: q.prompt,
          unexpected: q.unexpected,
          competencies: q.competencies,
        })),
      })),
      sessions: await Promise.all(
        sessions.map(async (s) => {
          // A candidate's own copy follows the feedback rule: none of a realistic sitting still in progress.
          const scores = await feedbackVisible(ctx, () => Promise.resolve(s));
          return {
            mode: s.mode,
            status: s.status,
            startedAt: s.createdAt,
            completedAt: s.completedAt,
            confidenceBefore: s.confidenceBefore,
            confidenceAfter: s.confidenceAfter,
            checklist: s.checklist,
            focusLossCount: s.focusLossCount,
            questions: (bySession.get(s.id) ?? []).map((q) => ({
              position: q.position,
              prompt: q.prompt,
              type: q.type,
              competencies: q.competencies,
              followUpDepth: q.followUpDepth,
              timeLimitSeconds: q.timeLimitSeconds,
              thinkingSeconds: q.thinkingSeconds,
              shownAt: q.shownAt,
              answers: (byQuestion.get(q.id) ?? []).map((a) => ({
                attempt: a.attempt,
                text: a.text,
                status: a.status,
                startedAt: a.startedAt,
                submittedAt: a.submittedAt,
                thinkingSeconds: a.thinkingSeconds,
                durationSeconds: a.durationSeconds,
                overTime: a.overTime,
                startedLate: a.startedLate,
                // What was recorded, not the audio itself (it plays in the app while kept).
                recordings: (recordingsOf.get(a.id) ?? []).map((r) => ({
                  part: r.part,
                  mimeType: r.mimeType,
                  bytes: r.bytes,
                  durationMs: r.durationMs,
                  status: r.status,
                  recordedAt: r.createdAt,
                  completedAt: r.completedAt,
                  audioDeletedAt: r.audioDeletedAt,
                  transcriptStatus: r.transcriptStatus,
                  transcript: r.transcript?.text ?? null,
                })),
                evaluations: scores
                  ? (byAnswer.get(a.id) ?? []).map((e) => ({
                      source: e.source,
                      model: e.model,
                      overallScore: e.overallScore,
                      criteria: e.criteria,
                      metrics: e.metrics,
                      redFlags: e.redFlags,
                      feedback: e.feedback,
                      actionItems: e.actionItems,
                      followUpQuestion: e.followUpQuestion,
                      scoredAt: e.createdAt,
                      reviews: (byEvaluation.get(e.id) ?? []).map((r) => ({
                        overallScore: r.overallScore,
                        overrides: r.overrides,
                        comment: r.comment,
                        actionItems: r.actionItems,
                        reviewedAt: r.createdAt,
                      })),
                      droppedSuggestions: (droppedOf.get(e.id) ?? []).map((d) => ({ text: d.text, droppedAt: d.createdAt })),
                    }))
                  : [],
              })),
            })),
          };
        }),
      ),
    };
  }

  /**
   * Deletes a candidate's data from this organization on an admin's explicit request: their sittings,
   * answers, evaluations, coaches' reviews, the audio of their recorded answers, action items, real-interview logs, planned practices and the
   * record of notification e-mails sent (by cascade; a bank question promoted from a logged one stays,
   * unlinked), what the LLM judge cached or counted for their answers, and their membership. The account goes too when no other organization has it.
   */
  async deleteCandidateData(ctx: RequestContext, memberId: string): Promise<boolean> {
    return this.db.transaction(async () => {
      const member = await this.members.get(ctx, memberId);
      if (member.role !== Role.CANDIDATE) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'NOT_A_CANDIDATE', "Only a candidate's data can be deleted this way");
      }
      const answers = await this.db
        .scoped(ctx, Answer)
        .query('a')
        .innerJoin(InterviewSession, 's', 's.id = a.sessionId AND s.organizationId = a.organizationId')
        .andWhere('s.membershipId = :memberId', { memberId })
        .select('a.id', 'id')
        .getRawMany<{ id: string }>();
      await this.scoring.forgetAnswers(
        ctx,
        answers.map((a) => a.id),
      );
      // The audio first: if the storage fails, nothing is deleted and the request can be made again.
      await this.recordings.deleteAudioOf(ctx, member.id);
      await this.db.scoped(ctx, Membership).delete({ id: member.id });
      if (!(await this.db.global(Membership).existsBy({ userId: member.userId }))) {
        await this.db.global(User).delete({ id: member.userId });
      }
      return true;
    });
  }
}
