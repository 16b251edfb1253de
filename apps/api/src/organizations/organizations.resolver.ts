import { Args, Field, InputType, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsTimeZone, Max, MaxLength, Min, MinLength } from 'class-validator';
import { UpdateOf } from '../common/update-input';

import { Ctx, Roles } from '../common/decorators';
import { ANY_MEMBER, Role } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

@InputType()
@UpdateOf(Organization)
export class UpdateOrganizationInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true, description: 'IANA time zone, e.g. Europe/Paris.' })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Paris' })
  timeZone?: string;

  @Field(() => Int, {
    nullable: true,
    description: "Days recorded answers' audio is kept (1 to 3650), then deleted by an hourly job; null keeps it.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  recordingRetentionDays?: number | null;
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
    return this.organizations.update(ctx, input);
  }
}
