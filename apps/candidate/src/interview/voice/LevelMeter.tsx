import { LinearProgress } from '@mui/material';

/** Speech reads about 0.3 RMS: the bar is full from there. */
const FULL = 0.3;

/** The microphone's level as a bar: a whole percentage for assistive technology (a tiny float would read as 2e-20), the reading itself in data-level. */
export function LevelMeter({ level, label = 'Microphone level' }: { level: number; label?: string }) {
  return (
    <LinearProgress
      variant="determinate"
      value={Number.isFinite(level) ? Math.round(Math.min(100, (level / FULL) * 100)) : 0}
      aria-label={label}
      data-level={level.toFixed(3)}
      sx={{ height: 10, borderRadius: 5, flex: 1, minWidth: 120, '& .MuiLinearProgress-bar': { transition: 'none' } }}
    />
  );
}
