import { useState, type FormEvent } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { graphql } from '../graphql';
import type { Evaluation } from './types';

const REVIEW = `
  mutation ($evaluationId: ID!, $input: ReviewEvaluationInput!) {
    reviewEvaluation(evaluationId: $evaluationId, input: $input) { id overallScore }
  }
`;

/** A coach's scores, comment and action items, saved beside the AI's (which stay as they are). */
export function ReviewForm({ evaluation }: { evaluation: Evaluation }) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const overrides = evaluation.criteria.flatMap(({ key, score }) => {
      const chosen = Number(form.get(`score-${key}`));
      return chosen && chosen !== score ? [{ key, score: chosen }] : [];
    });
    const actionItems = String(form.get('actionItems') ?? '')
      .split('\n')
      .map((item) => item.trim())
      .filter(Boolean);
    setPending(true);
    try {
      const { reviewEvaluation } = await graphql<{ reviewEvaluation: { overallScore: number } }>(REVIEW, {
        evaluationId: evaluation.id,
        input: { overrides, comment: String(form.get('comment') ?? ''), actionItems },
      });
      notify(`Review saved: ${reviewEvaluation.overallScore} / 100 with your scores`, { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Review this answer">
      <fieldset>
        <legend>Your scores (leave as they are to keep the AI's)</legend>
        {evaluation.criteria.map((c) => (
          <label key={c.key}>
            {c.name}{' '}
            <select name={`score-${c.key}`} defaultValue={c.score}>
              {[1, 2, 3, 4, 5].map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <label>
        Comment
        <textarea name="comment" rows={3} maxLength={4000} />
      </label>
      <label>
        Action items (one per line)
        <textarea name="actionItems" rows={3} />
      </label>
      <button type="submit" disabled={pending}>
        Save review
      </button>
    </form>
  );
}
