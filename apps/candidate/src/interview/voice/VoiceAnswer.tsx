import { useEffect, useState } from 'react';
import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import MicIcon from '@mui/icons-material/MicNoneOutlined';
import StopIcon from '@mui/icons-material/Stop';
import { useApiQuery } from '../../useApi';
import { ME } from '../../layout/me';
import { clock } from '../Countdown';
import { ConsentDialog } from './ConsentDialog';
import { LevelMeter } from './LevelMeter';
import { voiceConsent } from './consent';
import { useRecorder } from './useRecorder';

interface Props {
  sessionQuestionId: string;
  /** The longest take the API accepts for this question. */
  maxMs: number;
  /** Parts already recorded: another take adds a part. */
  parts: number;
  /** Before a take starts (the typed draft is saved first). */
  onStarting: () => Promise<void>;
  onRecording: (recording: boolean) => void;
  /** The take is uploaded and finished. */
  onFinished: (answerId: string) => void;
  /** Set by the question when the time runs out: the take is stopped and finished. */
  stopSignal: boolean;
  /** A transcript is being written: no new take until it is in. */
  busy: boolean;
}

/** "Answer by voice": consent the first time, then the take with its elapsed time, level meter and Stop. */
export function VoiceAnswer({ sessionQuestionId, maxMs, parts, onStarting, onRecording, onFinished, stopSignal, busy }: Props) {
  const personId = useApiQuery(ME).data?.me.id;
  const [asking, setAsking] = useState(false);
  const { state, level, retrying, start, stop } = useRecorder(sessionQuestionId, { maxMs });
  const [now, setNow] = useState(Date.now());
  const recording = state.kind === 'recording';

  useEffect(
    () => onRecording(state.kind === 'recording' || state.kind === 'starting' || state.kind === 'finishing'),
    [state.kind],
  );
  useEffect(() => {
    if (!recording) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [recording]);
  useEffect(() => {
    if (stopSignal && recording) void finish();
  }, [stopSignal, recording]);

  async function begin() {
    await onStarting();
    await start();
  }

  async function finish() {
    const answerId = await stop();
    if (answerId) onFinished(answerId);
  }

  function answerByVoice() {
    if (personId && voiceConsent.given(personId)) void begin();
    else setAsking(true);
  }

  return (
    <>
      {recording ? (
        <Paper variant="outlined" sx={{ p: 2, borderColor: 'error.main' }}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
            <Typography role="timer" sx={{ fontWeight: 600, color: 'error.main', minWidth: 130 }}>
              ● Recording {clock(Math.max(0, Math.floor((now - state.startedAt) / 1000)))}
            </Typography>
            <LevelMeter level={level} />
            <Button variant="contained" color="error" startIcon={<StopIcon />} onClick={() => void finish()}>
              Stop recording
            </Button>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            Take your time: pauses do not end the recording. It is uploaded as you speak; if the page reloads, what was recorded
            is kept and recording again adds a new part.
          </Typography>
        </Paper>
      ) : (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Button
            variant="outlined"
            startIcon={<MicIcon />}
            onClick={answerByVoice}
            disabled={busy || state.kind === 'starting' || state.kind === 'finishing' || stopSignal}
          >
            {state.kind === 'starting'
              ? 'Starting the microphone…'
              : state.kind === 'finishing'
                ? 'Saving the recording…'
                : parts
                  ? 'Record another part'
                  : 'Answer by voice'}
          </Button>
          <Typography variant="body2" color="text.secondary">
            or type below
          </Typography>
        </Stack>
      )}
      {retrying && (
        <Alert severity="warning">The connection dropped: the recording is kept here and uploads when it is back…</Alert>
      )}
      {state.kind === 'failed' && (
        <Alert severity="error" role="alert">
          {state.message}
        </Alert>
      )}
      <ConsentDialog
        open={asking}
        onAgree={() => {
          if (personId) voiceConsent.give(personId);
          setAsking(false);
          void begin();
        }}
        onDecline={() => setAsking(false)}
      />
    </>
  );
}
