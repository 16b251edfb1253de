import { Stack, Typography } from '@mui/material';
import { RecordingAudio } from '@mockint/web-theme';
import type { RecordedPart } from './operations';

/** The answer's recorded parts, playable in order. */
export function RecordedParts({ parts }: { parts: RecordedPart[] }) {
  const playable = parts.flatMap(({ id, part, audioUrl }) => (audioUrl ? [{ id, part, audioUrl }] : []));
  if (!playable.length) return null;
  return (
    <Stack spacing={1} component="section" aria-label="Your recording">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        Your recording
      </Typography>
      {playable.map((part) => (
        <Stack key={part.id} direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          {playable.length > 1 && <Typography variant="body2">Part {part.part}</Typography>}
          <RecordingAudio src={part.audioUrl} label={`Recording, part ${part.part}`} />
        </Stack>
      ))}
    </Stack>
  );
}
