import type { ReactNode } from 'react';
import { Card, CardContent, Typography } from '@mui/material';

/** One figure to read at a glance, with what it means underneath. */
export const StatCard = ({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) => (
  <Card variant="outlined" component="section" aria-label={label} sx={{ height: '100%' }}>
    <CardContent>
      <Typography variant="subtitle2" component="h3" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h4" component="p" sx={{ fontWeight: 600 }}>
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
  <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))' }}>{children}</div>
);
