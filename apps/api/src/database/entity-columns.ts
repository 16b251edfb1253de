import { EntityMetadata, ObjectLiteral, ValueTransformer } from 'typeorm';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers';

interface AliasedColumns {
  /** The select list. */
  list: string;
  /** The row key of each column, beside its property and the column's transformer (numeric columns). */
  keys: [string, string, ValueTransformer | ValueTransformer[] | undefined][];
}

/**
 * Whole entities read by hand-written SQL (see `Db.sql`): the select list and the mapping back to
 * properties come from the entity metadata, so a new column is read without touching that SQL.
 */
export class EntityColumns<E extends ObjectLiteral> {
  private readonly byAlias = new Map<string, AliasedColumns>();

  constructor(private readonly metadata: EntityMetadata) {}

  private aliased(alias = ''): AliasedColumns {
    let columns = this.byAlias.get(alias);
    if (!columns) {
      const list = this.metadata.columns;
      columns = {
        list: list
          .map(({ databaseName: name }) => (alias ? `"${alias}"."${name}" AS "${alias}.${name}"` : `"${name}"`))
          .join(', '),
        keys: list.map((c) => [alias ? `${alias}.${c.databaseName}` : c.databaseName, c.propertyName, c.transformer]),
      };
      this.byAlias.set(alias, columns);
    }
    return columns;
  }

  /**
   * The entity's columns under `alias`, each as "alias.column"; without an alias plain names (for
   * RETURNING). Listed rather than `*`, so that a column added by a newer replica's migration cannot
   * change the result of a prepared statement.
   */
  select(alias?: string): string {
    return this.aliased(alias).list;
  }

  /** The entity in a row read with `select(alias)`; undefined when it has none (a left join found nothing). */
  from(row: Record<string, unknown>, alias?: string): E | undefined {
    if (row[alias ? `${alias}.id` : 'id'] == null) return undefined;
    const entity = this.metadata.create() as Record<string, unknown>;
    for (const [key, property, transformer] of this.aliased(alias).keys) {
      entity[property] = transformer ? ApplyValueTransformers.transformFrom(transformer, row[key]) : row[key];
    }
    return entity as E;
  }
}
