import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type as ClassType } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

export interface ListOptions<F extends string, Filter> {
  skip: number;
  take: number;
  sort?: { field: F; order: SortOrder };
  filter?: Filter;
}

export interface ListResult<T> {
  nodes: T[];
  totalCount: number;
}

/** Validates and transforms a nested input object (class-validator does not descend on its own). */
export const Nested = (type: () => ClassType<unknown>): PropertyDecorator => {
  const decorators = [ValidateNested(), Type(type), IsOptional()];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
};

/**
 * The `<Name>ListOptions` input of one list: skip, take (capped), a sort over an enum of fields, and
 * the list's own filter input. `defaultOrder` is the service's too (pass it to runList).
 */
export function ListOptionsOf<F extends string, Filter>(
  name: string,
  fields: Record<string, F>,
  defaultField: F,
  filter: ClassType<Filter>,
  defaultOrder = SortOrder.ASC,
) {
  @InputType(`${name}Sort`)
  class Sort {
    @Field(() => fields, { defaultValue: defaultField })
    @IsEnum(fields)
    field: F = defaultField;

    @Field(() => SortOrder, { defaultValue: defaultOrder })
    @IsEnum(SortOrder)
    order: SortOrder = defaultOrder;
  }

  @InputType(`${name}ListOptions`)
  class Options implements ListOptions<F, Filter> {
    @Field(() => Int, { defaultValue: 0 })
    @IsInt()
    @Min(0)
    @Max(1_000_000)
    skip = 0;

    @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, at most ${MAX_PAGE_SIZE}.` })
    @IsInt()
    @Min(1)
    @Max(MAX_PAGE_SIZE, { message: `take must not be greater than ${MAX_PAGE_SIZE}` })
    take = DEFAULT_PAGE_SIZE;

    @Field(() => Sort, { nullable: true })
    @Nested(() => Sort)
    sort?: Sort;

    @Field(() => filter, { nullable: true })
    @Nested(() => filter)
    filter?: Filter;
  }
  return Options;
}

/** The `{ nodes, totalCount }` result type of a list. */
export function ListOf<T>(node: ClassType<T>) {
  @ObjectType(`${node.name}List`)
  class List implements ListResult<T> {
    @Field(() => [node])
    nodes: T[];

    @Field(() => Int)
    totalCount: number;
  }
  return List;
}

/**
 * Applies sort (with `id` as tie-breaker, so pages are stable) and paging, then counts. Lists only
 * join to-one relations, so plain OFFSET/LIMIT pages rows exactly.
 */
export async function runList<E extends ObjectLiteral, F extends string>(
  qb: SelectQueryBuilder<E>,
  options: ListOptions<F, unknown> | undefined,
  sortColumns: Record<F, string>,
  defaultField: F,
  defaultOrder = SortOrder.ASC,
  nulls?: 'NULLS FIRST' | 'NULLS LAST',
): Promise<ListResult<E>> {
  const field = options?.sort?.field ?? defaultField;
  const order = options?.sort?.order ?? defaultOrder;
  const [nodes, totalCount] = await qb
    .orderBy(sortColumns[field], order, nulls)
    .addOrderBy(`${qb.alias}.id`, order)
    .offset(options?.skip ?? 0)
    .limit(options?.take ?? DEFAULT_PAGE_SIZE)
    .getManyAndCount();
  return { nodes, totalCount };
}

/** `%text%` for ILIKE, with the user's own % and _ taken literally. */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
