import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { badInput, notFound } from '../common/app-error';
import { MEMBER_NAME_SQL } from '../members/members.service';
import { SessionsService } from '../sessions/sessions.service';
import { feedbackVisible } from '../sessions/feedback-rule';
import { Answer } from '../sessions/answer.entity';
import { InterviewSession } from '../sessions/interview-session.entity';
import { RecordingComment } from './recording-comment.entity';
import { RecordingCommentInput } from './recording-comments.inputs';
import { RecordingStatus } from './recording.entity';

/** A comment with its author's name as the organization knows them. */
export type NamedComment = RecordingComment & { authorName: string | null };

/** Seconds a comment may sit past the recorded length (the browser's measure is not exact). */
const SLACK_SECONDS = 1;

/**
 * Coaches' comments at moments of a spoken answer. Staff who may see the answer (the sessions' row
 * rule) write them; the candidate reads them once the answer's feedback is theirs to see.
 */
@Injectable()
export class RecordingCommentsService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsService,
  ) {}

  async add(ctx: RequestContext, answerId: string, input: RecordingCommentInput): Promise<NamedComment> {
    await this.sessions.answer(ctx, answerId);
    const [recorded] = await this.db.sql<{ parts: number; seconds: number | null }>(
      ctx,
      `SELECT count(*)::int AS parts, sum(duration_ms) / 1000.0 AS seconds FROM recordings
       WHERE organization_id = $1 AND answer_id = $2 AND status = '${RecordingStatus.COMPLETE}'`,
      [answerId],
    );
    if (!recorded.parts) throw badInput('NOT_RECORDED', 'This answer has no finished recording to comment on');
    const length = recorded.seconds === null ? null : Number(recorded.seconds);
    if (length !== null && input.atSeconds > length + SLACK_SECONDS) {
      throw badInput('AFTER_THE_RECORDING', `The recording is ${Math.round(length)} seconds long: comment within it`);
    }
    const body = input.body.trim();
    if (!body) throw badInput('EMPTY_COMMENT', 'Write something to comment');
    const comments = this.db.scoped(ctx, RecordingComment);
    const saved = await comments.save(
      comments.create({ answerId, authorId: ctx.membershipId, atSeconds: input.atSeconds, body }),
    );
    return (await this.named(ctx, 'c.id = $2', [saved.id]))[0];
  }

  /** Only its author may take a comment back; anyone else gets NOT_FOUND. */
  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const deleted = await this.db.scoped(ctx, RecordingComment).delete({ id, authorId: ctx.membershipId });
    if (!deleted) throw notFound('Comment');
    return true;
  }

  /** The answer's comments in the order of the recording, or none while its feedback is hidden from the caller. Batched per request. */
  async of(ctx: RequestContext, answer: Answer): Promise<NamedComment[]> {
    const session = async () => answer.session ?? ctx.loaders.byId(InterviewSession).load(answer.sessionId);
    if (!(await feedbackVisible(ctx, session))) return [];
    return ctx.loaders
      .loader('answer:recordingComments', async (answerIds) => {
        const comments = await this.named(ctx, 'c.answer_id = ANY($2::uuid[])', [[...answerIds]]);
        return answerIds.map((id) => comments.filter((c) => c.answerId === id));
      })
      .load(answer.id);
  }

  /** Comments matching `where` (on `c`, parameters from $2), with their authors' names, in the recording's order. */
  private async named(ctx: RequestContext, where: string, params: unknown[]): Promise<NamedComment[]> {
    const columns = this.db.columns(RecordingComment);
    const rows = await this.db.sql(
      ctx,
      `SELECT ${columns.select('c')}, ${MEMBER_NAME_SQL} AS author_name
       FROM recording_comments c
       LEFT JOIN memberships m ON m.id = c.author_id AND m.organization_id = $1
       LEFT JOIN users u ON u.id = m.user_id
       WHERE c.organization_id = $1 AND ${where}
       ORDER BY c.at_seconds, c.created_at`,
      params,
    );
    return rows.map((row) => Object.assign(columns.from(row, 'c')!, { authorName: (row.author_name as string | null) ?? null }));
  }
}
