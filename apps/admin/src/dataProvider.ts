import type { DataProvider, GetListParams, GetOneParams, RaRecord } from 'react-admin';
import { graphql } from './graphql';

/** How one resource is read: its list and one-record queries, and the API's names of its sort fields. */
interface ResourceQueries {
  list: string;
  one: string;
  sortFields: Partial<Record<string, string>>;
  defaultSort: string;
}

const COHORT_FIELDS = 'id name startsOn endsOn readinessTarget candidateCount';
const SESSION_FIELDS = 'id createdAt completedAt mode status focusLossCount candidate { name email }';
const EVALUATION_FIELDS = `id source overallScore criteria { key name score rationale evidence }
  feedback { stronger communication concerns } actionItems followUpQuestion redFlags { code message }
  reviews { id overallScore comment actionItems overrides { key score } createdAt }`;

const RESOURCES: Record<string, ResourceQueries> = {
  cohorts: {
    list: `query ($options: CohortListOptions) { list: cohorts(options: $options) { totalCount nodes { ${COHORT_FIELDS} } } }`,
    one: `query ($id: ID!) { one: cohort(id: $id) { ${COHORT_FIELDS} } }`,
    sortFields: { name: 'NAME', startsOn: 'STARTS_ON', createdAt: 'CREATED_AT' },
    defaultSort: 'NAME',
  },
  sessions: {
    list: `query ($options: SessionListOptions) { list: sessions(options: $options) { totalCount nodes { ${SESSION_FIELDS} } } }`,
    one: `query ($id: ID!) { one: session(id: $id) { ${SESSION_FIELDS} confidenceBefore confidenceAfter
      questions { id position prompt followUpDepth answers { id attempt text overTime evaluation { ${EVALUATION_FIELDS} } } } } }`,
    sortFields: { createdAt: 'CREATED_AT', completedAt: 'COMPLETED_AT' },
    defaultSort: 'CREATED_AT',
  },
};

/** react-admin's page/sort as the API's `{ skip, take, sort }` list options. */
function listOptions({ pagination, sort }: GetListParams, sortFields: Partial<Record<string, string>>, defaultField: string) {
  const { page, perPage } = pagination ?? { page: 1, perPage: 25 };
  return {
    skip: (page - 1) * perPage,
    take: perPage,
    sort: { field: (sort && sortFields[sort.field]) ?? defaultField, order: sort?.order ?? 'ASC' },
  };
}

const notAvailable = (method: string) => (resource: string) =>
  Promise.reject(new Error(`${method} on "${resource}" is not available yet`));

export const dataProvider: DataProvider = {
  async getList<RecordType extends RaRecord>(resource: string, params: GetListParams) {
    const queries = RESOURCES[resource];
    if (!queries) return notAvailable('getList')(resource);
    const { list } = await graphql<{ list: { totalCount: number; nodes: RecordType[] } }>(
      queries.list,
      { options: listOptions(params, queries.sortFields, queries.defaultSort) },
      params.signal,
    );
    return { data: list.nodes, total: list.totalCount };
  },

  async getOne<RecordType extends RaRecord>(resource: string, { id, signal }: GetOneParams<RecordType>) {
    const queries = RESOURCES[resource];
    if (!queries) return notAvailable('getOne')(resource);
    const { one } = await graphql<{ one: RecordType }>(queries.one, { id }, signal);
    return { data: one };
  },

  getMany: notAvailable('getMany'),
  getManyReference: notAvailable('getManyReference'),
  create: notAvailable('create'),
  update: notAvailable('update'),
  updateMany: notAvailable('updateMany'),
  delete: notAvailable('delete'),
  deleteMany: notAvailable('deleteMany'),
};
