import { Injectable, PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { badInput } from './app-error';

@Injectable()
class UuidPipe implements PipeTransform<unknown, string> {
  constructor(private readonly name: string) {}

  transform(value: unknown): string {
    if (typeof value !== 'string' || !isUUID(value)) throw badInput('INVALID_ID', `${this.name} is not a valid id`);
    return value;
  }
}

/** An `ID!` argument that must be a UUID. */
export const IdArg = (name = 'id'): ParameterDecorator => Args(name, { type: () => ID }, new UuidPipe(name));

@Injectable()
class OptionalUuidPipe extends UuidPipe {
  override transform(value: unknown): string {
    return value === undefined || value === null ? (value as unknown as string) : super.transform(value);
  }
}

/** An optional `ID` argument that must be a UUID when given. */
export const OptionalIdArg = (name: string, description?: string): ParameterDecorator =>
  Args(name, { type: () => ID, nullable: true, description }, new OptionalUuidPipe(name));
