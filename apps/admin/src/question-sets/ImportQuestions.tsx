import UploadIcon from '@mui/icons-material/Upload';
import {
  Alert,
  AlertTitle,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Button, useNotify, useRefresh } from 'react-admin';
import { graphql } from '../graphql';

const IMPORT = `mutation ($setId: ID!, $input: CsvImportInput!) {
  importQuestions(questionSetId: $setId, input: $input) { imported created errors { line message } }
}`;

interface ImportResult {
  imported: boolean;
  created: number;
  errors: { line: number; message: string }[];
}

/**
 * CSV import into a set. The first try is all-or-nothing, so a file with bad rows writes nothing and
 * its per-row errors are shown: fix the file and choose it again, or import only the good rows.
 */
export function ImportQuestions({ setId }: { setId: string }) {
  const notify = useNotify();
  const refresh = useRefresh();
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [pending, setPending] = useState(false);

  async function send(csv: string, mode: 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY') {
    setPending(true);
    try {
      const { importQuestions } = await graphql<{ importQuestions: ImportResult }>(IMPORT, { setId, input: { csv, mode } });
      if (importQuestions.imported) {
        notify(`Imported ${importQuestions.created} question${importQuestions.created === 1 ? '' : 's'}`, { type: 'success' });
        close();
        refresh();
      } else {
        setResult(importQuestions);
      }
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  }

  async function chosen(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.target.files?.[0];
    event.target.value = '';
    if (!picked) return;
    const csv = await picked.text();
    setFile({ name: picked.name, csv });
    setResult(null);
    await send(csv, 'ALL_OR_NOTHING');
  }

  function close() {
    setFile(null);
    setResult(null);
  }

  return (
    <>
      <input ref={input} type="file" accept=".csv,text/csv" hidden onChange={chosen} aria-label="CSV file to import" />
      <Button label="Import CSV" onClick={() => input.current?.click()} disabled={pending} variant="outlined">
        <UploadIcon />
      </Button>
      <Dialog open={Boolean(result)} onClose={close} aria-labelledby={titleId} maxWidth="md" fullWidth>
        <DialogTitle id={titleId}>Nothing imported from {file?.name}</DialogTitle>
        <DialogContent>
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            <AlertTitle>
              {result?.errors.length} row{result?.errors.length === 1 ? '' : 's'} cannot be imported
            </AlertTitle>
            Fix them in the file and choose it again, or import only the other rows.
          </Alert>
          <Table size="small" aria-label="Rows with errors">
            <TableHead>
              <TableRow>
                <TableCell>Line</TableCell>
                <TableCell>Problem</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result?.errors.map((e) => (
                <TableRow key={e.line}>
                  <TableCell>{e.line}</TableCell>
                  <TableCell>{e.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Typography variant="body2" sx={{ mt: 2 }}>
            Columns: prompt, type (required); difficulty, competencies, talking points, follow ups (separated by ";"), time limit
            seconds.
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button label="Cancel" onClick={close} />
          <Button label="Choose another file" onClick={() => input.current?.click()} disabled={pending} />
          <Button
            label="Import the other rows"
            onClick={() => file && send(file.csv, 'VALID_ROWS_ONLY')}
            disabled={pending}
            variant="contained"
          />
        </DialogActions>
      </Dialog>
    </>
  );
}
