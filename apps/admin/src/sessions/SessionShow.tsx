import { Show, useRecordContext } from 'react-admin';
import { SessionReview } from './SessionReview';
import type { SessionRecord } from './types';

function SessionDetail() {
  const session = useRecordContext<SessionRecord>();
  // Until getOne answers, react-admin shows the list's copy of the record, which has no questions.
  if (!session?.questions) return null;
  return <SessionReview session={session} />;
}

export const SessionShow = () => (
  <Show>
    <SessionDetail />
  </Show>
);
