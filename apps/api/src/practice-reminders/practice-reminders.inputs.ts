import { Field, InputType } from '@nestjs/graphql';
import { IsDate } from 'class-validator';
import { OptionalText } from '../common/fields';

export const NOTE_MAX_LENGTH = 500;

@InputType()
export class SchedulePracticeInput {
  @Field({ description: 'When you mean to practise: in the future, at most a year ahead.' })
  @IsDate({ message: 'at must be a date-time' })
  at: Date;

  @OptionalText(NOTE_MAX_LENGTH, `What you mean to practise (at most ${NOTE_MAX_LENGTH} characters).`)
  note?: string;
}
