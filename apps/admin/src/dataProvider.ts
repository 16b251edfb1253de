import type {
  CreateParams,
  DataProvider,
  DeleteManyParams,
  DeleteParams,
  GetListParams,
  GetManyParams,
  GetManyReferenceParams,
  GetOneParams,
  RaRecord,
  UpdateManyParams,
  UpdateParams,
} from 'react-admin';
import { graphql } from './graphql';
import type { ResourceQueries } from './resources/queries';
import { RESOURCES } from './resources';

type ListResult<R> = { totalCount: number; nodes: R[] } | R[];

const OPERATIONS: Partial<Record<keyof ResourceQueries, string>> = {
  list: 'listed',
  one: 'shown',
  create: 'created',
  update: 'edited',
  delete: 'deleted',
};

function queriesOf(resource: string, operation: keyof ResourceQueries): ResourceQueries {
  const queries = RESOURCES[resource];
  if (!queries?.[operation]) throw new Error(`"${resource}" cannot be ${OPERATIONS[operation] ?? operation} here`);
  return queries;
}

/** react-admin's filter as the API's: `q` (the search box) becomes `search`, empty values are left out. */
function apiFilter(queries: ResourceQueries, filter: Record<string, unknown> = {}) {
  const { q, ...rest } = filter;
  const cleaned = Object.fromEntries(
    Object.entries({ ...rest, search: q }).filter(([, value]) => value !== undefined && value !== ''),
  );
  const mapped = queries.filter ? queries.filter(cleaned) : cleaned;
  return mapped && Object.keys(mapped).length ? mapped : undefined;
}

/** react-admin's page, sort and filter as the API's `{ skip, take, sort, filter }` list options. */
function listOptions(queries: ResourceQueries, { pagination, sort, filter }: Partial<GetListParams>) {
  const { page, perPage } = pagination ?? { page: 1, perPage: 25 };
  const field = (sort && queries.sortFields?.[sort.field]) ?? queries.defaultSort;
  return {
    skip: (page - 1) * perPage,
    take: perPage,
    ...(field ? { sort: { field, order: sort?.order ?? 'ASC' } } : {}),
    filter: apiFilter(queries, filter),
  };
}

async function list<R extends RaRecord>(resource: string, params: Partial<GetListParams>) {
  const queries = queriesOf(resource, 'list');
  const { list } = await graphql<{ list: ListResult<R> }>(
    queries.list!,
    queries.sortFields ? { options: listOptions(queries, params) } : {},
    params.signal,
  );
  // A plain array is the whole list (small ones, like rubrics).
  return Array.isArray(list) ? { data: list, total: list.length } : { data: list.nodes, total: list.totalCount };
}

const inputOf = (queries: ResourceQueries, data: Record<string, unknown>) => (queries.input ? queries.input(data) : data);

export const dataProvider: DataProvider = {
  getList: <R extends RaRecord>(resource: string, params: GetListParams) => list<R>(resource, params),

  async getOne<R extends RaRecord>(resource: string, { id, signal }: GetOneParams<R>) {
    const { one } = await graphql<{ one: R }>(queriesOf(resource, 'one').one!, { id }, signal);
    return { data: one };
  },

  // References are few per page: one request each, in parallel.
  async getMany<R extends RaRecord>(resource: string, { ids, signal }: GetManyParams<R>) {
    const queries = queriesOf(resource, 'one');
    const data = await Promise.all(ids.map((id) => graphql<{ one: R }>(queries.one!, { id }, signal).then((r) => r.one)));
    return { data };
  },

  getManyReference: <R extends RaRecord>(resource: string, params: GetManyReferenceParams) =>
    list<R>(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } }),

  async create<R extends RaRecord>(resource: string, { data }: CreateParams) {
    const queries = queriesOf(resource, 'create');
    const { one } = await graphql<{ one: R }>(queries.create!, { input: inputOf(queries, data) });
    return { data: one };
  },

  async update<R extends RaRecord>(resource: string, { id, data }: UpdateParams) {
    const queries = queriesOf(resource, 'update');
    const { one } = await graphql<{ one: R }>(queries.update!, { id, input: inputOf(queries, data) });
    return { data: one };
  },

  async updateMany(resource: string, { ids, data }: UpdateManyParams) {
    const queries = queriesOf(resource, 'update');
    await Promise.all(ids.map((id) => graphql(queries.update!, { id, input: inputOf(queries, data) })));
    return { data: ids };
  },

  async delete<R extends RaRecord>(resource: string, { id, previousData }: DeleteParams<R>) {
    await graphql(queriesOf(resource, 'delete').delete!, { id });
    return { data: (previousData ?? { id }) as R };
  },

  async deleteMany(resource: string, { ids }: DeleteManyParams) {
    const queries = queriesOf(resource, 'delete');
    await Promise.all(ids.map((id) => graphql(queries.delete!, { id })));
    return { data: ids };
  },
};
