import { ApiError } from './graphql';

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * An API error as a react-admin form's submission errors (what `onSubmit` returns): each input field the
 * API refused under its own name, anything else under `field`.
 */
export function formErrors(error: unknown, field: string): Record<string, string> {
  if (error instanceof ApiError && error.fields.length) {
    return Object.fromEntries(error.fields.map((problem) => [problem.field, problem.message]));
  }
  return { [field]: messageOf(error) };
}
