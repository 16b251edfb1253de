import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Question } from '../question-bank/question.entity';

@ObjectType({ description: 'A question one draw of a template gave, in sitting order.' })
export class TemplateDrawnQuestion {
  @Field(() => Int, { description: 'Order in the sitting, from 0.' })
  position: number;

  @Field(() => Question)
  question: Question;

  @Field(() => Int, { description: "The template's limit for it, else the question's own (before any accommodation)." })
  timeLimitSeconds: number;
}
