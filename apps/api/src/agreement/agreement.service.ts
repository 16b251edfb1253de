import { Injectable } from '@nestjs/common';
import { checkPeriod } from '../common/period';
import { RequestContext } from '../common/request-context';
import { CohortsService } from '../cohorts/cohorts.service';
import { managedSql } from '../cohorts/coaching';
import { CohortRole } from '../cohorts/cohort-member.entity';
import { Db } from '../database/db.service';
import { AgreementFilter } from './agreement.inputs';
import { AgreementReport, AgreementSource, CriterionAgreement, SourceAgreement } from './agreement.types';
import { addMatrix, addPairs, agreementOf, ConfusionMatrix, emptyMatrix } from './kappa';

/**
 * One row per (source, criterion, AI score, coach score) with how many pairs fell there, plus one row per
 * source with the reviews and answers behind them, from the pairs written with each review
 * (agreement-pair.entity.ts). Every review is a pair per criterion of its evaluation, however many
 * coaches reviewed the answer. Reviews are those written in [$2, $3); `scope`, when given, limits the
 * candidates (on `p.membership_id`).
 */
export const PAIRS = (scope: string | null) => {
  const pairs = `agreement_pairs p WHERE p.organization_id = $1 AND p.reviewed_at >= $2 AND p.reviewed_at < $3${scope === null ? '' : ` AND ${scope}`}`;
  return `SELECT source, criterion_key AS key, max(criterion_name) AS name, ai_score AS ai, coach_score AS coach,
  count(*)::int AS pairs, NULL::int AS reviews, NULL::int AS answers
FROM ${pairs} GROUP BY source, criterion_key, ai_score, coach_score
UNION ALL
SELECT source, NULL, NULL, NULL, NULL, NULL, count(*)::int, count(DISTINCT answer_id)::int
-- The reviews first (hashed): sorting every pair for count(DISTINCT review_id) took twice as long.
FROM (SELECT source, review_id, answer_id FROM ${pairs} GROUP BY source, review_id, answer_id) reviewed GROUP BY source`;
};

interface PairRow {
  source: AgreementSource;
  key: string | null;
  name: string | null;
  ai: number | null;
  coach: number | null;
  pairs: number | null;
  reviews: number | null;
  answers: number | null;
}

const SOURCES = [AgreementSource.ANALYZER, AgreementSource.LLM];

/** AI-vs-coach agreement: counts in SQL, the figures (kappa included) from the confusion matrices. */
@Injectable()
export class AgreementService {
  constructor(
    private readonly db: Db,
    private readonly cohorts: CohortsService,
  ) {}

  async report(ctx: RequestContext, filter: AgreementFilter = {}): Promise<AgreementReport> {
    const { cohortId, from, to } = filter;
    if (from && to) checkPeriod(from, to);
    const params: unknown[] = [from ?? '-infinity', to ?? 'infinity'];
    const bind = (value: unknown) => `$${params.push(value) + 1}`;
    let scope: string | null;
    if (cohortId) {
      await this.cohorts.assertCanManage(ctx, [cohortId]);
      scope = `p.membership_id IN (SELECT cm.membership_id FROM cohort_members cm
        WHERE cm.organization_id = $1 AND cm.cohort_id = ${bind(cohortId)} AND cm.cohort_role = '${CohortRole.CANDIDATE}')`;
    } else {
      const managed = managedSql(ctx, 'candidate', 'p.membership_id', bind);
      scope = managed === 'TRUE' ? null : managed;
    }
    const rows = await this.db.sql<PairRow>(ctx, PAIRS(scope), params);

    const criteria = new Map<string, { source: AgreementSource; key: string; name: string; matrix: ConfusionMatrix }>();
    const sources = new Map(SOURCES.map((s) => [s, { matrix: emptyMatrix(), reviews: 0, answers: 0 }]));
    for (const row of rows) {
      const total = sources.get(row.source)!;
      if (row.reviews !== null) {
        total.reviews = row.reviews;
        total.answers = row.answers!;
        continue;
      }
      const id = `${row.source}:${row.key}`;
      const criterion = criteria.get(id) ?? { source: row.source, key: row.key!, name: row.name!, matrix: emptyMatrix() };
      criteria.set(id, criterion);
      addPairs(criterion.matrix, row.ai!, row.coach!, row.pairs!);
    }
    for (const criterion of criteria.values()) addMatrix(sources.get(criterion.source)!.matrix, criterion.matrix);

    return {
      cohortId: cohortId ?? null,
      from: from ?? null,
      to: to ?? null,
      overall: SOURCES.filter((s) => sources.get(s)!.reviews > 0).map((source): SourceAgreement => {
        const { matrix, reviews, answers } = sources.get(source)!;
        return { source, ...figures(matrix), reviews, answers };
      }),
      criteria: [...criteria.values()]
        .sort((a, b) => SOURCES.indexOf(a.source) - SOURCES.indexOf(b.source) || a.key.localeCompare(b.key))
        .map(({ source, key, name, matrix }): CriterionAgreement => ({
          source,
          criterionKey: key,
          criterionName: name,
          ...figures(matrix),
        })),
    };
  }
}

function figures(matrix: ConfusionMatrix) {
  const { count, exact, withinOne, meanDifference, kappa } = agreementOf(matrix);
  return { count, exactAgreement: exact, withinOneAgreement: withinOne, meanDifference, quadraticWeightedKappa: kappa };
}
