import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Stack, Typography } from '@mui/material';
import MicIcon from '@mui/icons-material/MicNoneOutlined';
import { errorMessage } from '../../graphql';
import { LevelMeter } from './LevelMeter';
import { openMicrophone, stopStream, watchLevel } from './levels';

/** How long the test listens. */
const LISTEN_MS = 4000;
/** Above the noise floor of a quiet room: someone is speaking. */
const HEARD = 0.02;

type Result =
  { kind: 'idle' } | { kind: 'listening' } | { kind: 'heard' } | { kind: 'silent' } | { kind: 'failed'; message: string };

/** The pre-session check: a few seconds of listening with a level meter, and what was heard. */
export function MicrophoneTest({ onHeard }: { onHeard: () => void }) {
  const [result, setResult] = useState<Result>({ kind: 'idle' });
  const [level, setLevel] = useState(0);
  const release = useRef<() => void>(undefined);

  useEffect(() => () => release.current?.(), []);

  async function test() {
    setResult({ kind: 'listening' });
    try {
      const stream = await openMicrophone();
      let loudest = 0;
      const stopMeter = watchLevel(stream, (value) => {
        loudest = Math.max(loudest, value);
        setLevel(value);
      });
      release.current = () => {
        stopMeter();
        stopStream(stream);
      };
      await new Promise((resolve) => setTimeout(resolve, LISTEN_MS));
      release.current();
      release.current = undefined;
      setLevel(0);
      setResult({ kind: loudest > HEARD ? 'heard' : 'silent' });
      if (loudest > HEARD) onHeard();
    } catch (error) {
      setResult({ kind: 'failed', message: errorMessage(error) });
    }
  }

  return (
    <Stack spacing={1.5}>
      <Typography sx={{ fontWeight: 600 }}>Answering by voice?</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="outlined" startIcon={<MicIcon />} onClick={() => void test()} disabled={result.kind === 'listening'}>
          {result.kind === 'listening' ? 'Listening… say something' : 'Test your microphone'}
        </Button>
        {result.kind === 'listening' && <LevelMeter level={level} />}
      </Stack>
      <div role="status">
        {result.kind === 'heard' && <Alert severity="success">We can hear you.</Alert>}
        {result.kind === 'silent' && (
          <Alert severity="warning">
            No sound: check your microphone (plugged in, not muted, chosen in the browser), then test again.
          </Alert>
        )}
        {result.kind === 'failed' && <Alert severity="error">{result.message}</Alert>}
      </div>
    </Stack>
  );
}
