import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { TenantEntity } from './tenant.entity';
import { ScopedRepository } from './scoped-repository';
import { AppError, ErrorCode } from '../common/app-error';

export const DATA_SOURCE = Symbol('DATA_SOURCE');

/**
 * The one way services reach the database. `scoped(ctx, Entity)` is the tenant filter: every read is
 * limited to the caller's organization and every write stamped with it. A transaction started with
 * `transaction()` is picked up by every repository used inside it.
 */
@Injectable()
export class Db {
  private readonly scope = new AsyncLocalStorage<EntityManager>();

  constructor(@Inject(DATA_SOURCE) readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.scope.getStore() ?? this.dataSource.manager;
  }

  scoped<E extends TenantEntity>(ctx: { organizationId: string } | undefined, entity: EntityTarget<E>): ScopedRepository<E> {
    if (!ctx?.organizationId) {
      throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'NO_TENANT_CONTEXT', 'Tenant query without a context');
    }
    return new ScopedRepository(this.manager.getRepository(entity), ctx.organizationId);
  }

  /** Tables that belong to no tenant (users, organizations, tokens). */
  global<E extends ObjectLiteral>(entity: EntityTarget<E>): Repository<E> {
    return this.manager.getRepository(entity);
  }

  /** Runs `work` in one transaction; nested calls join the outer one. */
  transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.scope.getStore()) return work();
    return this.dataSource.transaction((manager) => this.scope.run(manager, work));
  }
}
