import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { badInput } from '../common/app-error';
import { Ctx, Roles } from '../common/decorators';
import { Role } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { CohortRole } from '../cohorts/cohort-member.entity';
import { LlmCall, LlmUsageCohort, LlmUsageDay } from './llm-usage.entity';

interface UsageRow {
  day: Date;
  model: string;
  calls: string;
  invalid: string;
  prompt: string;
  completion: string;
}

const DAYS = { type: () => Int, defaultValue: 30, description: 'How many days back (1..366).' };

function checkDays(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > 366) throw badInput('DAYS_OUT_OF_RANGE', 'days must be from 1 to 366');
}

@Resolver()
export class ScoringResolver {
  constructor(private readonly db: Db) {}

  @Roles(Role.ADMIN)
  @Query(() => [LlmUsageDay], { description: "The LLM judge's token use per day and model, newest first." })
  async llmUsage(@Ctx() ctx: RequestContext, @Args('days', DAYS) days: number): Promise<LlmUsageDay[]> {
    checkDays(days);
    const rows = await this.db
      .scoped(ctx, LlmCall)
      .query('c')
      .select(`date_trunc('day', c.createdAt AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`, 'day')
      .addSelect('c.model', 'model')
      .addSelect('count(*)', 'calls')
      .addSelect('count(*) FILTER (WHERE NOT c.valid)', 'invalid')
      .addSelect('sum(c.promptTokens)', 'prompt')
      .addSelect('sum(c.completionTokens)', 'completion')
      .andWhere(`c.createdAt >= now() - make_interval(days => :days)`, { days })
      .groupBy('1, 2')
      .orderBy('1', 'DESC')
      .addOrderBy('2')
      .getRawMany<UsageRow>();
    return rows.map((r) => ({
      day: r.day,
      model: r.model,
      calls: Number(r.calls),
      invalidReplies: Number(r.invalid),
      promptTokens: Number(r.prompt),
      completionTokens: Number(r.completion),
    }));
  }

  @Roles(Role.ADMIN)
  @Query(() => [LlmUsageCohort], { description: "The LLM judge's token use per cohort over the period, most tokens first." })
  async llmUsageByCohort(@Ctx() ctx: RequestContext, @Args('days', DAYS) days: number): Promise<LlmUsageCohort[]> {
    checkDays(days);
    const rows = await this.db.sql<{
      cohort_id: string | null;
      cohort_name: string | null;
      calls: number;
      prompt: number;
      completion: number;
    }>(
      ctx,
      `SELECT co.id AS cohort_id, co.name AS cohort_name, count(*)::int AS calls,
         sum(c.prompt_tokens)::int AS prompt, sum(c.completion_tokens)::int AS completion
       FROM llm_calls c
       LEFT JOIN answers a ON a.organization_id = $1 AND a.id = c.answer_id
       LEFT JOIN interview_sessions s ON s.organization_id = $1 AND s.id = a.session_id
       LEFT JOIN cohort_members cm ON cm.organization_id = $1 AND cm.membership_id = s.membership_id
         AND cm.cohort_role = '${CohortRole.CANDIDATE}'
       LEFT JOIN cohorts co ON co.organization_id = $1 AND co.id = cm.cohort_id
       WHERE c.organization_id = $1 AND c.created_at >= now() - make_interval(days => $2)
       GROUP BY co.id, co.name
       ORDER BY sum(c.prompt_tokens + c.completion_tokens) DESC, co.name`,
      [days],
    );
    return rows.map((r) => ({
      cohortId: r.cohort_id,
      cohortName: r.cohort_name,
      calls: r.calls,
      promptTokens: r.prompt,
      completionTokens: r.completion,
    }));
  }
}
