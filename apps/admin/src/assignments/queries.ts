import { pick, type ResourceQueries } from '../resources/queries';

const FIELDS = `id title dueAt createdAt cohortId cohort { id name archivedAt } template { id name mode }
  candidates { id status }`;
const DETAIL_FIELDS = `${FIELDS} templateId candidates { id membershipId status completedAt retakesGranted sittingsRemaining
  member { id name email } }`;

/** The form's "to" (a cohort or chosen candidates) decides which of the two the API gets. */
function createInput(data: Record<string, unknown>) {
  const input = pick('templateId', 'title', 'dueAt')(data);
  if (data.to === 'candidates') input.candidateIds = data.candidateIds;
  else input.cohortId = data.cohortId;
  return input;
}

export const assignmentQueries: ResourceQueries = {
  list: `query ($options: AssignmentListOptions) { list: assignments(options: $options) { totalCount nodes { ${FIELDS} } } }`,
  one: `query ($id: ID!) { one: assignment(id: $id) { ${DETAIL_FIELDS} } }`,
  create: `mutation ($input: CreateAssignmentInput!) { one: createAssignment(input: $input) { ${DETAIL_FIELDS} } }`,
  update: `mutation ($id: ID!, $input: UpdateAssignmentInput!) { one: updateAssignment(id: $id, input: $input) { ${DETAIL_FIELDS} } }`,
  delete: `mutation ($id: ID!) { deleted: deleteAssignment(id: $id) }`,
  sortFields: { dueAt: 'DUE_AT', createdAt: 'CREATED_AT', title: 'TITLE' },
  defaultSort: 'DUE_AT',
  // An assignment's title and due date change; whom it went to and its template do not.
  input: (data) => (data.id ? pick('title', 'dueAt')(data) : createInput(data)),
};

export const GRANT_RETAKE = `mutation ($assignmentId: ID!, $candidateId: ID!) {
  grantRetake(assignmentId: $assignmentId, candidateId: $candidateId) { id retakesGranted status } }`;
export const TEMPLATES = `{ templates(options: { take: 100 }) { nodes { id name mode } } }`;
export const ORGANIZATION_TIME_ZONE = `{ organization { timeZone } }`;
