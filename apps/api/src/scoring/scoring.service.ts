import { In } from 'typeorm';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { JobQueue, JobRun } from '../queue/job-queue';
import { Sweeps } from '../queue/sweeps';
import { Answer, AnswerStatus } from '../sessions/answer.entity';
import { InterviewSession } from '../sessions/interview-session.entity';
import { SessionQuestion } from '../sessions/session-question.entity';
import { askFollowUp, expectsFollowUp } from '../sessions/follow-ups';
import { AnswerEvaluator, EvaluationRow } from './answer-evaluator';
import { ScoringOutbox } from './scoring-outbox.entity';
import { ScoringEvents } from './scoring-events';
import { LlmJudgement } from './llm-judgement.entity';
import { LlmCall } from './llm-usage.entity';
import { ReadinessService } from '../readiness/readiness.service';
import { TranscriptStatus } from '../recordings/recording-transcript.types';
import { awaitsTranscript } from '../recordings/awaits-transcript';
import { joinTranscripts, Transcript } from '../transcription/transcript';

export const SCORE_ANSWER = 'score-answer';

/** Ids only: the worker reads the rest, in the answer's organization. */
export interface ScoreAnswerJob {
  organizationId: string;
  answerId: string;
}

/** BullMQ refuses ':' in custom job ids. */
export const scoreJobId = (answerId: string): string => `score-${answerId}`;

/**
 * Scores submitted answers through the job queue: an outbox row written with the answer, a job keyed
 * by the answer (a duplicate never scores twice), and a unique (answer, rubric version) evaluation.
 */
@Injectable()
export class ScoringService {
  private readonly logger = new Logger(ScoringService.name);
  private sweeping?: Promise<number>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly queue: JobQueue,
    private readonly events: ScoringEvents,
    private readonly evaluator: AnswerEvaluator,
    private readonly readiness: ReadinessService,
    sweeps: Sweeps,
  ) {
    queue.handle<ScoreAnswerJob>(SCORE_ANSWER, (data, run) => this.score(data, run));
    // Picks up answers left unscored by a crash or an outage.
    sweeps.every('scoring', config.scoringSweepSeconds * 1000, () => this.sweep());
  }

  /** Deletes what the LLM judge kept about these answers: its cached judgements and the token records. */
  async forgetAnswers(ctx: { organizationId: string }, answerIds: string[]): Promise<void> {
    if (!answerIds.length) return;
    await this.db.scoped(ctx, LlmJudgement).delete({ answerId: In(answerIds) });
    await this.db.scoped(ctx, LlmCall).delete({ answerId: In(answerIds) });
  }

  /**
   * The part of an answer-storing statement that records the answers of the CTE `answers` as needing
   * scoring: both commit together.
   */
  pendingFrom(answers: string): string {
    return `INSERT INTO scoring_outbox (answer_id, organization_id) SELECT id, organization_id FROM ${answers}`;
  }

  /** After commit. If the queue is down the outbox keeps the answer and the sweep queues it later. */
  async enqueue(ctx: { organizationId: string }, answerId: string): Promise<boolean> {
    try {
      await this.queue.add<ScoreAnswerJob>(
        SCORE_ANSWER,
        { organizationId: ctx.organizationId, answerId },
        { jobId: scoreJobId(answerId) },
      );
      return true;
    } catch (error) {
      this.logger.warn(`Answer ${answerId} waits in the outbox: ${(error as Error).message}`);
      return false;
    }
  }

  /**
   * Queues the answers waiting in the outbox, oldest first; returns how many. Stops at the first
   * failure (the queue is down: each try would wait for it), and never runs twice at once.
   */
  sweep(): Promise<number> {
    this.sweeping ??= this.sweepOnce().finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  private async sweepOnce(): Promise<number> {
    // An answer awaiting a transcript is queued by the transcription when it is done.
    const waiting = await this.db
      .global(ScoringOutbox)
      .createQueryBuilder('o')
      .where(`NOT ${awaitsTranscript('o.organization_id', 'o.answer_id')}`)
      .orderBy('o.created_at', 'ASC')
      .take(1000)
      .getMany()
      .catch(() => []);
    let queued = 0;
    for (const row of waiting) {
      if (!(await this.enqueue(row, row.answerId))) break;
      queued += 1;
    }
    return queued;
  }

  /**
   * The job. Reads outside any transaction (an LLM call may take seconds), then stores the evaluation
   * at most once (unique per answer and rubric version), so a retry or a duplicate is harmless.
   */
  private async score(job: ScoreAnswerJob, run: JobRun): Promise<void> {
    const ctx = { organizationId: job.organizationId };
    const [answers, sessions, questions] = [
      this.db.columns(Answer),
      this.db.columns(InterviewSession),
      this.db.columns(SessionQuestion),
    ];
    const [row] = await this.db.sql(
      ctx,
      `SELECT ${answers.select('a')}, ${sessions.select('s')}, ${questions.select('q')},
         (SELECT json_agg(r.transcript ORDER BY r.part) FROM recordings r
          WHERE r.organization_id = $1 AND r.answer_id = a.id AND r.transcript_status = '${TranscriptStatus.DONE}') AS transcripts
       FROM answers a
       JOIN interview_sessions s ON s.id = a.session_id AND s.organization_id = $1
       JOIN session_questions q ON q.id = a.session_question_id AND q.organization_id = $1
       WHERE a.organization_id = $1 AND a.id = $2`,
      [job.answerId],
    );
    const answer = row && answers.from(row, 'a');
    if (!answer || answer.status === AnswerStatus.DRAFT) {
      await this.db.sql(ctx, 'DELETE FROM scoring_outbox WHERE organization_id = $1 AND answer_id = $2', [job.answerId]);
      return;
    }
    const session = (answer.session = sessions.from(row, 's')!);
    const question = (answer.sessionQuestion = questions.from(row, 'q')!);
    // A spoken answer: its parts' transcripts give the delivery; the text (as corrected) gives the content.
    const transcripts = row.transcripts as Transcript[] | null;
    const evaluation = await this.evaluator.evaluate(ctx, answer, run, transcripts ? joinTranscripts(transcripts) : undefined);
    if (expectsFollowUp(session, question)) {
      await this.db.transaction(async () => {
        if (await this.store(ctx, evaluation)) {
          await askFollowUp(this.db, ctx, session, question, evaluation.followUpQuestion);
        }
      });
    } else {
      // The common case: one statement.
      await this.store(ctx, evaluation);
    }
    await this.readiness.refreshLater(ctx, [session.membershipId]);
    await this.events.publish(job.answerId);
  }

  /** Inserts the evaluation unless it exists, marks the answer scored and clears its outbox row; whether it inserted. */
  private async store(ctx: { organizationId: string }, evaluation: EvaluationRow): Promise<boolean> {
    const [{ inserted }] = await this.db.sql<{ inserted: number }>(
      ctx,
      `WITH evaluation AS (
         INSERT INTO evaluations (organization_id, answer_id, rubric_version_id, source, model, status, overall_score,
           evidence_reason, criteria, metrics, red_flags, feedback, action_items, follow_up_question)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (answer_id, rubric_version_id) DO NOTHING
         RETURNING id
       ), scored AS (
         UPDATE answers SET status = '${AnswerStatus.SCORED}' WHERE organization_id = $1 AND id = $2
       ), done AS (
         DELETE FROM scoring_outbox WHERE organization_id = $1 AND answer_id = $2
       )
       SELECT count(*)::int AS inserted FROM evaluation`,
      [
        evaluation.answerId,
        evaluation.rubricVersionId,
        evaluation.source,
        evaluation.model,
        evaluation.status,
        evaluation.overallScore,
        evaluation.evidenceReason,
        // jsonb columns: arrays would otherwise be sent as PostgreSQL arrays.
        ...[evaluation.criteria, evaluation.metrics, evaluation.redFlags, evaluation.feedback, evaluation.actionItems].map((v) =>
          JSON.stringify(v),
        ),
        evaluation.followUpQuestion,
      ],
    );
    return inserted > 0;
  }
}
