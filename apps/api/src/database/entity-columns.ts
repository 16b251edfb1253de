import { EntityMetadata, ObjectLiteral } from 'typeorm';

/**
 * Whole entities read by hand-written SQL (see `Db.sql`): the select list and the mapping back to
 * properties come from the entity metadata, so a new column is read without touching that SQL.
 */
export class EntityColumns<E extends ObjectLiteral> {
  private readonly columns: { name: string; property: string }[];
  private readonly lists = new Map<string, string>();
  /** Per alias: the row key of each column, beside its property. */
  private readonly keys = new Map<string, [string, string][]>();

  constructor(private readonly metadata: EntityMetadata) {
    this.columns = metadata.columns.map((c) => ({ name: c.databaseName, property: c.propertyName }));
  }

  /**
   * The entity's columns under `alias`, each as "alias.column"; without an alias plain names (for
   * RETURNING). Listed rather than `*`, so that a column added by a newer replica's migration cannot
   * change the result of a prepared statement.
   */
  select(alias?: string): string {
    let list = this.lists.get(alias ?? '');
    if (!list) {
      list = this.columns.map(({ name }) => (alias ? `"${alias}"."${name}" AS "${alias}.${name}"` : `"${name}"`)).join(', ');
      this.lists.set(alias ?? '', list);
    }
    return list;
  }

  /** The entity in a row read with `select(alias)`; undefined when it has none (a left join found nothing). */
  from(row: Record<string, unknown>, alias?: string): E | undefined {
    let keys = this.keys.get(alias ?? '');
    if (!keys) {
      keys = this.columns.map(({ name, property }) => [alias ? `${alias}.${name}` : name, property]);
      this.keys.set(alias ?? '', keys);
    }
    if (row[alias ? `${alias}.id` : 'id'] == null) return undefined;
    const entity = this.metadata.create() as Record<string, unknown>;
    for (const [key, property] of keys) entity[property] = row[key];
    return entity as E;
  }
}
