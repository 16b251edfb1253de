import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { CohortRole } from './cohort-member.entity';

/**
 * Who manages what: the one rule, used by every feature. An admin manages every cohort and candidate of
 * the organization; a coach the cohorts they are a coach of and the candidates in those; anyone else
 * nothing. Being in a cohort as a candidate never counts, so a candidate promoted to coach does not gain
 * the cohorts they sat in.
 */
const COACHED_COHORTS = `SELECT coached.cohort_id FROM cohort_members coached
  WHERE coached.organization_id = :managerOrganizationId AND coached.membership_id = :managerId
    AND coached.cohort_role = '${CohortRole.COACH}'`;

const COACHED_CANDIDATES = `SELECT pupil.membership_id FROM cohort_members pupil
  WHERE pupil.organization_id = :managerOrganizationId AND pupil.cohort_role = '${CohortRole.CANDIDATE}'
    AND pupil.cohort_id IN (${COACHED_COHORTS})`;

/** What a caller may manage: cohorts (by cohort id) or candidates (by member id). */
export type Managed = 'cohort' | 'candidate';

/** A WHERE condition with its parameters: `column` is a cohort (or a candidate's member id) the caller manages. */
export function managedCondition(ctx: RequestContext, kind: Managed, column: string): [string, ObjectLiteral] {
  if (ctx.role === Role.ADMIN) return ['TRUE', {}];
  if (ctx.role !== Role.COACH) return ['FALSE', {}];
  return [
    `${column} IN (${kind === 'cohort' ? COACHED_COHORTS : COACHED_CANDIDATES})`,
    { managerOrganizationId: ctx.organizationId, managerId: ctx.membershipId },
  ];
}

/** Limits `qb` to rows whose `column` is a cohort (or a candidate's member id) the caller manages. */
export function onlyManaged<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  ctx: RequestContext,
  kind: Managed,
  column: string,
): SelectQueryBuilder<E> {
  return qb.andWhere(...managedCondition(ctx, kind, column));
}

/**
 * The same rule for `db.sql` statements, where `$1` is the organization: `bind` adds a parameter and
 * returns its placeholder (called only when the rule needs the manager's member id).
 */
export function managedSql(
  ctx: Pick<RequestContext, 'role' | 'membershipId'>,
  kind: Managed,
  column: string,
  bind: (value: unknown) => string,
): string {
  if (ctx.role === Role.ADMIN) return 'TRUE';
  if (ctx.role !== Role.COACH) return 'FALSE';
  const rule = (kind === 'cohort' ? COACHED_COHORTS : COACHED_CANDIDATES)
    .replaceAll(':managerOrganizationId', '$1')
    .replaceAll(':managerId', bind(ctx.membershipId));
  return `${column} IN (${rule})`;
}

/** The same for `db.sql` statements: `column` is a candidate's member id the caller may see (see onlyOwnOrManaged). */
export function ownOrManagedSql(
  ctx: Pick<RequestContext, 'role' | 'membershipId'>,
  column: string,
  bind: (value: unknown) => string,
): string {
  if (ctx.role === Role.CANDIDATE) return `${column} = ${bind(ctx.membershipId)}`;
  return managedSql(ctx, 'candidate', column, bind);
}

/**
 * Limits `qb` to rows about candidates (member ids in `column`) the caller may see: a candidate their
 * own, staff the candidates they manage.
 */
export function onlyOwnOrManaged<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  ctx: RequestContext,
  column: string,
): SelectQueryBuilder<E> {
  if (ctx.role === Role.CANDIDATE) return qb.andWhere(`${column} = :viewer`, { viewer: ctx.membershipId });
  return onlyManaged(qb, ctx, 'candidate', column);
}
