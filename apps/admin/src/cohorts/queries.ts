import { pick, type ResourceQueries } from '../resources/queries';

const FIELDS = 'id name description startsOn endsOn readinessTarget candidateCount';

export const cohortQueries: ResourceQueries = {
  list: `query ($options: CohortListOptions) { list: cohorts(options: $options) { totalCount nodes { ${FIELDS} } } }`,
  one: `query ($id: ID!) { one: cohort(id: $id) { ${FIELDS} } }`,
  create: `mutation ($input: CreateCohortInput!) { one: createCohort(input: $input) { ${FIELDS} } }`,
  update: `mutation ($id: ID!, $input: UpdateCohortInput!) { one: updateCohort(id: $id, input: $input) { ${FIELDS} } }`,
  delete: `mutation ($id: ID!) { deleted: deleteCohort(id: $id) }`,
  sortFields: { name: 'NAME', startsOn: 'STARTS_ON', createdAt: 'CREATED_AT' },
  defaultSort: 'NAME',
  input: pick('name', 'description', 'startsOn', 'endsOn', 'readinessTarget'),
};
