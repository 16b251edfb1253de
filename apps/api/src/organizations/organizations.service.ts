import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { Organization } from './organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(private readonly db: Db) {}

  /** The caller's own organization: the only one a context can reach. */
  current(ctx: RequestContext): Promise<Organization> {
    return this.db.global(Organization).findOneByOrFail({ id: ctx.organizationId });
  }

  async update(
    ctx: RequestContext,
    changes: Partial<Pick<Organization, 'name' | 'timeZone' | 'recordingRetentionDays'>>,
  ): Promise<Organization> {
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    if (Object.keys(given).length) await this.db.global(Organization).update({ id: ctx.organizationId }, given);
    return this.current(ctx);
  }

  /** A new tenant (seeding, tooling); the slug (from the name unless given) is made unique. */
  async create(name: string, slug?: string): Promise<Organization> {
    const base =
      (slug ?? name)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || 'org';
    const repo = this.db.global(Organization);
    let unique = base;
    for (let n = 2; await repo.existsBy({ slug: unique }); n++) unique = `${base}-${n}`;
    return repo.save(repo.create({ name, slug: unique }));
  }
}
