import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ListOf } from '../common/list';
import { RealInterviewLog } from './real-interview-log.entity';

@ObjectType()
export class RealInterviewList extends ListOf(RealInterviewLog) {}

@ObjectType({ description: "A question a cohort's candidates did not see coming, however each typed it." })
export class UnexpectedQuestion {
  @Field({ description: 'As last reported.' })
  prompt: string;

  @Field(() => Int, { description: 'Times reported.' })
  count: number;

  @Field(() => Int, { description: 'Candidates who reported it.' })
  candidateCount: number;

  @Field({ description: 'The latest interview it was asked in (YYYY-MM-DD).' })
  latestOn: string;

  @Field(() => [String], { description: 'Companies that asked it, A to Z.' })
  companies: string[];
}
