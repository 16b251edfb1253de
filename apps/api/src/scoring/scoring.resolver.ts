import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { badInput } from '../common/app-error';
import { Ctx, Roles } from '../common/decorators';
import { Role } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { LlmCall, LlmUsageDay } from './llm-usage.entity';

interface UsageRow {
  day: Date;
  model: string;
  calls: string;
  invalid: string;
  prompt: string;
  completion: string;
}

@Resolver()
export class ScoringResolver {
  constructor(private readonly db: Db) {}

  @Roles(Role.ADMIN)
  @Query(() => [LlmUsageDay], { description: "The LLM judge's token use per day and model, newest first." })
  async llmUsage(
    @Ctx() ctx: RequestContext,
    @Args('days', { type: () => Int, defaultValue: 30, description: 'How many days back (1..366).' })
    days: number,
  ): Promise<LlmUsageDay[]> {
    if (!Number.isInteger(days) || days < 1 || days > 366) throw badInput('DAYS_OUT_OF_RANGE', 'days must be from 1 to 366');
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
}
