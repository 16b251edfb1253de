import { Injectable, PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { badInput } from './app-error';

@Injectable()
class UuidPipe implements PipeTransform<unknown, string | undefined> {
  constructor(
    private readonly name: string,
    private readonly optional = false,
  ) {}

  transform(value: unknown): string | undefined {
    if (this.optional && value == null) return undefined;
    if (typeof value !== 'string' || !isUUID(value)) throw badInput('INVALID_ID', `${this.name} is not a valid id`);
    return value;
  }
}

/** An `ID!` argument that must be a UUID. */
export const IdArg = (name = 'id'): ParameterDecorator => Args(name, { type: () => ID }, new UuidPipe(name));

/** An optional `ID` argument that must be a UUID when given. */
export const OptionalIdArg = (name: string, description?: string): ParameterDecorator =>
  Args(name, { type: () => ID, nullable: true, description }, new UuidPipe(name, true));
