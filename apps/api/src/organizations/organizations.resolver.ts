import { RequiredText } from '../common/fields';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InputType } from '@nestjs/graphql';

import { Ctx, Roles } from '../common/decorators';
import { ANY_MEMBER, Role } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

@InputType()
export class UpdateOrganizationInput {
  @RequiredText(200)
  name: string;
}

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @Roles(...ANY_MEMBER)
  @Query(() => Organization, { description: 'The organization the caller acts in.' })
  organization(@Ctx() ctx: RequestContext) {
    return this.organizations.current(ctx);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Organization)
  updateOrganization(@Ctx() ctx: RequestContext, @Args('input') input: UpdateOrganizationInput) {
    return this.organizations.rename(ctx, input.name);
  }
}
