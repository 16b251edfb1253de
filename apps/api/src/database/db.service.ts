import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { EntityColumns } from './entity-columns';
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
  private readonly entityColumns = new Map<EntityTarget<ObjectLiteral>, EntityColumns<ObjectLiteral>>();

  constructor(@Inject(DATA_SOURCE) readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.scope.getStore() ?? this.dataSource.manager;
  }

  scoped<E extends TenantEntity>(ctx: { organizationId: string } | undefined, entity: EntityTarget<E>): ScopedRepository<E> {
    return new ScopedRepository(this.manager.getRepository(entity), tenantOf(ctx));
  }

  /**
   * Hand-written SQL, for the few hot paths (submit, scoring, the guard) where building a query with
   * TypeORM costs more than running it. `$1` is always the caller's organization: the statement must
   * filter or stamp every tenant table it touches with it. Joins the current transaction, if any.
   */
  async sql<R = Record<string, unknown>>(
    ctx: { organizationId: string } | undefined,
    text: string,
    params: unknown[] = [],
  ): Promise<R[]> {
    const transaction = this.manager.queryRunner;
    const runner = transaction ?? this.dataSource.createQueryRunner();
    try {
      return (await runner.query(text, [tenantOf(ctx), ...params], true)).records as R[];
    } finally {
      if (!transaction) await runner.release();
    }
  }

  /** Select lists and row mapping for whole entities in `sql()`. */
  columns<E extends ObjectLiteral>(entity: EntityTarget<E>): EntityColumns<E> {
    let columns = this.entityColumns.get(entity);
    if (!columns) {
      columns = new EntityColumns(this.dataSource.getMetadata(entity));
      this.entityColumns.set(entity, columns);
    }
    return columns as EntityColumns<E>;
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

function tenantOf(ctx: { organizationId: string } | undefined): string {
  if (!ctx?.organizationId) {
    throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'NO_TENANT_CONTEXT', 'Tenant query without a context');
  }
  return ctx.organizationId;
}
