import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { badInput } from '../common/app-error';
import { CohortsService } from '../cohorts/cohorts.service';
import { onlyManaged } from '../cohorts/coaching';
import { MembersService } from '../members/members.service';
import { Accommodation } from './accommodation.entity';
import { AccommodationInput } from './accommodations.inputs';

/**
 * Accommodations of candidates: set and cleared by an admin or a coach of the candidate (the rule in
 * cohorts/coaching.ts), seen by them and by the candidate, never by other candidates.
 */
@Injectable()
export class AccommodationsService {
  constructor(
    private readonly db: Db,
    private readonly cohorts: CohortsService,
    private readonly members: MembersService,
  ) {}

  /** Grants or replaces the candidate's accommodation; it applies to sittings started from now on. */
  async set(ctx: RequestContext, memberId: string, input: AccommodationInput): Promise<Accommodation> {
    await this.cohorts.assertManagesCandidates(ctx, [memberId]);
    if ((await this.members.get(ctx, memberId)).role !== Role.CANDIDATE) {
      throw badInput('NOT_A_CANDIDATE', 'Accommodations are for candidates');
    }
    const values = {
      timeMultiplier: input.timeMultiplier,
      extraRetakes: input.extraRetakes,
      note: input.note ?? '',
      grantedById: ctx.membershipId,
    };
    return this.db.transaction(async () => {
      const rows = this.db.scoped(ctx, Accommodation);
      if (!(await rows.insertOrIgnore({ membershipId: memberId, ...values }))) {
        await rows.update({ membershipId: memberId }, values);
      }
      return (await rows.findOne({ where: { membershipId: memberId } }))!;
    });
  }

  /** Removes the candidate's accommodation; whether there was one. Sittings already started keep their time. */
  async clear(ctx: RequestContext, memberId: string): Promise<boolean> {
    await this.cohorts.assertManagesCandidates(ctx, [memberId]);
    return (await this.db.scoped(ctx, Accommodation).delete({ membershipId: memberId })) === 1;
  }

  /** The member's accommodation if the caller may see it (batched per request), else null. */
  async visible(ctx: RequestContext, memberId: string): Promise<Accommodation | null> {
    return ctx.loaders
      .loader('accommodation:visible', async (ids) => {
        const qb = this.db
          .scoped(ctx, Accommodation)
          .query('a')
          .andWhere('a.membershipId IN (:...ids)', { ids: [...ids] });
        if (ctx.role === Role.CANDIDATE) qb.andWhere('a.membershipId = :self', { self: ctx.membershipId });
        else onlyManaged(qb, ctx, 'candidate', 'a.membershipId');
        const found = new Map((await qb.getMany()).map((a) => [a.membershipId, a]));
        return ids.map((id) => found.get(id) ?? null);
      })
      .load(memberId);
  }

  /** What the candidate's time limits are multiplied by in a sitting they start now. */
  async timeMultiplier(ctx: RequestContext, membershipId: string): Promise<number> {
    const found = await this.db.scoped(ctx, Accommodation).findOne({ where: { membershipId } });
    return found?.timeMultiplier ?? 1;
  }
}
