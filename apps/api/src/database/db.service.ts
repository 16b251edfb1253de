import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import type { ClientBase, QueryResultRow } from 'pg';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryFailedError, Repository } from 'typeorm';
import type { Database } from './data-source';
import { EntityColumns } from './entity-columns';
import { TenantEntity } from './tenant.entity';
import { ScopedRepository } from './scoped-repository';
import { AppError, ErrorCode } from '../common/app-error';

export const DATA_SOURCE = Symbol('DATA_SOURCE');
export const DATABASE = Symbol('DATABASE');
/** Distinct statements `sql()` prepares; more would be a bug (a text built from values): they run unprepared. */
const MAX_PREPARED = 100;

/**
 * The one way services reach the database. `scoped(ctx, Entity)` is the tenant filter: every read is
 * limited to the caller's organization and every write stamped with it. A transaction started with
 * `transaction()` is picked up by every repository used inside it.
 */
@Injectable()
export class Db {
  private readonly scope = new AsyncLocalStorage<EntityManager>();
  private readonly statements = new Map<string, string>();
  private readonly entityColumns = new Map<EntityTarget<ObjectLiteral>, EntityColumns<ObjectLiteral>>();

  /**
   * Statements are not prepared on embedded PGlite: it is one session behind every socket connection,
   * so a statement prepared on a connection since closed would clash with the next one preparing it.
   */
  private readonly prepares: boolean;

  constructor(
    @Inject(DATA_SOURCE) readonly dataSource: DataSource,
    @Inject(DATABASE) database: Database,
  ) {
    this.prepares = !database.embedded;
  }

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
   * Statements are prepared once per connection (parsing and planning a wide join costs more than
   * running it), so the text must not vary with the values.
   */
  async sql<R = Record<string, unknown>>(
    ctx: { organizationId: string } | undefined,
    text: string,
    params: unknown[] = [],
  ): Promise<R[]> {
    const values = [tenantOf(ctx), ...params];
    const transaction = this.manager.queryRunner;
    const runner = transaction ?? this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as ClientBase;
      this.dataSource.logger.logQuery(text, values, runner);
      return (await client.query<R & QueryResultRow>({ name: this.statementName(text), text, values })).rows;
    } catch (error) {
      throw new QueryFailedError(text, values, error as Error);
    } finally {
      if (!transaction) await runner.release();
    }
  }

  private statementName(text: string): string | undefined {
    if (!this.prepares) return undefined;
    let name = this.statements.get(text);
    if (!name && this.statements.size < MAX_PREPARED) {
      name = `mockint_${this.statements.size + 1}`;
      this.statements.set(text, name);
    }
    return name;
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
