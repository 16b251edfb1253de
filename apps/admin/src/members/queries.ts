import type { ResourceQueries } from '../resources/queries';

const FIELDS = `id name email role status joinedAt createdAt lastActiveAt cohorts { id name }
  readiness { cohortId score level trend } accommodation { timeMultiplier extraRetakes note }
  invitation { status delivery expiresAt createdAt }`;

/** People are invited (InviteDialog) rather than created, and changed through their own mutations (below). */
export const memberQueries: ResourceQueries = {
  list: `query ($options: MemberListOptions) { list: members(options: $options) { totalCount nodes { ${FIELDS} } } }`,
  one: `query ($id: ID!) { one: member(id: $id) { ${FIELDS} } }`,
  sortFields: { name: 'NAME', email: 'EMAIL', createdAt: 'CREATED_AT', lastActiveAt: 'LAST_ACTIVE', readiness: 'READINESS' },
  defaultSort: 'NAME',
};

const INVITE_ANSWER = 'emailed invitationUrl member { id name email }';

export const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { ${INVITE_ANSWER} } }`;
export const RESEND = `mutation ($id: ID!) { resendInvitation(memberId: $id) { ${INVITE_ANSWER} } }`;
export const UPDATE_ROLE = `mutation ($id: ID!, $role: Role!) { updateMemberRole(id: $id, role: $role) { id role } }`;
export const SET_ACCOMMODATION = `mutation ($id: ID!, $input: AccommodationInput!) {
  setAccommodation(memberId: $id, input: $input) { timeMultiplier extraRetakes note } }`;
export const CLEAR_ACCOMMODATION = `mutation ($id: ID!) { clearAccommodation(memberId: $id) }`;
export const DELETE_CANDIDATE_DATA = `mutation ($id: ID!) { deleteCandidateData(memberId: $id) }`;
export const IMPORT_ROSTER = `mutation ($cohortId: ID!, $input: CsvImportInput!) { importCohortRoster(cohortId: $cohortId, input: $input) {
  imported created existing emailed errors { line message } invitationLinks { name email url } } }`;
export const REMOVE = `mutation ($id: ID!) { removeMember(id: $id) }`;
