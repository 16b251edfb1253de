import { Alert } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextArrayInput,
  TextInput,
  maxValue,
  minValue,
  required,
  useRecordContext,
} from 'react-admin';
import { DIFFICULTIES, QUESTION_TYPES } from './choices';

interface Source {
  prompt: string;
  unexpected: boolean;
  log: { companyName: string; role: string; interviewedOn: string };
}

/** Where a promoted question came from: the candidate's logged question, when the viewer may see it. */
function PromotedNote() {
  const question = useRecordContext<{ sourceRealInterviewQuestionId?: string; sourceRealInterviewQuestion?: Source | null }>();
  if (!question?.sourceRealInterviewQuestionId) return null;
  const source = question.sourceRealInterviewQuestion;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      Promoted from a real interview
      {source
        ? `: asked at ${source.log.companyName} (${source.log.role}) on ${source.log.interviewedOn}` +
          `${source.unexpected ? ', which the candidate did not see coming' : ''}. Logged as: "${source.prompt}"`
        : ' a candidate logged.'}
    </Alert>
  );
}

const timeLimit = [minValue(10, 'At least 10 seconds'), maxValue(7200, 'At most 2 hours (7200 seconds)')];

/** The question editor: everything an interviewer needs to ask it and a scorer to judge it. */
export const QuestionForm = ({ creating = false }: { creating?: boolean }) => (
  <SimpleForm defaultValues={{ type: 'BEHAVIORAL', difficulty: 'MEDIUM', timeLimitSeconds: 180 }}>
    <PromotedNote />
    <ReferenceInput source="questionSetId" reference="question-sets">
      <AutocompleteInput
        label="Question set"
        optionText="name"
        validate={required()}
        disabled={!creating}
        helperText={creating ? false : 'A question stays in the set it was created in'}
      />
    </ReferenceInput>
    <TextInput source="prompt" label="Question" validate={required()} multiline minRows={2} />
    <SelectInput source="type" choices={QUESTION_TYPES} validate={required()} />
    <SelectInput source="difficulty" choices={DIFFICULTIES} validate={required()} />
    <TextArrayInput
      source="competencies"
      helperText='What it probes, e.g. "ownership", "system design": press Enter after each'
    />
    <ArrayInput source="talkingPoints" label="Talking points (what a strong answer covers)">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="" label="Talking point" helperText={false} validate={required()} />
      </SimpleFormIterator>
    </ArrayInput>
    <ArrayInput source="followUps" label="Follow-up probes">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="" label="Probe" helperText={false} validate={required()} />
      </SimpleFormIterator>
    </ArrayInput>
    <NumberInput
      source="timeLimitSeconds"
      label="Time limit (seconds)"
      validate={[required(), ...timeLimit]}
      helperText="Answer time, 10 seconds to 2 hours"
    />
  </SimpleForm>
);
