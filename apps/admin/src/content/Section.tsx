import { Box, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

/** A titled part of a page under its form (a set's questions, a rubric's versions), named by its heading. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Box component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography id={id} variant="h6" component="h2">
        {title}
      </Typography>
      {children}
    </Box>
  );
}
