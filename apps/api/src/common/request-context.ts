import { Role } from './role';
import type { Loaders } from '../database/loaders';

/** Who is calling, in which organization and role: built once per request by the auth guard. */
export interface RequestContext {
  readonly userId: string;
  readonly organizationId: string;
  readonly membershipId: string;
  readonly role: Role;
  /** Per-request DataLoaders, so nested fields batch within one request and never across requests. */
  readonly loaders: Loaders;
}

export const isStaff = (ctx: RequestContext): boolean => ctx.role === Role.ADMIN || ctx.role === Role.COACH;
