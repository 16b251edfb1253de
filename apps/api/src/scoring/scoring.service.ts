import { Inject, Injectable, Logger, Optional, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { analyzeAnswer, FOLLOW_UP_FORM, RubricInput, weightedOverall, withoutGraderDirectives } from '@mockint/scoring-core';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { JobQueue, JobRun } from '../queue/job-queue';
import { Answer, AnswerStatus } from '../sessions/answer.entity';
import { askFollowUp } from '../sessions/follow-ups';
import { RubricVersion } from '../rubrics/rubric-version.entity';
import { Evaluation, EvaluationSource } from './evaluation.entity';
import { ScoringOutbox } from './scoring-outbox.entity';
import { ScoringEvents } from './scoring-events';
import { Judgement, parseJudgement } from './judgement';
import { JudgeInput, LlmJudge } from './llm-judge';
import { LlmCall } from './llm-usage.entity';
import { LlmJudgement } from './llm-judgement.entity';

export const SCORE_ANSWER = 'score-answer';

/** Ids only: the worker reads the rest, in the answer's organization. */
export interface ScoreAnswerJob {
  organizationId: string;
  answerId: string;
}

/** Rubric versions kept in memory per process (they are immutable). */
const RUBRIC_VERSIONS_KEPT = 1000;

type EvaluationRow = Omit<Evaluation, 'id' | 'organizationId' | 'createdAt' | 'answer' | 'rubricVersion' | 'organization'>;

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
  private sweeping?: Promise<number>;
  private readonly rubricVersions = new Map<string, RubricVersion>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly queue: JobQueue,
    private readonly events: ScoringEvents,
    @Optional() private readonly judge?: LlmJudge,
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
    const evaluation = answer && answer.status !== AnswerStatus.DRAFT ? await this.evaluate(ctx, answer, run) : undefined;
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

  /** Rubric versions never change, so they are read once per process. */
  private async rubricVersion(ctx: { organizationId: string }, id: string): Promise<RubricVersion> {
    const cached = this.rubricVersions.get(id);
    if (cached?.organizationId === ctx.organizationId) return cached;
    const version = await this.db.scoped(ctx, RubricVersion).get(id, 'Rubric version');
    if (this.rubricVersions.size >= RUBRIC_VERSIONS_KEPT) this.rubricVersions.clear();
    this.rubricVersions.set(id, version);
    return version;
  }

  /**
   * The analyzer always runs (metrics, red flags). With an LLM configured its judgement gives the scores
   * and feedback; if the LLM still fails on the job's last attempt, the analyzer's result is used.
   */
  private async evaluate(ctx: { organizationId: string }, answer: Answer, run: JobRun): Promise<EvaluationRow> {
    const session = answer.session!;
    const question = answer.sessionQuestion!;
    const version = await this.rubricVersion(ctx, session.rubricVersionId);
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
    const base = { answerId: answer.id, rubricVersionId: version.id, metrics: analysis.metrics, redFlags: analysis.redFlags };
    const fromAnalyzer = (source: EvaluationSource): EvaluationRow => ({
      ...base,
      source,
      model: null,
      overallScore: analysis.overallScore,
      criteria: analysis.criteria.map(({ key, name, weight, score, rationale }) => ({
        key,
        name,
        weight,
        score,
        rationale,
        evidence: null,
        evidenceRejected: false,
      })),
      feedback: analysis.feedback,
      actionItems: analysis.actionItems,
      followUpQuestion: analysis.followUpQuestion,
    });
    if (!this.judge) return fromAnalyzer(EvaluationSource.ANALYZER);
    try {
      const { judgement, model } = await this.judgeAnswer(ctx, answer.id, {
        rubricVersionId: version.id,
        criteria: version.criteria,
        question: {
          prompt: question.prompt,
          type: question.type,
          competencies: question.competencies,
          talkingPoints: question.talkingPoints,
        },
        answer: withoutGraderDirectives(answer.text).text,
        metrics: analysis.metrics,
      });
      const criteria = version.criteria.map((criterion, i) => ({
        ...judgement.criteria[i],
        name: criterion.name,
        weight: criterion.weight,
      }));
      return {
        ...base,
        source: EvaluationSource.LLM,
        model,
        overallScore: weightedOverall(criteria),
        criteria,
        feedback: judgement.feedback,
        // Where the model left a part out or ignored its form, the analyzer's stands in.
        actionItems: judgement.actionItems.length ? judgement.actionItems : analysis.actionItems,
        followUpQuestion: FOLLOW_UP_FORM.test(judgement.followUpQuestion)
          ? judgement.followUpQuestion
          : analysis.followUpQuestion,
      };
    } catch (error) {
      if (!run.isLastAttempt) throw error;
      this.logger.warn(`Answer ${answer.id} scored by the analyzer after the LLM failed: ${(error as Error).message}`);
      return fromAnalyzer(EvaluationSource.ANALYZER_FALLBACK);
    }
  }

  /** A cached judgement for the same content, or one call whose tokens are recorded even if the reply is unusable. */
  private async judgeAnswer(
    ctx: { organizationId: string },
    answerId: string,
    input: JudgeInput,
  ): Promise<{ judgement: Judgement; model: string }> {
    const judge = this.judge!;
    const contentHash = judge.cacheKey(input);
    const cached = await this.db.scoped(ctx, LlmJudgement).findOne({ where: { contentHash } });
    if (cached) return cached;
    const reply = await judge.judge(input);
    const usage = { answerId, model: reply.model, promptTokens: reply.promptTokens, completionTokens: reply.completionTokens };
    let judgement: Judgement;
    try {
      judgement = parseJudgement(
        reply.content,
        input.criteria.map((c) => c.key),
        input.answer,
      );
    } catch (error) {
      await this.db.scoped(ctx, LlmCall).insertOrIgnore({ ...usage, valid: false });
      throw error;
    }
    await this.db.transaction(async () => {
      await this.db.scoped(ctx, LlmCall).insertOrIgnore({ ...usage, valid: true });
      await this.db.scoped(ctx, LlmJudgement).insertOrIgnore({ contentHash, model: reply.model, judgement });
    });
    return { judgement, model: reply.model };
  }
}
