import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { ListResult, likePattern, runList } from '../common/list';
import { Company } from './company.entity';
import { CompanyListOptions, CompanySortField, CreateCompanyInput, UpdateCompanyInput } from './companies.inputs';

const SORT_COLUMNS: Record<CompanySortField, string> = {
  [CompanySortField.NAME]: 'c.name',
  [CompanySortField.CREATED_AT]: 'c.createdAt',
};

@Injectable()
export class CompaniesService {
  constructor(private readonly db: Db) {}

  list(ctx: RequestContext, options?: CompanyListOptions): Promise<ListResult<Company>> {
    const qb = this.db.scoped(ctx, Company).query('c');
    if (options?.filter?.search) qb.andWhere('c.name ILIKE :search', { search: likePattern(options.filter.search) });
    return runList(qb, options, SORT_COLUMNS, CompanySortField.NAME);
  }

  get(ctx: RequestContext, id: string): Promise<Company> {
    return this.db.scoped(ctx, Company).get(id, 'Company');
  }

  create(ctx: RequestContext, input: CreateCompanyInput): Promise<Company> {
    const companies = this.db.scoped(ctx, Company);
    return companies.save(companies.create({ description: '', cultureNotes: '', techStack: [], website: null, ...input }));
  }

  async update(ctx: RequestContext, id: string, input: UpdateCompanyInput): Promise<Company> {
    const company = await this.get(ctx, id);
    return this.db.scoped(ctx, Company).save(Object.assign(company, input));
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    await this.get(ctx, id);
    return (await this.db.scoped(ctx, Company).delete({ id })) === 1;
  }
}
