import { Readable } from 'node:stream';
import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { stringify } from 'csv-stringify';
import { Ctx, Roles } from '../common/decorators';
import { STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { spreadsheetSafe } from '../common/csv';
import { CohortReadinessService } from './cohort-readiness.service';
import { CandidateStanding } from './cohort-readiness.types';

/** `GET /exports/cohorts/<id>/readiness.csv` with the bearer token: the cohort's readiness, one candidate per row. */
@Controller('exports/cohorts')
export class ReadinessExportController {
  constructor(private readonly service: CohortReadinessService) {}

  @Roles(...STAFF)
  @Get(':id/readiness.csv')
  async readiness(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) cohortId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.service.summary(ctx, cohortId);
    const summary = await this.service.competencies(ctx, cohortId);
    const competencies = summary.map((c) => c.competency);
    const header = [
      'name',
      'email',
      'level',
      'readiness',
      'trend',
      'last activity',
      'overdue assignments',
      'open action items',
      'at-risk reasons',
      ...summary.map((c) => c.name),
    ];
    const row = (s: CandidateStanding) => {
      const scores = new Map(s.readiness.competencies.map((c) => [c.competency, c.score]));
      return [
        s.name,
        s.email,
        s.readiness.level,
        s.readiness.score,
        s.readiness.trend ?? '',
        s.readiness.lastActivityAt?.toISOString() ?? '',
        s.overdueAssignments,
        s.openActionItems,
        s.reasons.map((r) => r.detail).join('; '),
        ...competencies.map((key) => scores.get(key) ?? ''),
      ].map(spreadsheetSafe);
    };
    const standings = this.service.allStandings(ctx, cohortId);
    const rows = Readable.from(
      (async function* () {
        yield header.map(spreadsheetSafe);
        for await (const standing of standings) yield row(standing);
      })(),
    );
    const day = new Date().toISOString().slice(0, 10);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="cohort-readiness-${day}.csv"`)
      .header('cache-control', 'no-store');
    return rows.pipe(stringify({ bom: true }));
  }
}
