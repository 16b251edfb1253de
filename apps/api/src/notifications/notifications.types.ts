import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CandidateStandingList } from '../readiness/cohort-readiness.types';

@ObjectType({ description: "A cohort's candidates at risk, most reasons first." })
export class CohortAtRisk {
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => CandidateStandingList) candidates: CandidateStandingList;
}

@ObjectType({
  description:
    "What needs the caller's attention: sessions waiting for their review, and for admins the candidates at risk. Each field is read only when asked.",
})
export class Notifications {}
