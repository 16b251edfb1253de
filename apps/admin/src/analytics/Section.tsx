import { useId, type ReactNode } from 'react';
import { Box, Paper, Typography } from '@mui/material';
import { FigureTable } from '@mockint/web-theme';

/** A titled panel of a dashboard; `actions` sit at the right of the title. */
export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} variant="outlined" sx={{ p: 2, minWidth: 0 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1 }}>
        <Typography variant="h6" component="h2" id={id}>
          {title}
        </Typography>
        {actions}
      </Box>
      {children}
    </Paper>
  );
}

/** Shared with the candidate app's progress screen. */
export { FigureTable } from '@mockint/web-theme';

/**
 * A chart with its text alternatives: a sentence that says what it shows (also the chart's accessible
 * name), and the same figures as a table a screen reader or a keyboard user can open.
 */
export function ChartSection({
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
  return (
    <Section title={title}>
      <Typography variant="body2" color="text.secondary">
        {summary}
      </Typography>
      <Box role="img" aria-label={`${title}. ${summary}`}>
        {chart}
      </Box>
      <details>
        <summary style={{ cursor: 'pointer' }}>Show the figures as a table</summary>
        <FigureTable caption={title} {...table} />
      </details>
    </Section>
  );
}

/** Text for screen readers only (what a colour or a dash says to sighted people). */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** A chip whose label wraps on a narrow screen instead of being cut off. */
export const WRAPPING_CHIP = { height: 'auto', maxWidth: '100%', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.5 } };
