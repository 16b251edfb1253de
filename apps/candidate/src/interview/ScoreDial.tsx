import { Box, CircularProgress, Typography } from '@mui/material';

/** A 0..100 score as a ring with the number inside: green when strong, amber in between, red when weak. */
export function ScoreDial({ score, size = 88 }: { score: number; size?: number }) {
  const color = score >= 70 ? 'success' : score >= 45 ? 'warning' : 'error';
  return (
    <Box sx={{ position: 'relative', display: 'inline-flex', flexShrink: 0 }} aria-hidden>
      <CircularProgress variant="determinate" value={100} size={size} thickness={5} sx={{ color: 'action.hover' }} />
      <CircularProgress
        variant="determinate"
        value={score}
        size={size}
        thickness={5}
        color={color}
        sx={{ position: 'absolute', left: 0 }}
      />
      <Box sx={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <Typography sx={{ fontWeight: 800, fontSize: size / 3.2 }}>{score}</Typography>
      </Box>
    </Box>
  );
}
