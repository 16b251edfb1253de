import type { ResourceQueries } from '../resources/queries';

const FIELDS = 'id createdAt completedAt mode status focusLossCount candidate { name email }';
const EVALUATION_FIELDS = `id source overallScore criteria { key name score rationale evidence }
  feedback { stronger communication concerns } actionItems followUpQuestion redFlags { code message }
  reviews { id overallScore comment actionItems overrides { key score } createdAt }`;

export const sessionQueries: ResourceQueries = {
  list: `query ($options: SessionListOptions) { list: sessions(options: $options) { totalCount nodes { ${FIELDS} } } }`,
  one: `query ($id: ID!) { one: session(id: $id) { ${FIELDS} confidenceBefore confidenceAfter
    questions { id position prompt followUpDepth answers { id attempt text overTime evaluation { ${EVALUATION_FIELDS} } } } } }`,
  sortFields: { createdAt: 'CREATED_AT', completedAt: 'COMPLETED_AT' },
  defaultSort: 'CREATED_AT',
};
