/**
 * How one react-admin resource maps onto the API. Every operation is optional: the data provider answers
 * a clear error for what a resource does not offer. Results are aliased: `list` ({ totalCount, nodes } or
 * a plain array), `one` (a record) and `deleted` (a boolean).
 */
export interface ResourceQueries {
  /** `query ($options: ...) { list: things(options: $options) { totalCount nodes { ... } } }`, or a plain array. */
  list?: string;
  /** `query ($id: ID!) { one: thing(id: $id) { ... } }` */
  one?: string;
  /** `mutation ($input: ...!) { one: createThing(input: $input) { ... } }` */
  create?: string;
  /** `mutation ($id: ID!, $input: ...!) { one: updateThing(id: $id, input: $input) { ... } }` */
  update?: string;
  /** `mutation ($id: ID!) { deleted: deleteThing(id: $id) }` */
  delete?: string;
  /** react-admin's sort fields as the API's sort enum values. */
  sortFields?: Partial<Record<string, string>>;
  defaultSort?: string;
  /** The API's filter from react-admin's (by default the same object, its `q` as `search`). */
  filter?: (filter: Record<string, unknown>) => Record<string, unknown> | undefined;
  /** The API's input from a form's record: only what the input type accepts. */
  input?: (data: Record<string, unknown>) => Record<string, unknown>;
}

/** Keeps only `fields` of a form's record, the way an API input wants it. */
export const pick =
  (...fields: string[]) =>
  (data: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(fields.filter((f) => data[f] !== undefined).map((f) => [f, data[f]]));
