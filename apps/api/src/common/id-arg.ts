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
