import { useId, type ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { FigureTable } from '@mockint/web-theme';

/**
 * A chart with its heading and its text alternatives: a sentence saying what it shows (also the chart's
 * accessible name) and the same figures as a table, folded away, for a screen reader or a closer look.
 */
export function ChartCard({
  title,
  summary,
  chart,
  table,
}: {
  title: string;
  summary: string;
  chart: ReactNode;
  table: { head: string[]; rows: ReactNode[][] };
}) {
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} sx={{ height: '100%', minWidth: 0 }}>
      <CardContent>
        <Typography variant="h2" id={id} sx={{ fontSize: '1.1rem' }}>
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {summary}
        </Typography>
        <Box role="img" aria-label={`${title}. ${summary}`} sx={{ minWidth: 0 }}>
          {chart}
        </Box>
        <Box component="details" sx={{ '& summary': { cursor: 'pointer', color: 'primary.main' } }}>
          <Typography component="summary" variant="body2">
            Show the figures as a table
          </Typography>
          <FigureTable caption={title} label={`${title}: figures`} {...table} />
        </Box>
      </CardContent>
    </Card>
  );
}
