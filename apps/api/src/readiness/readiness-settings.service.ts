import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { badInput } from '../common/app-error';
import { DEFAULT_COMPONENT_WEIGHTS, distinctCompetencies } from './analytics-rules';
import { ReadinessSettings } from './readiness-settings.entity';
import { ReadinessService } from './readiness.service';
import { UpdateReadinessSettingsInput } from './readiness.inputs';

/** An organization's readiness weights and competency names (defaults until an admin sets them). */
@Injectable()
export class ReadinessSettingsService {
  constructor(
    private readonly db: Db,
    private readonly readiness: ReadinessService,
  ) {}

  async get(ctx: RequestContext): Promise<Pick<ReadinessSettings, 'weights' | 'competencies'>> {
    return (
      (await this.db.scoped(ctx, ReadinessSettings).findOne({ where: {} })) ?? {
        weights: DEFAULT_COMPONENT_WEIGHTS,
        competencies: [],
      }
    );
  }

  /** Saves them and recomputes every candidate's readiness in the organization. */
  async update(
    ctx: RequestContext,
    input: UpdateReadinessSettingsInput,
  ): Promise<Pick<ReadinessSettings, 'weights' | 'competencies'>> {
    const current = await this.get(ctx);
    // A weight left out (or null) keeps its value.
    const given = Object.entries(input.weights ?? {}).filter(([, weight]) => weight !== null && weight !== undefined);
    const weights = { ...current.weights, ...Object.fromEntries(given) };
    if (Object.values(weights).reduce((a, b) => a + b, 0) <= 0) {
      throw badInput('WEIGHTS_ALL_ZERO', 'At least one readiness weight must be above zero');
    }
    const competencies = input.competencies ? distinctCompetencies(input.competencies) : current.competencies;
    await this.db.sql(
      ctx,
      `INSERT INTO readiness_settings (organization_id, weights, competencies) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id) DO UPDATE SET weights = excluded.weights, competencies = excluded.competencies`,
      [JSON.stringify(weights), competencies],
    );
    await this.readiness.refreshOrganizationLater(ctx);
    return { weights, competencies };
  }
}
