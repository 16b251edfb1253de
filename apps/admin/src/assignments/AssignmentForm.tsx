import {
  AutocompleteArrayInput,
  AutocompleteInput,
  Create,
  Edit,
  FormDataConsumer,
  Loading,
  maxLength,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { Alert } from '@mui/material';
import { useApiSubmit } from '../forms/useApiSubmit';
import { useApiQuery } from '../useApiQuery';
import { SaveOnly } from '../forms/SaveOnly';
import { useMemberSearch } from '../forms/MemberPicker';
import { isoToZoned, zonedToIso, formatInViewerZone } from './timeZone';
import { ORGANIZATION_TIME_ZONE, TEMPLATES } from './queries';

const FIELDS = ['templateId', 'title', 'dueAt', 'cohortId', 'candidateIds'];
const API_FIELDS = {
  NO_ASSIGNEES: 'cohortId',
  NOT_A_CANDIDATE: 'candidateIds',
  COHORT_ARCHIVED: 'cohortId',
  COHORT_NOT_FOUND: 'cohortId',
  MEMBER_NOT_FOUND: 'candidateIds',
  TEMPLATE_NOT_FOUND: 'templateId',
};

function useOrganizationTimeZone(): string | undefined {
  return useApiQuery<{ organization: { timeZone: string } }>(ORGANIZATION_TIME_ZONE).data?.organization.timeZone;
}

/** The due date as a wall-clock time in the organization's zone; stored as an instant. */
function DueAtInput({ timeZone }: { timeZone: string }) {
  return (
    <FormDataConsumer>
      {({ formData }) => (
        <TextInput
          source="dueAt"
          label={`Due (${timeZone} time)`}
          type="datetime-local"
          format={(value: string | null) => isoToZoned(value, timeZone)}
          parse={(value: string) => (value ? zonedToIso(value, timeZone) : null)}
          helperText={
            formData.dueAt
              ? `In the organization's time zone. Your time: ${formatInViewerZone(formData.dueAt)}`
              : "In the organization's time zone; leave empty for no due date"
          }
          slotProps={{ inputLabel: { shrink: true } }}
        />
      )}
    </FormDataConsumer>
  );
}

function TemplateInput() {
  const { data, isPending } = useApiQuery<{ templates: { nodes: { id: string; name: string; mode: string }[] } }>(TEMPLATES);
  const choices = (data?.templates.nodes ?? []).map((t) => ({ id: t.id, name: `${t.name} (${t.mode.toLowerCase()})` }));
  return (
    <AutocompleteInput
      source="templateId"
      label="Template"
      choices={choices}
      isPending={isPending}
      validate={required()}
      fullWidth
    />
  );
}

function CandidatesInput() {
  const { members, loading } = useMemberSearch(['CANDIDATE'], '');
  const choices = members.map((m) => ({ id: m.id, name: `${m.name} (${m.email})` }));
  return (
    <AutocompleteArrayInput
      source="candidateIds"
      label="Candidates"
      choices={choices}
      isPending={loading}
      validate={required('Choose at least one candidate')}
      fullWidth
    />
  );
}

function AssignmentCreateForm() {
  const timeZone = useOrganizationTimeZone();
  const submit = useApiSubmit(FIELDS, API_FIELDS);
  if (!timeZone) return <Loading />;
  return (
    <SimpleForm onSubmit={submit} defaultValues={{ to: 'cohort' }}>
      <TemplateInput />
      <TextInput source="title" validate={maxLength(200)} helperText="Defaults to the template's name" fullWidth />
      <RadioButtonGroupInput
        source="to"
        label="Assign to"
        choices={[
          { id: 'cohort', name: 'A cohort (its candidates, and those who join before the due date)' },
          { id: 'candidates', name: 'Chosen candidates' },
        ]}
      />
      <FormDataConsumer>
        {({ formData }) =>
          formData.to === 'candidates' ? (
            <CandidatesInput />
          ) : (
            <ReferenceInput source="cohortId" reference="cohorts">
              <AutocompleteInput label="Cohort" optionText="name" validate={required()} fullWidth />
            </ReferenceInput>
          )
        }
      </FormDataConsumer>
      <DueAtInput timeZone={timeZone} />
    </SimpleForm>
  );
}

function AssignmentEditForm() {
  const timeZone = useOrganizationTimeZone();
  const submit = useApiSubmit(FIELDS, API_FIELDS);
  if (!timeZone) return <Loading />;
  return (
    <SimpleForm onSubmit={submit} toolbar={<SaveOnly />}>
      <Alert severity="info" sx={{ mb: 2 }}>
        Whom it is for and its template stay as they are: to change those, assign again.
      </Alert>
      <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
      <DueAtInput timeZone={timeZone} />
    </SimpleForm>
  );
}

export const AssignmentCreate = () => (
  <Create title="Assign a template">
    <AssignmentCreateForm />
  </Create>
);

export const AssignmentEdit = () => (
  <Edit mutationMode="pessimistic">
    <AssignmentEditForm />
  </Edit>
);
