import { pick, type ResourceQueries } from '../resources/queries';

export const QUESTION_FIELDS =
  'id questionSetId prompt type difficulty competencies talkingPoints followUps timeLimitSeconds sourceRealInterviewQuestionId createdAt';

export const questionQueries: ResourceQueries = {
  list: `query ($options: QuestionListOptions) { list: questions(options: $options) { totalCount nodes { ${QUESTION_FIELDS} } } }`,
  one: `query ($id: ID!) { one: question(id: $id) { ${QUESTION_FIELDS}
    sourceRealInterviewQuestion { prompt unexpected log { companyName role interviewedOn } } } }`,
  create: `mutation ($input: CreateQuestionInput!) { one: createQuestion(input: $input) { ${QUESTION_FIELDS} } }`,
  update: `mutation ($id: ID!, $input: UpdateQuestionInput!) { one: updateQuestion(id: $id, input: $input) { ${QUESTION_FIELDS} } }`,
  delete: `mutation ($id: ID!) { deleted: deleteQuestion(id: $id) }`,
  sortFields: { createdAt: 'CREATED_AT', prompt: 'PROMPT', type: 'TYPE', difficulty: 'DIFFICULTY' },
  defaultSort: 'CREATED_AT',
  // A question's set is chosen when it is created (the update input has no questionSetId).
  input: pick('questionSetId', 'prompt', 'type', 'difficulty', 'competencies', 'talkingPoints', 'followUps', 'timeLimitSeconds'),
};
