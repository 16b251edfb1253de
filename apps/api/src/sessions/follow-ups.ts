import { LessThan, MoreThan } from 'typeorm';
import { Db } from '../database/db.service';
import { InterviewSession } from './interview-session.entity';
import { SessionQuestion } from './session-question.entity';

/** A follow-up gets the time of the question it follows, up to this (times the sitting's time multiplier). */
const FOLLOW_UP_MAX_SECONDS = 180;

/** Whether the session asks a follow-up after an answer to this question. */
export const expectsFollowUp = (session: InterviewSession, question: SessionQuestion): boolean =>
  question.followUpDepth < session.followUpCount;

/**
 * Puts the interviewer's follow-up to the candidate as the question right after `question` (later
 * questions move down one place). Runs in the transaction that stores the evaluation; a question is
 * followed up once (unique `followUpOfId`).
 */
export async function askFollowUp(
  db: Db,
  ctx: { organizationId: string },
  session: InterviewSession,
  question: SessionQuestion,
  prompt: string,
): Promise<void> {
  if (!expectsFollowUp(session, question)) return;
  // One follow-up of a session at a time, placed by where its question is now: answers scored at once
  // each move the later questions down, so a position read before the lock may be stale.
  await db.sql(ctx, 'SELECT id FROM interview_sessions WHERE organization_id = $1 AND id = $2 FOR UPDATE', [session.id]);
  const questions = db.scoped(ctx, SessionQuestion);
  if (await questions.exists({ followUpOfId: question.id })) return;
  const { position } = await questions.get(question.id, 'Question');
  // Through negative positions, because (session, position) must stay unique after every statement.
  await questions.update({ sessionId: session.id, position: MoreThan(position) }, { position: () => '-position - 1' });
  await questions.update({ sessionId: session.id, position: LessThan(0) }, { position: () => '-position' });
  await questions.save(
    questions.create({
      sessionId: session.id,
      position: position + 1,
      questionId: null,
      followUpOfId: question.id,
      followUpDepth: question.followUpDepth + 1,
      prompt,
      type: question.type,
      competencies: question.competencies,
      talkingPoints: [],
      timeLimitSeconds: Math.min(question.timeLimitSeconds, Math.round(FOLLOW_UP_MAX_SECONDS * session.timeMultiplier)),
      thinkingSeconds: question.thinkingSeconds,
      shownAt: null,
    }),
  );
}
