import { ValueTransformer } from 'typeorm';

/** PostgreSQL sends `numeric` as text, to keep its precision; the values we store fit a JavaScript number. */
export const NUMERIC: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
