import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CandidateStandingList } from '../readiness/cohort-readiness.types';
import { AssignmentStatus } from '../assignments/assignment-candidate.entity';

@ObjectType({ description: "A cohort's candidates at risk, most reasons first." })
export class CohortAtRisk {
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => CandidateStandingList) candidates: CandidateStandingList;
}

@ObjectType({
  description:
    "What needs the caller's attention. Staff: sessions waiting for their review, and for admins the candidates at risk. Candidates: new assignments, assignments due soon, coaches' reviews. Fields that do not apply to the caller's role are empty. Each field is read only when asked.",
})
export class Notifications {}

@ObjectType({ description: "An assignment given to you: your copy's progress and its due date." })
export class AssignmentNotice {
  @Field(() => ID) assignmentId: string;
  @Field() title: string;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field({ description: 'When it was given to you.' }) assignedAt: Date;
  @Field(() => AssignmentStatus, { description: 'How far you got.' }) status: AssignmentStatus;
  @Field({ description: 'Due and not completed.' }) overdue: boolean;
}

@ObjectType({ description: "A coach's reviews of your answers in one session: who reviewed, when, how many answers." })
export class ReviewNotice {
  @Field(() => ID) sessionId: string;
  @Field(() => ID, { nullable: true, description: 'The coach (member id); null once they left the organization.' })
  reviewerId: string | null;
  @Field(() => String, { nullable: true }) reviewerName: string | null;
  @Field({ description: 'The latest of these reviews.' }) reviewedAt: Date;
  @Field(() => Int, { description: 'Reviews of answers of this session by this coach in the period.' }) reviewCount: number;
}
