import type { ReactNode } from 'react';
import { Box, Card, CardContent, Container, Stack, Typography } from '@mui/material';
import { Brand } from '../layout/Brand';

/** The signed-out pages' frame: the brand, then one centred card with a title. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Container component="main" maxWidth="xs" sx={{ py: { xs: 4, sm: 8 } }}>
      <Stack spacing={3}>
        <Box sx={{ textAlign: 'center' }}>
          <Brand size="large" />
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            Practise interviews, get feedback you can act on, and see yourself improve.
          </Typography>
        </Box>
        <Card>
          <CardContent sx={{ p: { xs: 2.5, sm: 4 } }}>
            <Typography variant="h1" sx={{ fontSize: '1.6rem', mb: 2 }}>
              {title}
            </Typography>
            {children}
          </CardContent>
        </Card>
      </Stack>
    </Container>
  );
}
