import { Field, Float, InputType } from '@nestjs/graphql';
import { IsNumber, IsOptional, Max, Min } from 'class-validator';
import { compose, StringList } from '../common/fields';
import { Nested } from '../common/list';
import { UpdateOf } from '../common/update-input';
import { ReadinessSettings } from './readiness-settings.entity';
import type { ComponentWeights } from './analytics-rules';

const Weight = (): PropertyDecorator =>
  compose(
    Field(() => Float, { nullable: true }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(0),
    Max(100),
  );

@InputType({ description: 'Any scale: readiness uses each weight divided by their sum.' })
export class ReadinessWeightsInput implements Partial<ComponentWeights> {
  @Weight() competencies?: number;
  @Weight() coverage?: number;
  @Weight() completion?: number;
  @Weight() trend?: number;
}

@InputType()
@UpdateOf(ReadinessSettings)
export class UpdateReadinessSettingsInput {
  @Field(() => ReadinessWeightsInput, { nullable: true })
  @Nested(() => ReadinessWeightsInput)
  weights?: ReadinessWeightsInput;

  @StringList(200, 100)
  competencies?: string[];
}
