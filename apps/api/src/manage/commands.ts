import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isEmail } from 'class-validator';

/** What the operator asked for, checked before anything touches the database. */
export type Command =
  | { name: 'help' }
  | { name: 'create-organization'; organizationName: string; adminEmail: string; adminName?: string; slug?: string }
  | { name: 'list-organizations' }
  | { name: 'add-admin'; organization: string; email: string; adminName?: string }
  | { name: 'reset-password'; email: string }
  | { name: 'rebuild-readiness'; organization?: string }
  | { name: 'backup'; file: string }
  | { name: 'restore'; file: string };

/** The operator typed something this tool does not take: exit code 2 with the reason. */
export class UsageError extends Error {}

/** A command that was understood but cannot be carried out: exit code 1 with the reason. */
export class OperatorError extends Error {}

export const USAGE = `Usage: npm run manage -- <command> [options]

  create-organization --name "State University" --admin-email it@state.edu [--admin-name "..."] [--slug state-u]
      Creates an organization with the default rubric, and its first administrator; prints (last line) the
      one-time link through which they set a password (or sign in, if the account has one).
  list-organizations
      Lists every organization: slug, name, members, administrators.
  add-admin --organization SLUG --email ... [--name "..."]
      Makes the person an administrator of the organization (an invitation link for someone new there).
  reset-password --email ...
      Prints a one-time link to choose a new password (it ends every session of the account).
  rebuild-readiness [--organization SLUG]
      Recomputes every candidate's readiness (after an upgrade that changes the formula).
  backup FILE
      Copies the embedded database to FILE (a .tar.gz), also while the server runs.
  restore FILE
      Replaces the embedded database with FILE (the server must be stopped; the old one is kept aside).

With DATABASE_URL it works on that PostgreSQL (back it up with pg_dump); without, on the embedded
database in DATA_DIR, through the running server when there is one.`;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function email(value: string | undefined, option: string): string {
  const normalized = value?.trim().toLowerCase();
  if (!normalized) throw new UsageError(`${option} is required`);
  if (!isEmail(normalized) || normalized.length > 254) throw new UsageError(`${option} "${value}" is not a valid e-mail address`);
  return normalized;
}

function text(value: string | undefined, option: string, max: number, required: boolean): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) {
    if (required) throw new UsageError(`${option} is required`);
    return undefined;
  }
  if (trimmed.length > max) throw new UsageError(`${option} must be at most ${max} characters`);
  return trimmed;
}

function slug(value: string | undefined, option: string, required: boolean): string | undefined {
  if (value === undefined && !required) return undefined;
  if (!value || !SLUG.test(value) || value.length > 60) {
    throw new UsageError(`${option} must be a slug like "state-university" (lower-case letters, digits and dashes)`);
  }
  return value;
}

function file(positionals: string[], name: string): string {
  if (positionals.length !== 1) throw new UsageError(`${name} takes one FILE`);
  // Absolute, since the running server may carry the command out from another folder.
  return resolve(positionals[0]);
}

/** Parses `argv` (after "npm run manage --") into a command, or throws UsageError. */
export function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') return { name: 'help' };
  const options = {
    name: { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-name': { type: 'string' },
    slug: { type: 'string' },
    organization: { type: 'string' },
    email: { type: 'string' },
  } as const;
  let parsed: { values: Partial<Record<keyof typeof options, string>>; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const noPositionals = () => {
    if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}" for ${name}`);
  };
  switch (name) {
    case 'create-organization':
      noPositionals();
      return {
        name,
        organizationName: text(values.name, '--name', 200, true)!,
        adminEmail: email(values['admin-email'], '--admin-email'),
        adminName: text(values['admin-name'], '--admin-name', 200, false),
        slug: slug(values.slug, '--slug', false),
      };
    case 'list-organizations':
      noPositionals();
      return { name };
    case 'add-admin':
      noPositionals();
      return {
        name,
        organization: slug(values.organization, '--organization', true)!,
        email: email(values.email, '--email'),
        adminName: text(values.name, '--name', 200, false),
      };
    case 'reset-password':
      noPositionals();
      return { name, email: email(values.email, '--email') };
    case 'rebuild-readiness':
      noPositionals();
      return { name, organization: slug(values.organization, '--organization', false) };
    case 'backup':
    case 'restore':
      return { name, file: file(positionals, name) };
    default:
      throw new UsageError(`Unknown command "${name}"`);
  }
}
