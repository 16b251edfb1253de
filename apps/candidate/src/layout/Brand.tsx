import { Stack, Typography } from '@mui/material';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';

/** The product's name and mark. */
export function Brand({ size = 'small' }: { size?: 'small' | 'large' }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: size === 'large' ? 'center' : 'flex-start' }}>
      <RecordVoiceOverIcon color="primary" fontSize={size === 'large' ? 'large' : 'medium'} aria-hidden />
      <Typography
        component="span"
        sx={{ fontWeight: 800, fontSize: size === 'large' ? '1.75rem' : '1.2rem', letterSpacing: '-0.02em' }}
      >
        Mockint
      </Typography>
    </Stack>
  );
}
