import { Box, Typography } from '@mui/material';
import { CreateButton, useResourceContext, useResourceDefinition } from 'react-admin';

/** What a list says when it has nothing yet, with the way to add the first one when the list offers it. */
export function Empty({ what }: { what: string }) {
  const resource = useResourceContext();
  const { hasCreate } = useResourceDefinition({ resource });
  return (
    <Box sx={{ p: 3, textAlign: 'center' }}>
      <Typography variant="body1" gutterBottom>
        No {what} yet.
      </Typography>
      {hasCreate && <CreateButton variant="outlined" />}
    </Box>
  );
}
