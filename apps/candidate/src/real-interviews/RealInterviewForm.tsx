import { SelectField } from '../forms/SelectField';
import { useState, type FormEvent } from 'react';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  Grid,
  IconButton,
  Paper,
  Rating,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import { ApiError, errorMessage } from '../graphql';
import type { InterviewOutcome, InterviewStage, LogRealInterviewInput } from '../gql/graphql';
import { FormFooter } from '../forms/FormFooter';
import { OUTCOMES, STAGES } from './labels';

export interface QuestionDraft {
  prompt: string;
  unexpected: boolean;
  /** Comma-separated, as typed. */
  competencies: string;
}

export interface RealInterviewDraft {
  companyName: string;
  role: string;
  stage: InterviewStage;
  interviewedOn: string;
  outcome: InterviewOutcome;
  selfEvaluation: number | null;
  notes: string;
  questions: QuestionDraft[];
}

const today = () => new Date().toLocaleDateString('sv');

export const emptyDraft = (): RealInterviewDraft => ({
  companyName: '',
  role: '',
  stage: 'PHONE_SCREEN',
  interviewedOn: today(),
  outcome: 'PENDING',
  selfEvaluation: null,
  notes: '',
  questions: [{ prompt: '', unexpected: false, competencies: '' }],
});

/** What the API takes; question rows left blank are dropped. */
const toInput = (draft: RealInterviewDraft): LogRealInterviewInput => ({
  ...draft,
  questions: draft.questions
    .filter((q) => q.prompt.trim())
    .map((q) => ({
      prompt: q.prompt.trim(),
      unexpected: q.unexpected,
      competencies: q.competencies
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    })),
});

/** Refusals the API names by reason rather than by field, and the field each is about. */
const REASON_FIELDS: Record<string, string> = {
  COMPANY_REQUIRED: 'companyName',
  EMPTY_ROLE: 'role',
  DATE_IN_FUTURE: 'interviewedOn',
};

/**
 * The API's refusal as messages per field ("questions.1.prompt"), so each shows under its field. The
 * positions are those of the questions sent (blank rows dropped), mapped back to the rows on screen.
 */
function fieldErrors(error: unknown, draft: RealInterviewDraft): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const sentRows = draft.questions.flatMap((q, row) => (q.prompt.trim() ? [row] : []));
  const problems = error.fields.length
    ? error.fields
    : error.reason && REASON_FIELDS[error.reason]
      ? [{ field: REASON_FIELDS[error.reason], message: error.message }]
      : [];
  return Object.fromEntries(
    problems.map(({ field, message }) => [
      field.replace(/^questions\.(\d+)\./, (_, sent: string) => `questions.${sentRows[Number(sent)]}.`),
      message,
    ]),
  );
}

/** Logging a real interview, or editing one: the interview, the questions asked, how it went. */
export function RealInterviewForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: RealInterviewDraft;
  submitLabel: string;
  onSubmit: (input: LogRealInterviewInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [pending, setPending] = useState(false);

  const set = <K extends keyof RealInterviewDraft>(key: K, value: RealInterviewDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setQuestion = (row: number, change: Partial<QuestionDraft>) =>
    set(
      'questions',
      draft.questions.map((q, i) => (i === row ? { ...q, ...change } : q)),
    );
  const fieldProps = (name: string) => ({ error: Boolean(errors[name]), helperText: errors[name] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setErrors({});
    setFormError(undefined);
    try {
      await onSubmit(toInput(draft));
    } catch (e) {
      const byField = fieldErrors(e, draft);
      setErrors(byField);
      // Said at the fields when the API named them; otherwise here.
      setFormError(Object.keys(byField).length ? 'Please check the fields marked in red.' : errorMessage(e));
      setPending(false);
    }
  }

  return (
    <Stack component="form" onSubmit={submit} spacing={3}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            fullWidth
            required
            label="Company"
            value={draft.companyName}
            onChange={(e) => set('companyName', e.target.value)}
            {...fieldProps('companyName')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            fullWidth
            required
            label="Role"
            value={draft.role}
            onChange={(e) => set('role', e.target.value)}
            {...fieldProps('role')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <SelectField
            label="Stage"
            value={draft.stage}
            onChange={(e) => set('stage', e.target.value as InterviewStage)}
            options={STAGES}
            {...fieldProps('stage')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            fullWidth
            required
            type="date"
            label="Date"
            value={draft.interviewedOn}
            onChange={(e) => set('interviewedOn', e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            {...fieldProps('interviewedOn')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <SelectField
            label="Outcome"
            value={draft.outcome}
            onChange={(e) => set('outcome', e.target.value as InterviewOutcome)}
            options={OUTCOMES}
            {...fieldProps('outcome')}
          />
        </Grid>
      </Grid>

      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
        <Typography component="legend" sx={{ fontWeight: 600, mb: 1 }}>
          Questions you were asked
        </Typography>
        <Stack spacing={2}>
          {draft.questions.map((question, row) => (
            <Paper key={row} variant="outlined" sx={{ p: 2 }}>
              <Stack spacing={1.5}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                  <TextField
                    fullWidth
                    multiline
                    minRows={2}
                    label={`Question ${row + 1}`}
                    value={question.prompt}
                    onChange={(e) => setQuestion(row, { prompt: e.target.value })}
                    {...fieldProps(`questions.${row}.prompt`)}
                  />
                  <IconButton
                    aria-label={`Remove question ${row + 1}`}
                    onClick={() =>
                      set(
                        'questions',
                        draft.questions.filter((_, i) => i !== row),
                      )
                    }
                  >
                    <DeleteIcon />
                  </IconButton>
                </Stack>
                <TextField
                  label="Competencies (optional)"
                  placeholder="e.g. ownership, SQL"
                  helperText={errors[`questions.${row}.competencies`] ?? 'Separated by commas: practice can aim at them.'}
                  error={Boolean(errors[`questions.${row}.competencies`])}
                  value={question.competencies}
                  onChange={(e) => setQuestion(row, { competencies: e.target.value })}
                />
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={question.unexpected}
                      onChange={(e) => setQuestion(row, { unexpected: e.target.checked })}
                    />
                  }
                  label="I did not see this one coming"
                />
              </Stack>
            </Paper>
          ))}
          <Button
            startIcon={<AddIcon />}
            onClick={() => set('questions', [...draft.questions, { prompt: '', unexpected: false, competencies: '' }])}
            sx={{ alignSelf: 'flex-start' }}
          >
            Add a question
          </Button>
        </Stack>
      </Box>

      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <Typography component="legend" sx={{ fontWeight: 600 }}>
          How did it go? (1 badly, 5 very well)
        </Typography>
        <Rating
          name="selfEvaluation"
          size="large"
          value={draft.selfEvaluation}
          onChange={(_, value) => set('selfEvaluation', value)}
        />
        {errors.selfEvaluation && (
          <Typography variant="body2" color="error">
            {errors.selfEvaluation}
          </Typography>
        )}
      </Box>

      <TextField
        multiline
        minRows={3}
        label="Notes"
        placeholder="What went well, what to prepare next time"
        value={draft.notes}
        onChange={(e) => set('notes', e.target.value)}
        {...fieldProps('notes')}
      />

      <FormFooter error={formError} pending={pending} label={submitLabel} pendingLabel="Saving…">
        {onCancel && (
          <Button size="large" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </FormFooter>
    </Stack>
  );
}
