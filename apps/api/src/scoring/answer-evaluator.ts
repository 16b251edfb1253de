import { Injectable, Logger, Optional } from '@nestjs/common';
import { analyzeAnswer, FOLLOW_UP_FORM, RubricInput, SpeechInput, weightedOverall } from '@mockint/scoring-core';
import { Db } from '../database/db.service';
import { JobRun } from '../queue/job-queue';
import { Answer } from '../sessions/answer.entity';
import { RubricVersion } from '../rubrics/rubric-version.entity';
import { Evaluation, EvaluationSource, EvaluationStatus } from './evaluation.entity';
import { Judgement, parseJudgement } from './judgement';
import { JudgeInput, judgeInputFor, LlmJudge, LlmPanel } from './llm-judge';
import { combineJudgements, ModelJudgement } from './panel';
import { LlmCall } from './llm-usage.entity';
import { LlmJudgement } from './llm-judgement.entity';

/** Rubric versions kept in memory per process (they are immutable). */
const RUBRIC_VERSIONS_KEPT = 1000;

export type EvaluationRow = Omit<Evaluation, 'id' | 'organizationId' | 'createdAt' | 'answer' | 'rubricVersion' | 'organization'>;

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
 * Turns a submitted answer into an evaluation: the offline analyzer always, the LLM judge when one is
 * configured (each of its models cached by content, tokens counted; several models' scores combined
 * by median), the analyzer again when the judge fails for good. When the analyzer finds too little to
 * judge, the score is withheld and the judge is not called.
 */
@Injectable()
export class AnswerEvaluator {
  private readonly logger = new Logger(AnswerEvaluator.name);
  private readonly rubricVersions = new Map<string, RubricVersion>();

  constructor(
    private readonly db: Db,
    @Optional() private readonly panel?: LlmPanel,
  ) {}

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
   * and feedback; if the LLM still fails on the job's last attempt, the analyzer's result is used. The
   * answer comes with its session and question, and a spoken answer with what its recording said.
   */
  async evaluate(ctx: { organizationId: string }, answer: Answer, run: JobRun, speech?: SpeechInput): Promise<EvaluationRow> {
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
        speech,
      },
      toRubricInput(version),
    );
    const base = {
      answerId: answer.id,
      rubricVersionId: version.id,
      metrics: analysis.metrics,
      redFlags: analysis.redFlags,
      status: EvaluationStatus.SCORED,
      evidenceReason: null,
    };
    const fromAnalyzer = (source: EvaluationSource): EvaluationRow => ({
      ...base,
      source,
      model: null,
      status: analysis.evidence === 'INSUFFICIENT' ? EvaluationStatus.INSUFFICIENT_EVIDENCE : EvaluationStatus.SCORED,
      evidenceReason: analysis.evidenceReason,
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
    // Too little to judge: the judge is not asked (no tokens spent on nothing).
    if (!this.panel || analysis.evidence === 'INSUFFICIENT') return fromAnalyzer(EvaluationSource.ANALYZER);
    try {
      const judged = await this.judgeByPanel(
        ctx,
        answer.id,
        judgeInputFor(
          version,
          {
            prompt: question.prompt,
            type: question.type,
            competencies: question.competencies,
            talkingPoints: question.talkingPoints,
          },
          answer.text,
          analysis.metrics,
        ),
        run,
      );
      const judgement = combineJudgements(judged);
      const model = judged.map((j) => j.model).join(' + ');
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

  /**
   * Every model's judgement. A model that fails fails the try (the queue tries again; those already
   * judged are cached); on the last try the models that did judge are enough.
   */
  private async judgeByPanel(
    ctx: { organizationId: string },
    answerId: string,
    input: JudgeInput,
    run: JobRun,
  ): Promise<ModelJudgement[]> {
    const settled = await Promise.allSettled(this.panel!.judges.map((judge) => this.judgeAnswer(ctx, answerId, judge, input)));
    const judged = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed && (!run.isLastAttempt || !judged.length)) throw failed.reason;
    return judged;
  }

  /** A cached judgement for the same content, or one call whose tokens are recorded even if the reply is unusable. */
  private async judgeAnswer(
    ctx: { organizationId: string },
    answerId: string,
    judge: LlmJudge,
    input: JudgeInput,
  ): Promise<ModelJudgement> {
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
      await this.db.scoped(ctx, LlmJudgement).insertOrIgnore({ contentHash, model: reply.model, judgement, answerId });
    });
    return { judgement, model: reply.model };
  }
}
