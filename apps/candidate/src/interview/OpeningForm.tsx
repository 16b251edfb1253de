import type { ReactNode } from 'react';
import {
  Alert,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  Paper,
  Rating,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { FormFooter } from '../forms/FormFooter';
import { useFormSubmit } from '../forms/useFormSubmit';
import type { Opening } from './operations';
import { MicrophoneTest } from './voice/MicrophoneTest';

/** Ticked by a microphone test that hears the candidate, or by hand. */
const EQUIPMENT = 'Tested my equipment';

/** "Before the session", from the preparation every mock interview should start with. */
const CHECKLIST = [
  'Researched the company and role',
  'Reviewed the relevant technical concepts',
  'Prepared my STAR stories',
  'Prepared questions to ask the interviewer',
  EQUIPMENT,
  'Set up a distraction-free place',
];

const CONFIDENCE = ['Not at all', 'A little', 'Somewhat', 'Quite', 'Very'];

/** A self-rating from 1 to 5, posted as `confidence`. */
export function ConfidenceField({ label }: { label: string }) {
  const [value, setValue] = useState(3);
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend">{label}</FormLabel>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mt: 0.5 }}>
        <Rating
          name="confidence"
          value={value}
          onChange={(_e, v) => v && setValue(v)}
          max={5}
          size="large"
          getLabelText={(v) => `${v}: ${CONFIDENCE[v - 1]}`}
        />
        <Typography color="text.secondary">{CONFIDENCE[value - 1]}</Typography>
      </Stack>
    </FormControl>
  );
}

interface Props {
  title: string;
  realistic: boolean;
  /** What to read before starting (the company's culture and stack), when known. */
  briefing?: ReactNode;
  /** Other fields of the sitting (practice filters). */
  children?: ReactNode;
  onStart: (opening: Opening, form: FormData) => Promise<void>;
}

export function OpeningForm({ title, realistic, briefing, children, onStart }: Props) {
  const { submit, error, pending } = useFormSubmit((form) =>
    onStart({ checklist: form.getAll('checklist').map(String), confidenceBefore: Number(form.get('confidence')) }, form),
  );
  const [equipmentTested, setEquipmentTested] = useState(false);
  return (
    <Stack spacing={3} sx={{ maxWidth: 760, mx: 'auto' }}>
      <div>
        <Typography variant="h1">{title}</Typography>
        <Alert severity={realistic ? 'warning' : 'info'} sx={{ mt: 1.5 }}>
          {realistic
            ? 'Realistic mode: each question is revealed when you reach it, there is no pause and one take per question. The clock starts when a question is shown, and when it runs out your answer is submitted as it stands.'
            : 'Practice mode: take your time, retry any question and read the feedback after each answer.'}
        </Alert>
      </div>
      {briefing}
      <Paper variant="outlined" component="form" onSubmit={submit} sx={{ p: { xs: 2, sm: 3 } }}>
        <Stack spacing={3}>
          {children}
          <FormControl component="fieldset">
            <FormLabel component="legend">Before you start</FormLabel>
            <FormGroup>
              {CHECKLIST.map((item) => (
                <FormControlLabel
                  key={item}
                  control={
                    item === EQUIPMENT ? (
                      <Checkbox
                        name="checklist"
                        value={item}
                        checked={equipmentTested}
                        onChange={(event) => setEquipmentTested(event.target.checked)}
                      />
                    ) : (
                      <Checkbox name="checklist" value={item} />
                    )
                  }
                  label={item}
                />
              ))}
            </FormGroup>
          </FormControl>
          <MicrophoneTest onHeard={() => setEquipmentTested(true)} />
          <ConfidenceField label="How confident do you feel?" />
          <FormFooter error={error} pending={pending} label="Start" pendingLabel="Starting…" />
        </Stack>
      </Paper>
    </Stack>
  );
}
