import type { Type } from '@nestjs/common';
import { getMetadataArgsStorage } from 'typeorm';

/** Update input class → its entity, and (once asked) the entity's nullable properties. */
const updated = new WeakMap<object, { entity: Type; nullable?: Set<string> }>();

/**
 * Marks an input whose fields are `entity`'s properties, applied to a stored row: a field left out keeps
 * its value, and an explicit null clears it only where the column is nullable. A null anywhere else (a
 * NOT NULL column, or a field that is no column, like a list of items) is refused at the edge
 * (`nullsRefused`) instead of failing in the database.
 */
export const UpdateOf =
  (entity: Type): ClassDecorator =>
  (target) => {
    updated.set(target, { entity });
  };

function nullableProperties(entity: Type): Set<string> {
  const lineage: Type[] = [];
  for (let t = entity; t !== Function.prototype; t = Object.getPrototypeOf(t) as Type) lineage.push(t);
  const columns = getMetadataArgsStorage().filterColumns(lineage);
  return new Set(columns.filter((c) => c.options.nullable).map((c) => c.propertyName));
}

/** The fields of an `@UpdateOf` input that are null where null is not allowed. */
export function nullsRefused(type: Type | undefined, value: unknown): string[] {
  const update = type && updated.get(type);
  if (!update || typeof value !== 'object' || value === null) return [];
  const nullable = (update.nullable ??= nullableProperties(update.entity));
  return Object.keys(value).filter((field) => (value as Record<string, unknown>)[field] === null && !nullable.has(field));
}
