import DataLoader from 'dataloader';
import { EntityTarget, FindOptionsWhere, In } from 'typeorm';
import type { Db } from './db.service';
import { TenantEntity } from './tenant.entity';
import { User } from '../members/user.entity';

/**
 * Per-request DataLoaders for nested GraphQL fields: one query per field per request, whatever the
 * number of parent rows. Keys are cached per loader name, so two fields sharing a loader share results.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();

  constructor(
    private readonly db: Db,
    private readonly organizationId: string,
  ) {}

  /** A loader with a batch function of its own (a feature's rule), kept for the request under `key`. */
  loader<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.cache.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
      this.cache.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  private repo<E extends TenantEntity>(entity: EntityTarget<E>) {
    return this.db.scoped({ organizationId: this.organizationId }, entity);
  }

  /** One row by id (null when missing). */
  byId<E extends TenantEntity>(entity: EntityTarget<E> & { name: string }): DataLoader<string, E | null> {
    return this.loader(`id:${entity.name}`, async (ids) => {
      const rows = await this.repo(entity).find({ where: { id: In([...ids]) } as FindOptionsWhere<E> });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** People are global; a member's user is only reached through a membership already scoped. */
  user(): DataLoader<string, User | null> {
    return this.loader('id:User', async (ids) => {
      const rows = await this.db.global(User).find({ where: { id: In([...ids]) } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** All rows whose `column` equals the key, in `order`. */
  manyBy<E extends TenantEntity>(
    entity: EntityTarget<E> & { name: string },
    column: keyof E & string,
    order: Partial<Record<keyof E & string, 'ASC' | 'DESC'>> = {},
  ): DataLoader<string, E[]> {
    return this.loader(`many:${entity.name}.${column}:${JSON.stringify(order)}`, async (keys) => {
      const rows = await this.repo(entity).find({
        where: { [column]: In([...keys]) } as FindOptionsWhere<E>,
        order: { ...order, id: 'ASC' } as never,
      });
      const groups = new Map<string, E[]>(keys.map((k) => [k, []]));
      for (const row of rows) groups.get(row[column] as string)?.push(row);
      return keys.map((k) => groups.get(k)!);
    });
  }

  /** How many rows have `column` equal to the key (and match `where`). */
  countBy<E extends TenantEntity>(
    entity: EntityTarget<E> & { name: string },
    column: keyof E & string,
    where: Record<string, string> = {},
  ): DataLoader<string, number> {
    return this.loader(`count:${entity.name}.${column}:${JSON.stringify(where)}`, async (keys) => {
      const qb = this.repo(entity)
        .query('t')
        .select(`t.${column}`, 'key')
        .addSelect('COUNT(*)::int', 'count')
        .andWhere(`t.${column} IN (:...keys)`, { keys: [...keys] })
        .groupBy(`t.${column}`);
      for (const [field, value] of Object.entries(where)) qb.andWhere(`t.${field} = :${field}`, { [field]: value });
      const rows = await qb.getRawMany<{ key: string; count: number }>();
      const counts = new Map(rows.map((r) => [r.key, r.count]));
      return keys.map((k) => counts.get(k) ?? 0);
    });
  }
}
