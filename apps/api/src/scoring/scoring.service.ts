import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { JobQueue, JobRun } from '../queue/job-queue';
import { Answer, AnswerStatus } from '../sessions/answer.entity';
import { askFollowUp } from '../sessions/follow-ups';
import { Evaluation } from './evaluation.entity';
import { AnswerEvaluator } from './answer-evaluator';
import { ScoringOutbox } from './scoring-outbox.entity';
import { ScoringEvents } from './scoring-events';

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
export class ScoringService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ScoringService.name);
  private sweeper?: NodeJS.Timeout;
  private sweeping?: Promise<number>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly queue: JobQueue,
    private readonly events: ScoringEvents,
    private readonly evaluator: AnswerEvaluator,
  ) {
    queue.handle<ScoreAnswerJob>(SCORE_ANSWER, (data, run) => this.score(data, run));
  }

  /** Picks up answers left unscored by a crash or an outage, now and then periodically. */
  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
    this.sweeper = setInterval(() => void this.sweep(), this.config.scoringSweepSeconds * 1000);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  /** In the submitting transaction: the answer needs scoring. */
  async recordPending(ctx: { organizationId: string }, answerId: string): Promise<void> {
    await this.db.global(ScoringOutbox).insert({ answerId, organizationId: ctx.organizationId });
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
    const waiting = await this.db
      .global(ScoringOutbox)
      .find({ order: { createdAt: 'ASC' }, take: 1000 })
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
    const answer = await this.db
      .scoped(ctx, Answer)
      .query('a')
      .innerJoinAndSelect('a.session', 's')
      .innerJoinAndSelect('a.sessionQuestion', 'q')
      .andWhere('a.id = :id', { id: job.answerId })
      .getOne();
    const evaluation =
      answer && answer.status !== AnswerStatus.DRAFT ? await this.evaluator.evaluate(ctx, answer, run) : undefined;
    await this.db.transaction(async () => {
      if (answer && evaluation) {
        if (await this.db.scoped(ctx, Evaluation).insertOrIgnore(evaluation)) {
          await askFollowUp(this.db, ctx, answer.session!, answer.sessionQuestion!, evaluation.followUpQuestion);
        }
        await this.db.scoped(ctx, Answer).update({ id: answer.id }, { status: AnswerStatus.SCORED });
      }
      await this.db.global(ScoringOutbox).delete({ answerId: job.answerId });
    });
    if (evaluation) await this.events.publish(job.answerId);
  }
}
