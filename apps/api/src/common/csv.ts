import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { badInput } from './app-error';

export const MAX_CSV_ROWS = 5000;

export enum ImportMode {
  /** Any bad row and nothing is imported. */
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  /** Import the good rows and report the bad ones. */
  VALID_ROWS_ONLY = 'VALID_ROWS_ONLY',
}
registerEnumType(ImportMode, { name: 'ImportMode' });

@InputType()
export class CsvImportInput {
  @Field({ description: `CSV text with a header row, at most ${MAX_CSV_ROWS} rows.` })
  @IsString()
  @MaxLength(5_000_000)
  csv: string;

  @Field(() => ImportMode, { defaultValue: ImportMode.ALL_OR_NOTHING })
  @IsEnum(ImportMode)
  mode: ImportMode = ImportMode.ALL_OR_NOTHING;
}

@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line: number;

  @Field()
  message: string;
}

@ObjectType()
export class ImportResult {
  @Field({ description: 'False when bad rows stopped an all-or-nothing import: then nothing was written.' })
  imported: boolean;

  @Field(() => Int)
  created: number;

  @Field(() => Int, { description: 'Rows that matched something already there and were linked or skipped.' })
  existing: number;

  @Field(() => [ImportRowError])
  errors: ImportRowError[];
}

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/** Header names compared loosely: "Talking points", "talking_points" and "talkingPoints" are one column. */
const normalize = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/**
 * Parses CSV with a header row into rows keyed by the given column names. A file that is not CSV,
 * lacks a required column or is too long is refused whole.
 */
export function parseCsv(text: string, columns: { required: string[]; optional: string[] }): CsvRow[] {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw badInput('MALFORMED_CSV', `The file is not valid CSV: ${(error as Error).message}`);
  }
  if (records.length < 2) throw badInput('EMPTY_CSV', 'The file needs a header row and at least one data row');
  if (records.length - 1 > MAX_CSV_ROWS) throw badInput('CSV_TOO_LONG', `At most ${MAX_CSV_ROWS} rows per file`);
  const header = records[0].map(normalize);
  const known = [...columns.required, ...columns.optional];
  const index = new Map(known.map((c) => [c, header.indexOf(normalize(c))]));
  const missing = columns.required.filter((c) => index.get(c) === -1);
  if (missing.length) {
    throw badInput(
      'MISSING_COLUMNS',
      `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')} (found: ${records[0].join(', ')})`,
    );
  }
  return records.slice(1).map((record, i) => ({
    line: i + 2,
    values: Object.fromEntries(known.map((c) => [c, index.get(c)! >= 0 ? (record[index.get(c)!] ?? '').trim() : ''])),
  }));
}

/** Splits a multi-value cell ("a; b | c"). */
export const splitList = (cell: string): string[] =>
  cell
    .split(/[;|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A cell a spreadsheet shows as text, never runs: one starting like a formula (=, +, -, @, tab, carriage
 * return) gets a leading apostrophe (OWASP's advice on CSV injection). Numbers stay numbers.
 */
export function spreadsheetSafe(value: string | number): string | number {
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
