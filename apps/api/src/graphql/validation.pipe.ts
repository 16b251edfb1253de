import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from '../common/app-error';

function messages(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...messages(e.children ?? [], field)];
  });
}

/** Validates every @Args input class; the error names each bad field. */
export const validationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const problems = messages(errors);
    return badInput('VALIDATION_FAILED', problems.map((p) => p.message).join('; ') || 'Invalid input', {
      fields: problems,
    });
  },
});
