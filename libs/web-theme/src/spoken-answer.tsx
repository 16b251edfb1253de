import { useRef, useState, type ReactNode, type Ref } from 'react';
import { Box, Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';

export interface PlayablePart {
  id: string;
  part: number;
  /** A root-relative link on the API, null once the audio is deleted. */
  audioUrl: string | null;
  durationMs: number | null;
  transcript?: { words: { word: string; start: number; end: number }[] } | null;
}

export interface TimedComment {
  id: string;
  atSeconds: number;
  body: string;
  authorName: string | null;
  authorId?: string | null;
}

/** "1:07" for 67.4 seconds. */
export const clock = (seconds: number): string => {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

/**
 * One recorded part's player. Browsers' own recordings (MediaRecorder's WebM) carry no duration, so the
 * player would show 0:00 and could not seek: asked for a moment past the end once, the browser reads
 * the whole length, and the player goes back to the start.
 */
export function RecordingAudio({
  src,
  label,
  onTime,
  ref,
}: {
  src: string;
  label: string;
  /** Seconds into the part, as it plays. */
  onTime?: (seconds: number) => void;
  ref?: Ref<HTMLAudioElement>;
}) {
  const probing = useRef(false);
  return (
    <audio
      ref={ref}
      controls
      preload="metadata"
      src={src}
      aria-label={label}
      style={{ maxWidth: '100%' }}
      onLoadedMetadata={(event) => {
        if (Number.isFinite(event.currentTarget.duration)) return;
        probing.current = true;
        event.currentTarget.currentTime = Number.MAX_SAFE_INTEGER;
      }}
      onDurationChange={(event) => {
        if (!probing.current || !Number.isFinite(event.currentTarget.duration)) return;
        probing.current = false;
        event.currentTarget.currentTime = 0;
      }}
      onTimeUpdate={(event) => {
        if (!probing.current) onTime?.(event.currentTarget.currentTime);
      }}
    />
  );
}

/** Where each part starts in the answer: the parts play one after another. */
function offsets(parts: readonly PlayablePart[]): number[] {
  let at = 0;
  return parts.map((part) => {
    const start = at;
    at += (part.durationMs ?? 0) / 1000;
    return start;
  });
}

/**
 * A spoken answer played back: its parts in order, what the transcriber heard with the word being said
 * marked (a word seeks to it), and coaches' comments at their moments (a comment seeks to it).
 * `children` gets the moment being played, in seconds into the answer, for a form that comments there.
 */
export function SpokenAnswerPlayer({
  parts,
  comments,
  commentAction,
  children,
}: {
  parts: readonly PlayablePart[];
  comments: readonly TimedComment[];
  /** What may be done with a comment (taking back one's own), beside it. */
  commentAction?: (comment: TimedComment) => ReactNode;
  children?: (now: number) => ReactNode;
}) {
  const players = useRef<(HTMLAudioElement | null)[]>([]);
  const [now, setNow] = useState(0);
  const starts = offsets(parts);
  if (!parts.some((part) => part.audioUrl) && !comments.length) return null;

  /** Plays from `seconds` into the answer: the part holding that moment, at its place. */
  function seek(seconds: number) {
    const index = starts.reduce((found, start, i) => (start <= seconds ? i : found), 0);
    const player = players.current[index];
    if (!player) return;
    player.currentTime = seconds - starts[index];
    setNow(seconds);
    void player.play().catch(() => undefined);
  }

  const words = parts.flatMap((part, i) =>
    (part.transcript?.words ?? []).map((w) => ({ ...w, at: starts[i] + w.start, end: starts[i] + w.end })),
  );
  return (
    <Stack spacing={1.5} component="section" aria-label="The recording">
      <Typography variant="subtitle2" component="h3">
        The recording
      </Typography>
      {parts.map((part, i) =>
        part.audioUrl ? (
          <Stack key={part.id} direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            {parts.length > 1 && <Typography variant="body2">Part {part.part}</Typography>}
            <RecordingAudio
              ref={(element) => {
                players.current[i] = element;
              }}
              src={part.audioUrl}
              label={`Recording, part ${part.part}`}
              onTime={(seconds) => setNow(starts[i] + seconds)}
            />
          </Stack>
        ) : (
          <Typography key={part.id} variant="body2" color="text.secondary">
            Part {part.part}: the audio was deleted (the school keeps recordings for a limited time).
          </Typography>
        ),
      )}
      {words.length > 0 && (
        <Box aria-label="What was heard, as it was said" sx={{ lineHeight: 2 }}>
          {words.map((word, i) => {
            const current = now >= word.at && now < word.end;
            return (
              <Box
                key={i}
                component="button"
                type="button"
                onClick={() => seek(word.at)}
                aria-current={current ? 'true' : undefined}
                title={`Play from ${clock(word.at)}`}
                sx={{
                  font: 'inherit',
                  color: 'inherit',
                  border: 0,
                  px: 0.25,
                  mr: 0.25,
                  borderRadius: 0.5,
                  cursor: 'pointer',
                  bgcolor: current ? 'primary.main' : 'transparent',
                  ...(current && { color: 'primary.contrastText' }),
                }}
              >
                {word.word}
              </Box>
            );
          })}
        </Box>
      )}
      {comments.length > 0 && (
        <List dense aria-label="Comments on the recording" disablePadding>
          {comments.map((comment) => (
            <ListItem key={comment.id} disableGutters alignItems="flex-start" secondaryAction={commentAction?.(comment)}>
              <Button
                size="small"
                onClick={() => seek(comment.atSeconds)}
                sx={{ minWidth: 56, mr: 1 }}
                aria-label={`Play from ${clock(comment.atSeconds)}`}
              >
                {clock(comment.atSeconds)}
              </Button>
              <ListItemText primary={comment.body} secondary={comment.authorName ?? 'A former coach'} />
            </ListItem>
          ))}
        </List>
      )}
      {children?.(now)}
    </Stack>
  );
}
