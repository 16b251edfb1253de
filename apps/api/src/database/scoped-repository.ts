import { FindManyOptions, FindOneOptions, FindOptionsWhere, In, Repository, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TenantEntity } from './tenant.entity';
import { notFound } from '../common/app-error';

type Where<E> = FindOptionsWhere<E> | FindOptionsWhere<E>[];
type NewRow<E> = Omit<Partial<E>, 'id' | 'organizationId' | 'createdAt'>;

/** A repository that cannot see or write outside one organization. Built by `Db.scoped`. */
export class ScopedRepository<E extends TenantEntity> {
  constructor(
    readonly repository: Repository<E>,
    readonly organizationId: string,
  ) {}

  private where(where: Where<E> = {}): Where<E> {
    const org = { organizationId: this.organizationId } as FindOptionsWhere<E>;
    return Array.isArray(where) ? where.map((w) => ({ ...w, ...org })) : { ...where, ...org };
  }

  find(options: FindManyOptions<E> = {}): Promise<E[]> {
    return this.repository.find({ ...options, where: this.where(options.where as Where<E>) });
  }

  findAndCount(options: FindManyOptions<E> = {}): Promise<[E[], number]> {
    return this.repository.findAndCount({ ...options, where: this.where(options.where as Where<E>) });
  }

  findOne(options: FindOneOptions<E>): Promise<E | null> {
    return this.repository.findOne({ ...options, where: this.where(options.where as Where<E>) });
  }

  /** The row, or NOT_FOUND: another tenant's id and an unknown id answer the same. */
  async get(id: string, what: string, options: Omit<FindOneOptions<E>, 'where'> = {}): Promise<E> {
    const found = await this.findOne({ ...options, where: { id } as FindOptionsWhere<E> });
    if (!found) throw notFound(what);
    return found;
  }

  /** All the rows, in the order of `ids`, or NOT_FOUND if any is missing. */
  async getMany(ids: readonly string[], what: string): Promise<E[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows = await this.find({ where: { id: In(unique) } as FindOptionsWhere<E> });
    if (rows.length !== unique.length) throw notFound(what);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)!);
  }

  count(where?: Where<E>): Promise<number> {
    return this.repository.count({ where: this.where(where) });
  }

  exists(where: Where<E>): Promise<boolean> {
    return this.repository.exists({ where: this.where(where) });
  }

  /** A query builder already limited to the organization. */
  query(alias: string): SelectQueryBuilder<E> {
    return this.repository
      .createQueryBuilder(alias)
      .where(`${alias}.organizationId = :organizationId`, { organizationId: this.organizationId });
  }

  create(data: NewRow<E>): E {
    return this.repository.create({ ...data, organizationId: this.organizationId } as E);
  }

  /** Inserts rows, leaving out any that would break a unique constraint; how many it inserted. */
  async insertOrIgnore(rows: NewRow<E> | NewRow<E>[]): Promise<number> {
    const list = Array.isArray(rows) ? rows : [rows];
    if (!list.length) return 0;
    const result = await this.repository
      .createQueryBuilder()
      .insert()
      .values(list.map((row) => ({ ...row, organizationId: this.organizationId })) as QueryDeepPartialEntity<E>[])
      .orIgnore()
      .execute();
    // PostgreSQL returns the generated columns of inserted rows only.
    return (result.raw as unknown[]).length;
  }

  /** Saves rows of this organization only: a row stamped with another organization is refused. */
  save<T extends E | E[]>(rows: T): Promise<T> {
    const list = Array.isArray(rows) ? rows : [rows];
    for (const row of list) {
      if (row.organizationId !== this.organizationId) throw notFound(this.repository.metadata.name);
    }
    return this.repository.save(rows as E) as Promise<T>;
  }

  async update(where: FindOptionsWhere<E>, changes: QueryDeepPartialEntity<E>): Promise<number> {
    const result = await this.repository.update(this.where(where) as FindOptionsWhere<E>, changes);
    return result.affected ?? 0;
  }

  /** Atomically adds to a numeric column (no read-modify-write race). */
  async increment(where: FindOptionsWhere<E>, column: keyof E & string, by = 1): Promise<void> {
    await this.repository.increment(this.where(where) as FindOptionsWhere<E>, column, by);
  }

  async delete(where: FindOptionsWhere<E>): Promise<number> {
    const result = await this.repository.delete(this.where(where) as FindOptionsWhere<E>);
    return result.affected ?? 0;
  }
}
