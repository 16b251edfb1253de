import { pick, type ResourceQueries } from '../resources/queries';

const FIELDS = 'id name description roleTrack staffOnly companyId questionCount createdAt';

export const questionSetQueries: ResourceQueries = {
  list: `query ($options: QuestionSetListOptions) { list: questionSets(options: $options) { totalCount nodes { ${FIELDS} } } }`,
  one: `query ($id: ID!) { one: questionSet(id: $id) { ${FIELDS} } }`,
  create: `mutation ($input: CreateQuestionSetInput!) { one: createQuestionSet(input: $input) { ${FIELDS} } }`,
  update: `mutation ($id: ID!, $input: UpdateQuestionSetInput!) { one: updateQuestionSet(id: $id, input: $input) { ${FIELDS} } }`,
  delete: `mutation ($id: ID!) { deleted: deleteQuestionSet(id: $id) }`,
  sortFields: { name: 'NAME', createdAt: 'CREATED_AT' },
  defaultSort: 'NAME',
  input: pick('name', 'description', 'roleTrack', 'staffOnly', 'companyId'),
};
