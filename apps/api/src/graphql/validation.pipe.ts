import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from '../common/app-error';
import { nullsRefused } from '../common/update-input';

interface Problem {
  field: string;
  message: string;
}

function messages(errors: ValidationError[], prefix = ''): Problem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...messages(e.children ?? [], field)];
  });
}

const invalid = (problems: Problem[]) =>
  badInput('VALIDATION_FAILED', problems.map((p) => p.message).join('; ') || 'Invalid input', { fields: problems });

/**
 * Validates every @Args input class; the error names each bad field. A null that an update input does not
 * allow is refused first: class-validator's IsOptional (which PartialType adds to every field) lets null through.
 */
class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const nulls = nullsRefused(metadata.metatype, value);
    if (nulls.length) {
      throw invalid(nulls.map((field) => ({ field, message: `${field} cannot be null; leave it out to keep its value` })));
    }
    return super.transform(value, metadata);
  }
}

export const validationPipe = new EdgeValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => invalid(messages(errors)),
});
