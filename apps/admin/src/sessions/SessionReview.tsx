import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useRefresh } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { Box, Paper, Stack, Typography } from '@mui/material';
import { graphql } from '../graphql';
import { AnswerPanel } from './AnswerPanel';
import { reviewFormId } from './ReviewForm';
import type { AnswerRecord, QuestionRecord, SessionRecord } from './types';

/** The signed-in person's member id: which reviews are theirs. */
export function useMemberId(): string | undefined {
  return useQuery({
    queryKey: ['me', 'memberId'],
    queryFn: () => graphql<{ me: { memberId: string } }>('{ me { memberId } }').then((r) => r.me.memberId),
    staleTime: Infinity,
  }).data;
}

interface Item {
  title: string;
  question: QuestionRecord;
  answer: AnswerRecord;
  headingId: string;
}

function itemsOf(session: SessionRecord): Item[] {
  const main = new Map(session.questions.filter((q) => !q.followUpDepth).map((q, i) => [q.id, i + 1]));
  let lastMain = 0;
  return session.questions.flatMap((question) => {
    if (!question.followUpDepth) lastMain = main.get(question.id)!;
    const title = question.followUpDepth ? `Follow-up to question ${lastMain}` : `Question ${lastMain}`;
    return question.answers.map((answer) => ({ title, question, answer, headingId: `answer-${answer.id}` }));
  });
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

function KeyboardHelp() {
  return (
    <Typography variant="body2" color="text.secondary" id="review-keys">
      Keyboard: <kbd>N</kbd> next answer, <kbd>P</kbd> previous answer, <kbd>S</kbd> save the review of the answer you are on
      (outside a text field), <kbd>Ctrl</kbd>+<kbd>Enter</kbd> save from inside the form, <kbd>Tab</kbd> through each answer.
    </Typography>
  );
}

/**
 * A sitting as a coach reviews it, answer by answer, without the mouse if they like (see KeyboardHelp).
 * After a review is saved the next answer not yet reviewed gets the focus; once none is left,
 * `whenReviewed` is shown (the review queue offers the next session there).
 */
export function SessionReview({ session, whenReviewed }: { session: SessionRecord; whenReviewed?: ReactNode }) {
  const memberId = useMemberId();
  const refresh = useRefresh();
  const items = itemsOf(session);
  // The answer the coach is on: none until they move to one (N goes to the first).
  const current = useRef(-1);
  const [justSaved, setJustSaved] = useState<string[]>([]);
  const reviewedByMe = (item: Item) =>
    !item.answer.evaluation ||
    justSaved.includes(item.answer.evaluation.id) ||
    item.answer.evaluation.reviews.some((r) => r.reviewerId === memberId);
  const allReviewed = memberId !== undefined && items.length > 0 && items.every(reviewedByMe);

  // The answer moved to after a save: the refetch that follows re-renders the page and may leave the focus
  // behind in the saved form, so it is moved again then, unless the coach went into that answer meanwhile.
  const movedTo = useRef<string | null>(null);
  const focusItem = (index: number) => {
    const item = items[Math.max(0, Math.min(items.length - 1, index))];
    if (!item) return;
    current.current = items.indexOf(item);
    const heading = document.getElementById(item.headingId);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
    return item.headingId;
  };
  useEffect(() => {
    const heading = movedTo.current && document.getElementById(movedTo.current);
    movedTo.current = null;
    if (heading && !heading.closest('section')?.contains(document.activeElement)) heading.focus({ preventScroll: true });
  }, [session]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'n') focusItem(current.current + 1);
      else if (key === 'p') focusItem(current.current - 1);
      else if (key === 's') {
        const evaluation = items[current.current]?.answer.evaluation;
        const form = evaluation && document.getElementById(reviewFormId(evaluation.id));
        if (form instanceof HTMLFormElement) form.requestSubmit();
      } else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const saved = (index: number) => {
    const evaluationId = items[index].answer.evaluation!.id;
    setJustSaved((ids) => [...ids, evaluationId]);
    refresh();
    const next = items.findIndex((item, i) => i > index && !reviewedByMe(item) && item.answer.evaluation!.id !== evaluationId);
    const earlier = items.findIndex((item, i) => i < index && !reviewedByMe(item));
    // A move still pending from an earlier save must not pull the focus back after this one.
    movedTo.current = next >= 0 || earlier >= 0 ? (focusItem(next >= 0 ? next : earlier) ?? null) : null;
  };

  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Paper sx={{ p: 2, display: 'grid', gap: 1 }}>
        <Typography variant="h5" component="h1">
          {session.candidate.name}
        </Typography>
        <Typography variant="body2">
          {session.candidate.email} · {session.mode.toLowerCase()} session, {session.status.toLowerCase().replace('_', ' ')}
          {session.completedAt && ` on ${new Date(session.completedAt).toLocaleString()}`} · confidence{' '}
          {session.confidenceBefore ?? '?'} before, {session.confidenceAfter ?? '?'} after · {session.focusLossCount} focus loss
          {session.focusLossCount === 1 ? '' : 'es'}
        </Typography>
        <KeyboardHelp />
      </Paper>
      {items.length === 0 && <Typography>Nothing was answered in this session.</Typography>}
      {items.map((item, index) => (
        <Box key={item.answer.id} onFocus={() => (current.current = index)}>
          <AnswerPanel {...item} memberId={memberId} onSaved={() => saved(index)} onCommented={refresh} />
        </Box>
      ))}
      {allReviewed && whenReviewed}
    </Stack>
  );
}
