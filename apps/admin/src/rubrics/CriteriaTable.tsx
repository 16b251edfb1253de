import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { Criterion } from './queries';

/** One version's criteria, read-only: weight and the five level descriptors. */
export const CriteriaTable = ({ criteria, caption }: { criteria: Criterion[]; caption: string }) => (
  // Seven columns scroll sideways on a phone; the region takes focus so a keyboard can scroll it too.
  <Box role="region" aria-label={caption} tabIndex={0} sx={{ overflowX: 'auto', mb: 2 }}>
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>Criterion</TableCell>
          <TableCell align="right">Weight</TableCell>
          {[1, 2, 3, 4, 5].map((level) => (
            <TableCell key={level}>Level {level}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {criteria.map((c) => (
          <TableRow key={c.key ?? c.name}>
            <TableCell component="th" scope="row">
              {c.name}
            </TableCell>
            <TableCell align="right">{c.weight}</TableCell>
            {c.levels.map((text, i) => (
              <TableCell key={i}>{text}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </Box>
);
