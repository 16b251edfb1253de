import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { Role, STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Rubric } from './rubric.entity';
import { RubricVersion } from './rubric-version.entity';
import { RubricsService } from './rubrics.service';
import { CreateRubricInput, UpdateRubricInput } from './rubrics.inputs';

@Resolver(() => Rubric)
export class RubricsResolver {
  constructor(private readonly service: RubricsService) {}

  @Roles(...STAFF)
  @Query(() => [Rubric])
  rubrics(@Ctx() ctx: RequestContext) {
    return this.service.list(ctx);
  }

  @Roles(...STAFF)
  @Query(() => Rubric)
  rubric(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.get(ctx, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Rubric)
  createRubric(@Ctx() ctx: RequestContext, @Args('input') input: CreateRubricInput) {
    return this.service.create(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Rubric, { description: 'New criteria make a new version; scored versions never change.' })
  updateRubric(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('input') input: UpdateRubricInput) {
    return this.service.update(ctx, id, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean)
  deleteRubric(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.delete(ctx, id);
  }

  @ResolveField(() => RubricVersion)
  async currentVersion(@Ctx() ctx: RequestContext, @Parent() rubric: Rubric): Promise<RubricVersion> {
    const versions = await ctx.loaders.manyBy(RubricVersion, 'rubricId', { version: 'DESC' }).load(rubric.id);
    return versions[0];
  }

  @ResolveField(() => [RubricVersion], { description: 'Newest first.' })
  versions(@Ctx() ctx: RequestContext, @Parent() rubric: Rubric): Promise<RubricVersion[]> {
    return ctx.loaders.manyBy(RubricVersion, 'rubricId', { version: 'DESC' }).load(rubric.id);
  }
}
