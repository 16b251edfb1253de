import type { DataProvider, GetListParams, GetOneParams, RaRecord } from 'react-admin';
import { graphql } from './graphql';

const COHORT_FIELDS = 'id name startsOn endsOn readinessTarget candidateCount';

const COHORTS = `
  query ($options: CohortListOptions) {
    cohorts(options: $options) {
      totalCount
      nodes { ${COHORT_FIELDS} }
    }
  }
`;

const COHORT = `
  query ($id: ID!) {
    cohort(id: $id) { ${COHORT_FIELDS} }
  }
`;

const COHORT_SORT_FIELDS: Record<string, string> = { name: 'NAME', startsOn: 'STARTS_ON', createdAt: 'CREATED_AT' };

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
    if (resource !== 'cohorts') return notAvailable('getList')(resource);
    const { cohorts } = await graphql<{ cohorts: { totalCount: number; nodes: RecordType[] } }>(
      COHORTS,
      { options: listOptions(params, COHORT_SORT_FIELDS, 'NAME') },
      params.signal,
    );
    return { data: cohorts.nodes, total: cohorts.totalCount };
  },

  async getOne<RecordType extends RaRecord>(resource: string, { id, signal }: GetOneParams<RecordType>) {
    if (resource !== 'cohorts') return notAvailable('getOne')(resource);
    const { cohort } = await graphql<{ cohort: RecordType }>(COHORT, { id }, signal);
    return { data: cohort };
  },

  getMany: notAvailable('getMany'),
  getManyReference: notAvailable('getManyReference'),
  create: notAvailable('create'),
  update: notAvailable('update'),
  updateMany: notAvailable('updateMany'),
  delete: notAvailable('delete'),
  deleteMany: notAvailable('deleteMany'),
};
