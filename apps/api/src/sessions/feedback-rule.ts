import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { InterviewMode } from '../templates/interview-template.entity';
import { InterviewSession, SessionStatus } from './interview-session.entity';

/**
 * When scores and feedback reach the caller, the rule in one place: staff see them at once; a candidate
 * sees none of their own realistic sitting while it is in progress (as in a real interview), and all
 * once it is completed. Practice gives feedback after each answer.
 */
export async function feedbackVisible(
  ctx: Pick<RequestContext, 'role'>,
  session: () => Promise<Pick<InterviewSession, 'mode' | 'status'> | null>,
): Promise<boolean> {
  if (ctx.role !== Role.CANDIDATE) return true;
  const sitting = await session();
  return sitting?.mode !== InterviewMode.REALISTIC || sitting.status === SessionStatus.COMPLETED;
}

/** The same rule as a condition on the sessions aliased `alias`, for queries that aggregate scores. */
export function feedbackVisibleWhere(ctx: Pick<RequestContext, 'role'>, alias: string): string {
  if (ctx.role !== Role.CANDIDATE) return 'TRUE';
  return `(${alias}.mode <> '${InterviewMode.REALISTIC}' OR ${alias}.status = '${SessionStatus.COMPLETED}')`;
}
