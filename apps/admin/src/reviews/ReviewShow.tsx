import { useEffect, useRef } from 'react';
import { Button, Link, Show, useGetList, useRecordContext } from 'react-admin';
import { Paper, Typography } from '@mui/material';
import { SessionReview } from '../sessions/SessionReview';
import type { SessionRecord } from '../sessions/types';

/** Shown once every answer is reviewed: the queue's next session (the queue no longer holds this one). */
function NextInQueue({ currentId }: { currentId: string }) {
  const { data, isPending } = useGetList<SessionRecord>('reviews', {
    pagination: { page: 1, perPage: 2 },
    sort: { field: 'completedAt', order: 'ASC' },
  });
  const next = data?.find((s) => s.id !== currentId);
  const focus = useRef<HTMLAnchorElement>(null);
  useEffect(() => focus.current?.focus(), [next?.id, isPending]);
  return (
    <Paper role="status" sx={{ p: 2, display: 'grid', gap: 1, justifyItems: 'start' }}>
      <Typography variant="h6" component="h2">
        Session reviewed
      </Typography>
      {isPending ? (
        <Typography>Looking at your queue…</Typography>
      ) : next ? (
        <>
          <Typography>
            Next in your queue: {next.candidate.name}
            {next.completedAt && `, completed ${new Date(next.completedAt).toLocaleString()}`}.
          </Typography>
          <Button
            component={Link}
            to={`/reviews/${next.id}/show`}
            variant="contained"
            ref={focus}
            label="Review the next session"
          />
        </>
      ) : (
        <>
          <Typography>Your review queue is empty.</Typography>
          <Button component={Link} to="/reviews" variant="outlined" ref={focus} label="Back to the review queue" />
        </>
      )}
    </Paper>
  );
}

function ReviewDetail() {
  const session = useRecordContext<SessionRecord>();
  if (!session?.questions) return null;
  return <SessionReview key={session.id} session={session} whenReviewed={<NextInQueue currentId={session.id} />} />;
}

/** A session from the review queue: the review page, then the next session. */
export const ReviewShow = () => (
  <Show actions={false} title="Review">
    <ReviewDetail />
  </Show>
);
