import type { ElementType, ReactNode } from 'react';
import {
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';

/** One figure to read at a glance, with what it means underneath; its label is a heading (`heading`, h3 by default). */
export const StatCard = ({
  label,
  value,
  detail,
  heading = 'h3',
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  heading?: ElementType;
}) => (
  <Card variant="outlined" component="section" aria-label={label} sx={{ height: '100%' }}>
    <CardContent>
      <Typography variant="subtitle2" component={heading} color="text.secondary">
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
  <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))' }}>{children}</Box>
);

/**
 * A small read-only table of figures (a chart's data, a list of counts). `label` makes it a focusable,
 * named region: on a phone a wide table scrolls sideways, and the keyboard must reach it.
 */
export const FigureTable = ({
  caption,
  head,
  rows,
  label,
}: {
  caption: string;
  head: string[];
  rows: ReactNode[][];
  label?: string;
}) => (
  <TableContainer {...(label && { tabIndex: 0, role: 'region', 'aria-label': label })}>
    <Table size="small">
      <caption style={{ captionSide: 'top', textAlign: 'left', padding: '4px 0' }}>{caption}</caption>
      <TableHead>
        <TableRow>
          {head.map((h, i) => (
            <TableCell key={h} align={i === 0 ? 'left' : 'right'}>
              {h}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(([first, ...rest], r) => (
          <TableRow key={r}>
            <TableCell component="th" scope="row">
              {first}
            </TableCell>
            {rest.map((cell, c) => (
              <TableCell key={c} align="right">
                {cell}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </TableContainer>
);
