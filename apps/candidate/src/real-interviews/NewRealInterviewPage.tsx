import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { useApiMutation } from '../useApi';
import { LOG_REAL_INTERVIEW, REAL_INTERVIEWS } from './operations';
import { emptyDraft, RealInterviewForm } from './RealInterviewForm';

/** Logging a real interview; then its page. */
export function NewRealInterviewPage() {
  const navigate = useNavigate();
  const log = useApiMutation(LOG_REAL_INTERVIEW, [REAL_INTERVIEWS]);
  return (
    <Stack spacing={3} sx={{ maxWidth: 900 }}>
      <Typography variant="h1">Log a real interview</Typography>
      <Card>
        <CardContent>
          <RealInterviewForm
            initial={emptyDraft()}
            submitLabel="Save interview"
            onSubmit={async (input) => {
              const { logRealInterview } = await log.mutateAsync({ input });
              navigate(`/real-interviews/${logRealInterview.id}`, { replace: true });
            }}
            onCancel={() => navigate('/real-interviews')}
          />
        </CardContent>
      </Card>
    </Stack>
  );
}
