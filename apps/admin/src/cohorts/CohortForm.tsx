import { useMemo, useState } from 'react';
import {
  AutocompleteArrayInput,
  Create,
  DateInput,
  Edit,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  required,
  SimpleForm,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import { useApiSubmit } from '../forms/useApiSubmit';
import { useApiQuery } from '../useApiQuery';
import { SaveOnly } from '../forms/SaveOnly';
import { COHORT_INPUT, COMPETENCY_SUGGESTIONS } from './queries';

type Values = Record<string, unknown>;

/** What the API would refuse, said before the form is sent: dates in order, levels rising. */
function validateCohort(values: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.startsOn && values.endsOn && String(values.endsOn) < String(values.startsOn)) {
    errors.endsOn = 'The end date must not be before the start date';
  }
  const [developing, ready, interviewReady] = ['developingThreshold', 'readyThreshold', 'interviewReadyThreshold'].map((field) =>
    Number(values[field]),
  );
  if (ready <= developing) errors.readyThreshold = `Must be above Developing (${developing})`;
  if (interviewReady <= ready) errors.interviewReadyThreshold = `Must be above Ready (${ready})`;
  return errors;
}

const API_FIELDS = { INVALID_DATES: 'endsOn', INVALID_THRESHOLDS: 'readyThreshold' };

/**
 * Competency names to choose from: the organization's own, then the ones its questions practise, then
 * the cohort's current ones and those just typed, each once.
 */
function useCompetencyChoices(extra: string[]) {
  const { data } = useApiQuery<{
    readinessSettings: { competencies: string[] };
    questions: { nodes: { competencies: string[] }[] };
  }>(COMPETENCY_SUGGESTIONS);
  return useMemo(() => {
    const names = [
      ...(data?.readinessSettings.competencies ?? []),
      ...(data?.questions.nodes.flatMap((q) => q.competencies) ?? []),
      ...extra,
    ];
    const seen = new Map(names.map((name) => [name.toLowerCase(), name]));
    return [...seen.values()].map((name) => ({ id: name, name }));
  }, [data, extra]);
}

const percent = [minValue(1), maxValue(100)];

function CohortFields() {
  const record = useRecordContext<{ requiredCompetencies?: string[] }>();
  const [typed, setTyped] = useState<string[]>([]);
  const current = record?.requiredCompetencies;
  const extra = useMemo(() => [...(current ?? []), ...typed], [current, typed]);
  const competencies = useCompetencyChoices(extra);
  const submit = useApiSubmit(COHORT_INPUT, API_FIELDS);
  return (
    <SimpleForm onSubmit={submit} validate={validateCohort} mode="onBlur" reValidateMode="onChange" toolbar={<SaveOnly />}>
      <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="description" multiline minRows={2} validate={maxLength(5000)} fullWidth />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <DateInput source="startsOn" label="Starts on" />
        <DateInput source="endsOn" label="Ends on" />
      </Box>
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        Readiness
      </Typography>
      <NumberInput
        source="readinessTarget"
        label="Target readiness (0-100)"
        validate={[required(), minValue(0), maxValue(100)]}
        helperText="The score the cohort aims for"
      />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <NumberInput source="developingThreshold" label="Developing from" validate={[required(), ...percent]} />
        <NumberInput source="readyThreshold" label="Ready from" validate={[required(), ...percent]} />
        <NumberInput source="interviewReadyThreshold" label="Interview ready from" validate={[required(), ...percent]} />
      </Box>
      <AutocompleteArrayInput
        source="requiredCompetencies"
        label="Required competencies"
        choices={competencies}
        onCreate={(name?: string) => {
          const trimmed = name?.trim();
          if (!trimmed) return undefined;
          setTyped((names) => [...names, trimmed]);
          return { id: trimmed, name: trimmed };
        }}
        createItemLabel={(item: string) => `Add "${item}"`}
        helperText="Readiness weighs these and reports their coverage (all practised ones when empty)"
        fullWidth
      />
    </SimpleForm>
  );
}

/** New cohorts start with the API's defaults: target 70, levels 50 / 70 / 85. */
const DEFAULTS = {
  readinessTarget: 70,
  developingThreshold: 50,
  readyThreshold: 70,
  interviewReadyThreshold: 85,
  requiredCompetencies: [],
};

export const CohortCreate = () => (
  <Create record={DEFAULTS}>
    <CohortFields />
  </Create>
);

export const CohortEdit = () => (
  <Edit mutationMode="pessimistic">
    <CohortFields />
  </Edit>
);
