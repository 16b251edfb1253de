import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { analyzeAnswer, RubricInput } from '@mockint/scoring-core';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { JobQueue, JobRun } from '../queue/job-queue';
import { Answer, AnswerStatus } from '../sessions/answer.entity';
import { InterviewSession } from '../sessions/interview-session.entity';
import { SessionQuestion } from '../sessions/session-question.entity';
import { RubricVersion } from '../rubrics/rubric-version.entity';
import { Evaluation, EvaluationSource } from './evaluation.entity';
import { ScoringOutbox } from './scoring-outbox.entity';

export const SCORE_ANSWER = 'score-answer';

/** Ids only: the worker reads the rest, in the answer's organization. */
export interface ScoreAnswerJob {
  organizationId: string;
  answerId: string;
}

/** BullMQ refuses ':' in custom job ids. */
export const scoreJobId = (answerId: string): string => `score-${answerId}`;

const toRubricInput = (version: RubricVersion): RubricInput => ({
  name: `v${version.version}`,
  criteria: version.criteria.map((c) => ({
    key: c.key,
    name: c.name,
    description: c.description,
    weight: c.weight,
    levels: { 1: c.levels[0], 2: c.levels[1], 3: c.levels[2], 4: c.levels[3], 5: c.levels[4] },
  })),
});

/**
 * Scores submitted answers through the job queue: an outbox row written with the answer, a job keyed
 * by the answer (a duplicate never scores twice), and a unique (answer, rubric version) evaluation.
 */
@Injectable()
export class ScoringService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ScoringService.name);
  private sweeper?: NodeJS.Timeout;
  private readonly scoredListeners = new Set<(answerId: string) => void>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly queue: JobQueue,
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

  /** Called in the process that scored an answer, once its evaluation is committed. */
  onScored(listener: (answerId: string) => void): () => void {
    this.scoredListeners.add(listener);
    return () => this.scoredListeners.delete(listener);
  }

  /** In the submitting transaction: the answer needs scoring. */
  async recordPending(ctx: { organizationId: string }, answerId: string): Promise<void> {
    await this.db.global(ScoringOutbox).insert({ answerId, organizationId: ctx.organizationId });
  }

  /** After commit. If the queue is down the outbox keeps the answer and the sweep queues it later. */
  async enqueue(ctx: { organizationId: string }, answerId: string): Promise<void> {
    try {
      await this.queue.add<ScoreAnswerJob>(
        SCORE_ANSWER,
        { organizationId: ctx.organizationId, answerId },
        { jobId: scoreJobId(answerId) },
      );
    } catch (error) {
      this.logger.warn(`Answer ${answerId} waits in the outbox: ${(error as Error).message}`);
    }
  }

  async sweep(): Promise<number> {
    const waiting = await this.db
      .global(ScoringOutbox)
      .find({ order: { createdAt: 'ASC' }, take: 1000 })
      .catch(() => []);
    for (const row of waiting) await this.enqueue(row, row.answerId);
    return waiting.length;
  }

  /** The job: re-checks state first, so a retry or a duplicate is harmless. */
  private async score(job: ScoreAnswerJob, _run: JobRun): Promise<void> {
    const ctx = { organizationId: job.organizationId };
    await this.db.transaction(async () => {
      const answer = await this.db
        .scoped(ctx, Answer)
        .findOne({ where: { id: job.answerId }, lock: { mode: 'pessimistic_write' } });
      if (answer && answer.status !== AnswerStatus.DRAFT) {
        const session = await this.db.scoped(ctx, InterviewSession).get(answer.sessionId, 'Session');
        const evaluations = this.db.scoped(ctx, Evaluation);
        if (!(await evaluations.exists({ answerId: answer.id, rubricVersionId: session.rubricVersionId }))) {
          await evaluations.save(await this.evaluate(ctx, answer, session));
        }
        if (answer.status !== AnswerStatus.SCORED)
          await this.db.scoped(ctx, Answer).update({ id: answer.id }, { status: AnswerStatus.SCORED });
      }
      await this.db.global(ScoringOutbox).delete({ answerId: job.answerId });
    });
    for (const listener of this.scoredListeners) listener(job.answerId);
  }

  private async evaluate(ctx: { organizationId: string }, answer: Answer, session: InterviewSession): Promise<Evaluation> {
    const question = await this.db.scoped(ctx, SessionQuestion).get(answer.sessionQuestionId, 'Question');
    const version = await this.db.scoped(ctx, RubricVersion).get(session.rubricVersionId, 'Rubric version');
    const analysis = analyzeAnswer(
      {
        prompt: question.prompt,
        type: question.type,
        competencies: question.competencies,
        talkingPoints: question.talkingPoints,
        timeLimitSeconds: question.timeLimitSeconds,
      },
      {
        text: answer.text,
        thinkingSeconds: answer.thinkingSeconds ?? undefined,
        durationSeconds: answer.durationSeconds ?? undefined,
      },
      toRubricInput(version),
    );
    return this.db.scoped(ctx, Evaluation).create({
      answerId: answer.id,
      rubricVersionId: version.id,
      source: EvaluationSource.ANALYZER,
      overallScore: analysis.overallScore,
      criteria: analysis.criteria.map(({ key, name, weight, score, rationale }) => ({ key, name, weight, score, rationale })),
      metrics: analysis.metrics,
      redFlags: analysis.redFlags,
      feedback: analysis.feedback,
      actionItems: analysis.actionItems,
      followUpQuestion: analysis.followUpQuestion,
    });
  }
}
