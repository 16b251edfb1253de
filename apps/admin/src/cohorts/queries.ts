import { pick, type ResourceQueries } from '../resources/queries';

const FIELDS = 'id name description startsOn endsOn readinessTarget candidateCount archivedAt';
const DETAIL_FIELDS = `${FIELDS} requiredCompetencies developingThreshold readyThreshold interviewReadyThreshold
  candidates { id name email status } coaches { id name email status }`;

/** What a cohort's form edits: exactly what CreateCohortInput and UpdateCohortInput accept. */
export const COHORT_INPUT = [
  'name',
  'description',
  'startsOn',
  'endsOn',
  'readinessTarget',
  'requiredCompetencies',
  'developingThreshold',
  'readyThreshold',
  'interviewReadyThreshold',
];

export const cohortQueries: ResourceQueries = {
  list: `query ($options: CohortListOptions) { list: cohorts(options: $options) { totalCount nodes { ${FIELDS} } } }`,
  one: `query ($id: ID!) { one: cohort(id: $id) { ${DETAIL_FIELDS} } }`,
  create: `mutation ($input: CreateCohortInput!) { one: createCohort(input: $input) { ${DETAIL_FIELDS} } }`,
  update: `mutation ($id: ID!, $input: UpdateCohortInput!) { one: updateCohort(id: $id, input: $input) { ${DETAIL_FIELDS} } }`,
  delete: `mutation ($id: ID!) { deleted: deleteCohort(id: $id) }`,
  sortFields: { name: 'NAME', startsOn: 'STARTS_ON', createdAt: 'CREATED_AT' },
  defaultSort: 'NAME',
  input: pick(...COHORT_INPUT),
};

export const ARCHIVE = `mutation ($id: ID!) { archiveCohort(id: $id) { id archivedAt } }`;
export const UNARCHIVE = `mutation ($id: ID!) { unarchiveCohort(id: $id) { id archivedAt } }`;
export const ADD_MEMBERS = `mutation ($cohortId: ID!, $input: CohortMembersInput!) { addCohortMembers(cohortId: $cohortId, input: $input) { id } }`;
export const REMOVE_MEMBER = `mutation ($cohortId: ID!, $memberId: ID!) { removeCohortMember(cohortId: $cohortId, memberId: $memberId) { id } }`;
export const IMPORT_ROSTER = `mutation ($cohortId: ID!, $input: CsvImportInput!, $dryRun: Boolean!) {
  importCohortRoster(cohortId: $cohortId, input: $input, dryRun: $dryRun) {
    imported created existing emailed errors { line message } invitationLinks { name email url } } }`;
export const MEMBERS = `query ($options: MemberListOptions) { members(options: $options) { nodes { id name email role status } } }`;
/** Competency names to suggest: the organization's own, then those its questions practise. */
export const COMPETENCY_SUGGESTIONS = `{ readinessSettings { competencies } questions(options: { take: 100 }) { nodes { competencies } } }`;
