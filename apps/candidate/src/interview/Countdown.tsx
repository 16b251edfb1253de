import { useEffect, useRef, useState } from 'react';
import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import TimerIcon from '@mui/icons-material/TimerOutlined';
import { visuallyHidden } from '@mui/utils';

export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Seconds left at which a screen reader hears how long remains. */
const MILESTONES = [60, 30, 10];

const milestoneText = (left: number) => (left >= 60 ? `${left / 60} minute left` : `${left} seconds left`);

/**
 * The answer's countdown from `start` (ms since the epoch) over `limitSeconds`: a bar and the time left,
 * milestones announced to screen readers (the ticking itself is not), and `onTimeUp` once at zero.
 */
export function Countdown({
  start,
  limitSeconds,
  label,
  onTimeUp,
}: {
  start: number;
  limitSeconds: number;
  /** What is counted down, when not the answer's time. */
  label?: string;
  onTimeUp?: () => void;
}) {
  const [elapsed, setElapsed] = useState(() => Math.max(0, Math.floor((Date.now() - start) / 1000)));
  const [announcement, setAnnouncement] = useState('');
  const timeUp = useRef(onTimeUp);
  timeUp.current = onTimeUp;
  const fired = useRef(elapsed >= limitSeconds);

  useEffect(() => {
    const tick = () => {
      const now = Math.max(0, Math.floor((Date.now() - start) / 1000));
      setElapsed(now);
      const left = limitSeconds - now;
      if (MILESTONES.includes(left)) setAnnouncement(`${label ? `${label}: ` : ''}${milestoneText(left)}`);
      if (left <= 0 && !fired.current) {
        fired.current = true;
        setAnnouncement(label ? `${label} is over` : 'Time is up');
        timeUp.current?.();
      }
    };
    const interval = setInterval(tick, 1000);
    return () => clearInterval(interval);
  }, [start, limitSeconds, label]);

  const left = limitSeconds - elapsed;
  const over = left < 0;
  const color = over ? 'error' : left <= 30 ? 'warning' : 'primary';
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
        <TimerIcon fontSize="small" color={color} aria-hidden />
        <Typography
          role="timer"
          aria-live="off"
          sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}
          color={over ? 'error' : 'text.primary'}
        >
          {label && `${label}: `}
          {over ? `${clock(-left)} over the ${clock(limitSeconds)} limit` : `${clock(left)} left of ${clock(limitSeconds)}`}
        </Typography>
      </Stack>
      <LinearProgress
        variant="determinate"
        color={color}
        value={Math.min(100, (elapsed / limitSeconds) * 100)}
        aria-label={label ? `${label} used` : 'Time used'}
        sx={{ height: 6, borderRadius: 3 }}
      />
      <Box aria-live="assertive" sx={visuallyHidden}>
        {announcement}
      </Box>
    </Box>
  );
}
