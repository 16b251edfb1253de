import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, ErrorCode } from '../common/app-error';
import { GqlRequest, PUBLIC_KEY, requestOf, ROLES_KEY } from '../common/decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { Db } from '../database/db.service';
import { Loaders } from '../database/loaders';
import { Membership, MemberStatus } from '../members/membership.entity';
import { JwtService } from './jwt.service';

/**
 * The global guard: builds the RequestContext from the bearer token (the role is read from the
 * membership, so a changed or removed membership takes effect at once) and enforces @Roles.
 * A handler that declares neither @Roles nor @Public is denied.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly db: Db,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) throw new AppError(ErrorCode.FORBIDDEN, 'UNDECLARED_ACCESS', 'This operation is not available');

    const req = requestOf(context);
    // Top-level fields of one operation are guarded concurrently: they share one lookup.
    req.ctxPromise ??= this.authenticate(req);
    req.ctx = await req.ctxPromise;
    if (!roles.includes(req.ctx.role)) {
      throw new AppError(ErrorCode.FORBIDDEN, 'ROLE_NOT_ALLOWED', 'Your role does not allow this');
    }
    return true;
  }

  /** The caller of a request with a bearer token (also for routes that accept another credential instead). */
  async authenticate(req: GqlRequest): Promise<RequestContext> {
    const header = req.headers.authorization;
    const token = typeof header === 'string' && /^Bearer /i.test(header) ? header.slice(7).trim() : undefined;
    const claims = token ? this.jwt.verify(token) : null;
    if (!claims) throw new AppError(ErrorCode.UNAUTHENTICATED, 'NOT_SIGNED_IN', 'Sign in first (or your session expired)');
    // Every request pays for this lookup: hand-written, in the token's organization.
    const members = this.db.columns(Membership);
    const [row] = await this.db.sql(
      { organizationId: claims.org },
      `SELECT ${members.select('m')} FROM memberships m WHERE m.organization_id = $1 AND m.id = $2`,
      [claims.mid],
    );
    const member = row && members.from(row, 'm');
    if (!member || member.userId !== claims.sub || member.status !== MemberStatus.ACTIVE) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'MEMBERSHIP_GONE', 'You are no longer a member of this organization');
    }
    return {
      userId: member.userId,
      organizationId: member.organizationId,
      membershipId: member.id,
      role: member.role,
      loaders: new Loaders(this.db, member.organizationId),
    };
  }
}
