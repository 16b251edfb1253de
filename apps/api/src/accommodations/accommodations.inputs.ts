import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNumber, Max, Min } from 'class-validator';
import { OptionalText } from '../common/fields';

export const MAX_TIME_MULTIPLIER = 3;
export const MAX_EXTRA_RETAKES = 10;

@InputType()
export class AccommodationInput {
  @Field(() => Float, { defaultValue: 1, description: `Time limits times this: 1 to ${MAX_TIME_MULTIPLIER}, in hundredths.` })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'timeMultiplier must be a number with at most two decimals' })
  @Min(1)
  @Max(MAX_TIME_MULTIPLIER)
  timeMultiplier = 1;

  @Field(() => Int, { defaultValue: 0, description: `Extra realistic sittings per assignment (0..${MAX_EXTRA_RETAKES}).` })
  @IsInt()
  @Min(0)
  @Max(MAX_EXTRA_RETAKES)
  extraRetakes = 0;

  @OptionalText(2000, 'Why, for other staff (the candidate sees it too).')
  note?: string;
}
