import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ListOf } from '../common/list';
import { ActionItem } from './action-item.entity';

@ObjectType()
export class ActionItemList extends ListOf(ActionItem) {}

@ObjectType({ description: "One of the AI's suggestions from a completed sitting, for the candidate to keep or drop." })
export class ProposedActionItem {
  @Field({ description: 'As the evaluation spells it: pass it back to keepActionItem or dropActionItem.' })
  text: string;

  @Field(() => ID, { description: 'The evaluation it came from (of the lowest-scoring answer that suggested it).' })
  evaluationId: string;

  @Field(() => Int, { description: "How many of the sitting's answers suggested it." })
  answerCount: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'The lowest score (0..100) among those answers, a coach review counting over the AI; null when every one was withheld (too little to judge).',
  })
  lowestScore: number | null;
}
