import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { RequiredText } from '../common/fields';
import { ListOptionsOf, SortOrder } from '../common/list';
import { ActionItemSource } from './action-item.entity';

/** As long as a coach's action item in a review. */
export const ACTION_ITEM_MAX_LENGTH = 500;

@InputType()
export class AddActionItemInput {
  @Field(() => ID, { description: 'The candidate (member id).' })
  @IsUUID('all', { message: 'membershipId must be a member id' })
  membershipId: string;

  @RequiredText(ACTION_ITEM_MAX_LENGTH)
  text: string;

  @Field(() => ID, { nullable: true, description: "One of the candidate's evaluations it is about." })
  @IsOptional()
  @IsUUID('all', { message: 'evaluationId must be an evaluation id' })
  evaluationId?: string;
}

export enum ActionItemSortField {
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ActionItemSortField, { name: 'ActionItemSortField' });

@InputType()
export class ActionItemFilter {
  @Field(() => ActionItemSource, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemSource)
  source?: ActionItemSource;
}

@InputType()
export class ActionItemListOptions extends ListOptionsOf(
  'ActionItem',
  ActionItemSortField,
  ActionItemSortField.CREATED_AT,
  ActionItemFilter,
  SortOrder.DESC,
) {}
