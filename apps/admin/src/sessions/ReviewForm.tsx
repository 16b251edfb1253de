import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNotify } from 'react-admin';
import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { graphql } from '../graphql';
import type { Evaluation } from './types';

const REVIEW = `
  mutation ($evaluationId: ID!, $input: ReviewEvaluationInput!) {
    reviewEvaluation(evaluationId: $evaluationId, input: $input) { id overallScore }
  }
`;

/** The id of an evaluation's review form, for the keyboard shortcut that saves it. */
export const reviewFormId = (evaluationId: string) => `review-${evaluationId}`;

const lines = (value: FormDataEntryValue | null) =>
  String(value ?? '')
    .split('\n')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * A coach's scores (with a note each), comment and action items, saved beside the AI's (which stay as
 * they are). Ctrl+Enter in any field saves.
 */
export function ReviewForm({ evaluation, label, onSaved }: { evaluation: Evaluation; label: string; onSaved: () => void }) {
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  // A second submit in the same moment (a key held down) must not save the review twice.
  const saving = useRef(false);
  // Too little for the AI to judge: no AI scores to start from, so the coach scores every criterion.
  const withheld = evaluation.overallScore === null;
  const criteria: { key: string; name: string; score: number | null }[] = withheld
    ? evaluation.rubricCriteria.map(({ key, name }) => ({ key, name, score: null }))
    : evaluation.criteria;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving.current) return;
    const form = new FormData(event.currentTarget);
    // A criterion is overridden when its score changed or it got a note (each one when the AI withheld its score).
    const overrides = criteria.flatMap(({ key, score }) => {
      const chosen = Number(form.get(`score-${key}`));
      const note = String(form.get(`note-${key}`) ?? '').trim();
      return withheld || chosen !== score || note ? [{ key, score: chosen, ...(note && { note }) }] : [];
    });
    saving.current = true;
    setPending(true);
    try {
      const { reviewEvaluation } = await graphql<{ reviewEvaluation: { overallScore: number } }>(REVIEW, {
        evaluationId: evaluation.id,
        input: { overrides, comment: String(form.get('comment') ?? ''), actionItems: lines(form.get('actionItems')) },
      });
      notify(`Review saved: ${reviewEvaluation.overallScore} / 100 with your scores`, { type: 'success' });
      onSaved();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      saving.current = false;
      setPending(false);
    }
  }

  const saveOnCtrlEnter = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  return (
    <Box
      component="form"
      id={reviewFormId(evaluation.id)}
      onSubmit={submit}
      onKeyDown={saveOnCtrlEnter}
      aria-label={`Your review of ${label}`}
      sx={{ display: 'grid', gap: 2 }}
    >
      <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600 }}>
        Your review
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {withheld
          ? 'The AI withheld its score (too little to judge): score every criterion to give the answer a score.'
          : "Scores start at the AI's: change one to override it, type its digit to pick it."}
      </Typography>
      {criteria.map((c) => (
        <Stack key={c.key} direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <TextField
            select
            required={withheld}
            name={`score-${c.key}`}
            label={`${c.name} score`}
            defaultValue={c.score ?? ''}
            size="small"
            sx={{ minWidth: 200 }}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            {withheld && (
              <option value="" disabled>
                –
              </option>
            )}
            {[1, 2, 3, 4, 5].map((level) => (
              <option key={level} value={level}>
                {level}
                {level === c.score ? ' (AI)' : ''}
              </option>
            ))}
          </TextField>
          <TextField
            name={`note-${c.key}`}
            label={`Note on ${c.name}`}
            size="small"
            fullWidth
            slotProps={{ htmlInput: { maxLength: 1000 } }}
          />
        </Stack>
      ))}
      <TextField name="comment" label="Comment" multiline minRows={2} slotProps={{ htmlInput: { maxLength: 5000 } }} />
      <TextField name="actionItems" label="Action items (one per line)" multiline minRows={2} />
      <Box>
        <Button type="submit" variant="contained" disabled={pending}>
          {pending ? 'Saving…' : 'Save review'}
        </Button>
      </Box>
    </Box>
  );
}
