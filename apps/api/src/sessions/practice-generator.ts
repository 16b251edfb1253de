import { Injectable } from '@nestjs/common';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { QuestionBankService } from '../question-bank/question-bank.service';
import { AssignmentsService } from '../assignments/assignments.service';
import { QuestionFilter } from '../question-bank/question-bank.inputs';
import { Question } from '../question-bank/question.entity';
import { Evaluation } from '../scoring/evaluation.entity';
import { feedbackVisibleWhere } from './feedback-rule';
import { competencyKey, WEAK_AREA_SHARE } from '../readiness/analytics-rules';
import { CohortReadinessService } from '../readiness/cohort-readiness.service';

/** How far back the competency scores look: recent answers show where the candidate is now. */
const RECENT_EVALUATIONS = 200;

@ObjectType({ description: 'How a candidate does on one competency, from the evaluations of their answers.' })
export class CompetencyScore {
  @Field() competency: string;
  @Field(() => Float, { description: 'Mean overall score (0..100) of the answers that probed it.' }) averageScore: number;
  @Field(() => Int) answers: number;
  @Field({ description: "In the weaker half of the candidate's competencies: free practice draws mostly from these." })
  weak: boolean;
}

/** Draws free-practice questions, weighted toward the competencies the candidate scores lowest on. */
@Injectable()
export class PracticeGenerator {
  constructor(
    private readonly db: Db,
    private readonly bank: QuestionBankService,
    private readonly assignments: AssignmentsService,
    private readonly readiness: CohortReadinessService,
  ) {}

  /**
   * The candidate's competencies from their most recent evaluations that the caller may see (see
   * feedback-rule.ts), weakest first; the lower half (rounded up) counts as weak.
   */
  async competencyScores(ctx: RequestContext, membershipId: string): Promise<CompetencyScore[]> {
    const rows = await this.db
      .scoped(ctx, Evaluation)
      .query('e')
      .innerJoin('e.answer', 'a')
      .innerJoin('a.session', 's')
      .innerJoin('a.sessionQuestion', 'q')
      // The organization on the sessions too, so their (organization, member) index finds the candidate's.
      .andWhere('s.organizationId = :organizationId AND s.membershipId = :membershipId', {
        organizationId: ctx.organizationId,
        membershipId,
      })
      .andWhere(feedbackVisibleWhere(ctx, 's'))
      // A withheld score (too little to judge) is no measure of the competency.
      .andWhere('e.overallScore IS NOT NULL')
      .select('e.overallScore', 'score')
      .addSelect('q.competencies', 'competencies')
      .orderBy('e.createdAt', 'DESC')
      .limit(RECENT_EVALUATIONS)
      .getRawMany<{ score: number; competencies: string[] }>();
    const totals = new Map<string, { sum: number; answers: number }>();
    for (const { score, competencies } of rows) {
      for (const competency of new Set(competencies.map(competencyKey))) {
        const total = totals.get(competency) ?? { sum: 0, answers: 0 };
        total.sum += score;
        total.answers += 1;
        totals.set(competency, total);
      }
    }
    const ranked = [...totals]
      .map(([competency, { sum, answers }]) => ({ competency, averageScore: Math.round((sum / answers) * 10) / 10, answers }))
      .sort((a, b) => a.averageScore - b.averageScore || a.competency.localeCompare(b.competency));
    const weakCount = Math.ceil(ranked.length / 2);
    return ranked.map((score, i) => ({ ...score, weak: i < weakCount }));
  }

  /**
   * The competencies to draw from: the practice plan's (readiness: recency, coaches' reviews, what the
   * cohort requires) when recommended, else the recent scores' weaker and stronger halves.
   */
  private async pools(ctx: RequestContext, filter: QuestionFilter, recommended: boolean) {
    if (filter.competency) return { weak: [], strong: [] };
    if (recommended) {
      const plan = await this.readiness.practicePlan(ctx, ctx.membershipId);
      return { weak: plan.focus.map((c) => c.competency), strong: plan.strengths.map((c) => c.competency) };
    }
    const scores = await this.competencyScores(ctx, ctx.membershipId);
    return {
      weak: scores.filter((s) => s.weak).map((s) => s.competency),
      strong: scores.filter((s) => !s.weak).map((s) => s.competency),
    };
  }

  /**
   * `count` distinct questions matching `filter`, never from a staff-only set nor one of the candidate's
   * reserved questions (see AssignmentsService.reservedQuestionIds). Each is drawn from the weak
   * competencies with probability WEAK_AREA_SHARE, else from the strong ones; from anything matching
   * when that pool is empty (no history yet, or the bank has nothing there).
   */
  async draw(
    ctx: RequestContext,
    filter: QuestionFilter,
    count: number,
    { recommended = false, random = Math.random }: { recommended?: boolean; random?: () => number } = {},
  ): Promise<Question[]> {
    const { weak, strong } = await this.pools(ctx, filter, recommended);
    const reserved = await this.assignments.reservedQuestionIds(ctx, ctx.membershipId);
    const practice = { ...filter, practice: true };
    const chosen: Question[] = [];
    for (let i = 0; i < count; i++) {
      const exclude = [...reserved, ...chosen.map((q) => q.id)];
      const pool = random() < WEAK_AREA_SHARE ? weak : strong;
      let [question] = pool.length ? await this.bank.draw(ctx, { ...practice, competencyAmong: pool }, 1, exclude) : [];
      question ??= (await this.bank.draw(ctx, practice, 1, exclude))[0];
      if (!question) break;
      chosen.push(question);
    }
    return chosen;
  }
}
