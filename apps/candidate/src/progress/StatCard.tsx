import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';

/** One headline figure, with what it means underneath. */
export const StatCard = ({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) => (
  <Card component="section" aria-label={label} sx={{ height: '100%' }}>
    <CardContent>
      <Typography variant="subtitle2" component="h2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="p" sx={{ fontSize: '1.9rem', fontWeight: 700, lineHeight: 1.3 }}>
        {value}
      </Typography>
      {detail && (
        <Typography variant="body2" color="text.secondary">
          {detail}
        </Typography>
      )}
    </CardContent>
  </Card>
);

/** Stat cards side by side on a laptop, two by two on a phone. */
export const StatRow = ({ children }: { children: ReactNode }) => (
  <Box
    sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' } }}
  >
    {children}
  </Box>
);
