import { Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** One property decorator made of several. */
export const compose =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((decorate) => decorate(target, key));

/** A required, non-empty string input of at most `max` characters. */
export const RequiredText = (max: number, description?: string): PropertyDecorator =>
  compose(Field({ description }), IsString(), MinLength(1, { message: '$property must not be empty' }), MaxLength(max));

/** An optional string input of at most `max` characters. */
export const OptionalText = (max: number, description?: string): PropertyDecorator =>
  compose(Field({ nullable: true, description }), IsOptional(), IsString(), MaxLength(max));

/** The free-text `search` of a list filter. */
export const SearchText = (description?: string): PropertyDecorator => OptionalText(200, description);

/** An optional list of at most `max` short strings (competencies, talking points, probes), each at most `length` long. */
export const StringList = (max: number, length: number): PropertyDecorator =>
  compose(
    Field(() => [String], { nullable: true }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(max),
    IsString({ each: true }),
    MaxLength(length, { each: true }),
  );
