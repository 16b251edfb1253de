import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { ANY_MEMBER, STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { ListOf } from '../common/list';
import { InterviewTemplate } from '../templates/interview-template.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { Membership } from '../members/membership.entity';
import { Assignment } from './assignment.entity';
import { AssignmentCandidate } from './assignment-candidate.entity';
import { AssignmentsService } from './assignments.service';
import { AssignmentListOptions, CreateAssignmentInput, UpdateAssignmentInput } from './assignments.inputs';

@ObjectType()
class AssignmentList extends ListOf(Assignment) {}

@Resolver(() => Assignment)
export class AssignmentsResolver {
  constructor(private readonly service: AssignmentsService) {}

  @Roles(...ANY_MEMBER)
  @Query(() => AssignmentList, { description: 'Candidates get their own assignments.' })
  assignments(@Ctx() ctx: RequestContext, @Args('options', { nullable: true }) options?: AssignmentListOptions) {
    return this.service.list(ctx, options);
  }

  @Roles(...ANY_MEMBER)
  @Query(() => Assignment)
  assignment(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.get(ctx, id);
  }

  @Roles(...STAFF)
  @Mutation(() => Assignment)
  createAssignment(@Ctx() ctx: RequestContext, @Args('input') input: CreateAssignmentInput) {
    return this.service.create(ctx, input);
  }

  @Roles(...STAFF)
  @Mutation(() => Assignment)
  updateAssignment(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('input') input: UpdateAssignmentInput) {
    return this.service.update(ctx, id, input);
  }

  @Roles(...STAFF)
  @Mutation(() => Boolean)
  deleteAssignment(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.delete(ctx, id);
  }

  @Roles(...STAFF)
  @Mutation(() => AssignmentCandidate, {
    description:
      "One more realistic sitting of the assignment for the candidate (admins, and coaches of the candidate's cohorts); a completed assignment goes back to ASSIGNED.",
  })
  grantRetake(
    @Ctx() ctx: RequestContext,
    @IdArg('assignmentId') assignmentId: string,
    @IdArg('candidateId') candidateId: string,
  ) {
    return this.service.grantRetake(ctx, assignmentId, candidateId);
  }

  @ResolveField(() => InterviewTemplate)
  template(@Ctx() ctx: RequestContext, @Parent() assignment: Assignment) {
    return ctx.loaders.byId(InterviewTemplate).load(assignment.templateId);
  }

  @ResolveField(() => Cohort, { nullable: true })
  cohort(@Ctx() ctx: RequestContext, @Parent() assignment: Assignment) {
    return assignment.cohortId ? ctx.loaders.byId(Cohort).load(assignment.cohortId) : null;
  }

  @ResolveField(() => [AssignmentCandidate], {
    description: "Each candidate's status: a candidate sees only their own, a coach those of candidates they coach.",
  })
  candidates(@Ctx() ctx: RequestContext, @Parent() assignment: Assignment): Promise<AssignmentCandidate[]> {
    return this.service.candidates(ctx, assignment.id);
  }
}

@Resolver(() => AssignmentCandidate)
export class AssignmentCandidatesResolver {
  @ResolveField(() => Membership)
  member(@Ctx() ctx: RequestContext, @Parent() row: AssignmentCandidate) {
    return ctx.loaders.byId(Membership).load(row.membershipId);
  }
}
