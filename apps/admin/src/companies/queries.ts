import { pick, type ResourceQueries } from '../resources/queries';

const FIELDS = 'id name website description cultureNotes techStack createdAt';

export const companyQueries: ResourceQueries = {
  list: `query ($options: CompanyListOptions) { list: companies(options: $options) { totalCount nodes { ${FIELDS} } } }`,
  one: `query ($id: ID!) { one: company(id: $id) { ${FIELDS} } }`,
  create: `mutation ($input: CreateCompanyInput!) { one: createCompany(input: $input) { ${FIELDS} } }`,
  update: `mutation ($id: ID!, $input: UpdateCompanyInput!) { one: updateCompany(id: $id, input: $input) { ${FIELDS} } }`,
  delete: `mutation ($id: ID!) { deleted: deleteCompany(id: $id) }`,
  sortFields: { name: 'NAME', createdAt: 'CREATED_AT' },
  defaultSort: 'NAME',
  input: pick('name', 'website', 'description', 'cultureNotes', 'techStack'),
};
