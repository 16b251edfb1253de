import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { InterviewMode } from '../templates/interview-template.entity';

/**
 * How many realistic sittings a candidate may still start on an assignment: one, plus the retakes a
 * coach granted on it, plus the candidate's accommodation's extra retakes, minus the realistic sittings
 * already started. Practice assignments have no limit (null). The rule in one statement.
 */
const REMAINING = `SELECT ac.id,
    CASE WHEN t.mode = '${InterviewMode.REALISTIC}' THEN GREATEST(0, 1 + ac.retakes_granted + coalesce(acc.extra_retakes, 0)
      - (SELECT count(*) FROM interview_sessions s WHERE s.organization_id = $1 AND s.assignment_id = ac.assignment_id
           AND s.membership_id = ac.membership_id AND s.mode = '${InterviewMode.REALISTIC}'))::int END AS remaining
  FROM assignment_candidates ac
  JOIN assignments a ON a.id = ac.assignment_id AND a.organization_id = $1
  JOIN interview_templates t ON t.id = a.template_id AND t.organization_id = $1
  LEFT JOIN accommodations acc ON acc.membership_id = ac.membership_id AND acc.organization_id = $1
  WHERE ac.organization_id = $1 AND ac.id = ANY($2::uuid[])`;

@Injectable()
export class SittingAllowance {
  constructor(private readonly db: Db) {}

  /** Sittings left per candidate's copy of an assignment (`assignment_candidates` ids); null: no limit. */
  async remaining(ctx: { organizationId: string }, rowIds: readonly string[]): Promise<(number | null)[]> {
    const rows = await this.db.sql<{ id: string; remaining: number | null }>(ctx, REMAINING, [[...rowIds]]);
    const byId = new Map(rows.map((r) => [r.id, r.remaining]));
    return rowIds.map((id) => byId.get(id) ?? null);
  }

  /** The same for one row, batched with the request's others. */
  remainingOf(ctx: RequestContext, rowId: string): Promise<number | null> {
    return ctx.loaders.loader('sittings-remaining', (ids) => this.remaining(ctx, ids)).load(rowId);
  }
}
