import { Field, Float, InputType } from '@nestjs/graphql';
import { IsNumber, Length, Max, Min } from 'class-validator';

@InputType()
export class RecordingCommentInput {
  @Field(() => Float, { description: "Seconds into the answer's recording (its parts one after another)." })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(24 * 3600)
  atSeconds: number;

  @Field()
  @Length(1, 2000, { message: 'A comment is 1 to 2000 characters' })
  body: string;
}
