import { Args, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { ANY_MEMBER, STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { ListOf } from '../common/list';
import { Company } from './company.entity';
import { CompaniesService } from './companies.service';
import { CompanyListOptions, CreateCompanyInput, UpdateCompanyInput } from './companies.inputs';

@ObjectType()
class CompanyList extends ListOf(Company) {}

@Resolver(() => Company)
export class CompaniesResolver {
  constructor(private readonly service: CompaniesService) {}

  @Roles(...ANY_MEMBER)
  @Query(() => CompanyList)
  companies(@Ctx() ctx: RequestContext, @Args('options', { nullable: true }) options?: CompanyListOptions) {
    return this.service.list(ctx, options);
  }

  @Roles(...ANY_MEMBER)
  @Query(() => Company)
  company(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.get(ctx, id);
  }

  @Roles(...STAFF)
  @Mutation(() => Company)
  createCompany(@Ctx() ctx: RequestContext, @Args('input') input: CreateCompanyInput) {
    return this.service.create(ctx, input);
  }

  @Roles(...STAFF)
  @Mutation(() => Company)
  updateCompany(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('input') input: UpdateCompanyInput) {
    return this.service.update(ctx, id, input);
  }

  @Roles(...STAFF)
  @Mutation(() => Boolean, { description: 'Question sets of the company stay, without a company.' })
  deleteCompany(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.delete(ctx, id);
  }
}
