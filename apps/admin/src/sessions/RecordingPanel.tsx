import { useState, type FormEvent } from 'react';
import { useNotify } from 'react-admin';
import { Button, IconButton, Stack, TextField } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import { clock, SpokenAnswerPlayer, type TimedComment } from '@mockint/web-theme';
import { graphql } from '../graphql';
import type { AnswerRecord } from './types';

const COMMENT = `mutation ($answerId: ID!, $input: RecordingCommentInput!) {
  commentOnRecording(answerId: $answerId, input: $input) { id } }`;
const UNCOMMENT = `mutation ($id: ID!) { deleteRecordingComment(id: $id) }`;

/**
 * A spoken answer played back with the transcript in step, a comment at the moment being played, and
 * one's own comments taken back.
 */
export function RecordingPanel({
  answer,
  memberId,
  onCommented,
}: {
  answer: AnswerRecord;
  memberId: string | undefined;
  onCommented: () => void;
}) {
  if (!answer.recordings.length) return null;
  return (
    <SpokenAnswerPlayer
      parts={answer.recordings}
      comments={answer.recordingComments}
      commentAction={(comment) =>
        comment.authorId && comment.authorId === memberId ? <DeleteComment comment={comment} onDeleted={onCommented} /> : null
      }
    >
      {(now) => <CommentForm answerId={answer.id} at={now} onCommented={onCommented} />}
    </SpokenAnswerPlayer>
  );
}

function DeleteComment({ comment, onDeleted }: { comment: TimedComment; onDeleted: () => void }) {
  const notify = useNotify();
  const [pending, setPending] = useState(false);

  async function remove() {
    setPending(true);
    try {
      await graphql(UNCOMMENT, { id: comment.id });
      notify(`Comment at ${clock(comment.atSeconds)} deleted`, { type: 'info' });
      onDeleted();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      setPending(false);
    }
  }

  return (
    <IconButton
      edge="end"
      size="small"
      disabled={pending}
      onClick={() => void remove()}
      aria-label={`Delete your comment at ${clock(comment.atSeconds)}`}
      title="Delete your comment"
    >
      <DeleteIcon fontSize="small" />
    </IconButton>
  );
}

function CommentForm({ answerId, at, onCommented }: { answerId: string; at: number; onCommented: () => void }) {
  const notify = useNotify();
  const [body, setBody] = useState('');
  const [pending, setPending] = useState(false);
  const moment = Math.round(at * 10) / 10;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    try {
      await graphql(COMMENT, { answerId, input: { atSeconds: moment, body } });
      setBody('');
      notify(`Comment saved at ${clock(moment)}`, { type: 'success' });
      onCommented();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  }

  return (
    <Stack
      component="form"
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1}
      onSubmit={submit}
      sx={{ alignItems: { sm: 'flex-start' } }}
    >
      <TextField
        size="small"
        label={`Comment at ${clock(moment)}`}
        helperText="Pause the recording where you want to comment; the candidate sees it at that moment."
        value={body}
        onChange={(event) => setBody(event.target.value)}
        required
        fullWidth
        slotProps={{ htmlInput: { maxLength: 2000 } }}
      />
      <Button type="submit" variant="outlined" disabled={pending || !body.trim()} sx={{ whiteSpace: 'nowrap' }}>
        Comment here
      </Button>
    </Stack>
  );
}
