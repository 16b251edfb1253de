import { useState } from 'react';
import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useNotify } from 'react-admin';
import { saveDownload } from '@mockint/web-graphql';
import { session } from '../graphql';

/** Downloads the cohort's readiness as a spreadsheet (GET /exports/cohorts/<id>/readiness.csv). */
export function CsvButton({ cohortId }: { cohortId: string }) {
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  const download = async () => {
    setPending(true);
    try {
      await saveDownload(await session.token(), `/exports/cohorts/${cohortId}/readiness.csv`, 'cohort-readiness.csv');
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void download()} disabled={pending}>
      Download CSV
    </Button>
  );
}
