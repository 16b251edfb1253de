import { useEffect, useRef, useState } from 'react';
import { Box, Paper, Stack, Typography } from '@mui/material';
import { keyframes } from '@mui/material/styles';
import { clock } from './Countdown';

/** One paced-breathing cycle: in for 4 s, hold for 4 s, out for 6 s. */
const PHASES = [
  { label: 'Breathe in', seconds: 4 },
  { label: 'Hold', seconds: 4 },
  { label: 'Breathe out', seconds: 6 },
] as const;
const CYCLE = PHASES.reduce((sum, p) => sum + p.seconds, 0);

const breathe = keyframes`
  0% { transform: scale(0.6); }
  ${(4 / CYCLE) * 100}% { transform: scale(1); }
  ${(8 / CYCLE) * 100}% { transform: scale(1); }
  100% { transform: scale(0.6); }
`;

function phaseAt(second: number) {
  let t = second % CYCLE;
  for (const phase of PHASES) {
    if (t < phase.seconds) return phase.label;
    t -= phase.seconds;
  }
  return PHASES[0].label;
}

/**
 * The minutes before the first question of a realistic sitting, as in a real interview's waiting room,
 * with a paced-breathing guide; `onDone` when the server's wait is over.
 */
export function WaitingRoom({ secondsLeft, onDone }: { secondsLeft: number; onDone: () => void }) {
  const [until] = useState(() => Date.now() + secondsLeft * 1000);
  const [left, setLeft] = useState(secondsLeft);
  const done = useRef(false);

  useEffect(() => {
    const tick = () => {
      const now = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      setLeft(now);
      if (now === 0 && !done.current) {
        done.current = true;
        onDone();
      }
    };
    const interval = setInterval(tick, 250);
    return () => clearInterval(interval);
  }, [until]);

  const elapsed = secondsLeft - left;
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center' }}>
      <Stack spacing={3} sx={{ alignItems: 'center' }}>
        <Typography variant="h2">Waiting room</Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 520 }}>
          Your interviewer will be with you shortly, just like before a real interview. Settle in, and breathe with the circle.
        </Typography>
        <Box
          aria-hidden
          sx={{
            width: 160,
            height: 160,
            borderRadius: '50%',
            bgcolor: 'primary.main',
            opacity: 0.25,
            animation: `${breathe} ${CYCLE}s ease-in-out infinite`,
            '@media (prefers-reduced-motion: reduce)': { animation: 'none' },
          }}
        />
        <Typography sx={{ fontSize: '1.4rem', fontWeight: 700 }}>{phaseAt(elapsed)}</Typography>
        <Typography role="timer" aria-live="off" color="text.secondary">
          First question in {clock(left)}
        </Typography>
      </Stack>
    </Paper>
  );
}
