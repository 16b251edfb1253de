import { useState, type ChangeEvent } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useGetList, useRefresh } from 'react-admin';
import { graphql } from '../graphql';
import { messageOf } from '../apiErrors';
import { InvitationLinks, type LinkToHandOver } from './InvitationLinks';
import { IMPORT_ROSTER } from './queries';

interface RosterResult {
  imported: boolean;
  created: number;
  existing: number;
  emailed: number;
  errors: { line: number; message: string }[];
  invitationLinks: LinkToHandOver[];
}

type Mode = 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY';

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/**
 * Invites many people from a CSV (name, email) as candidates of a cohort: every bad row is listed before
 * anything is written, then the person fixes the file or imports the good rows only.
 */
export function ImportRosterButton() {
  const [open, setOpen] = useState(false);
  const [cohortId, setCohortId] = useState('');
  const [csv, setCsv] = useState('');
  const [checked, setChecked] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [result, setResult] = useState<RosterResult>();
  const refresh = useRefresh();
  const cohorts = useGetList<{ id: string; name: string }>(
    'cohorts',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: open },
  );

  const close = () => {
    setOpen(false);
    setCsv('');
    setChecked(false);
    setResult(undefined);
    setFailure(undefined);
  };

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
    event.target.value = '';
  }

  async function run(mode: Mode) {
    setChecked(true);
    if (!cohortId || !csv.trim()) return;
    setPending(true);
    setFailure(undefined);
    try {
      const { importCohortRoster } = await graphql<{ importCohortRoster: RosterResult }>(IMPORT_ROSTER, {
        cohortId,
        input: { csv, mode },
      });
      setResult(importCohortRoster);
      if (importCohortRoster.imported) refresh();
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setPending(false);
    }
  }

  const done = result?.imported;
  return (
    <>
      <Button size="small" startIcon={<UploadFileIcon />} onClick={() => setOpen(true)}>
        Import CSV
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby="import-title" fullWidth maxWidth="md">
        <DialogTitle id="import-title">Invite candidates from a CSV</DialogTitle>
        <DialogContent>
          {done ? (
            <Stack spacing={2}>
              <Alert severity="success">
                {plural(result.created, 'person', 'people')} invited, {plural(result.existing, 'row')} already here
                {result.emailed ? `, ${plural(result.emailed, 'invitation')} e-mailed` : ''}.
                {result.errors.length ? ` ${plural(result.errors.length, 'row')} left out.` : ''}
              </Alert>
              <InvitationLinks links={result.invitationLinks} />
            </Stack>
          ) : (
            <Stack spacing={2}>
              <DialogContentText>
                A header row, then one person per row: <code>name,email</code>. Everyone joins the cohort as a candidate; people
                new here are invited. Nothing is written while a row has an error.
              </DialogContentText>
              <TextField
                select
                label="Cohort"
                value={cohortId}
                onChange={(e) => setCohortId(e.target.value)}
                error={checked && !cohortId}
                helperText={
                  checked && !cohortId ? 'Choose the cohort they join.' : cohorts.error ? messageOf(cohorts.error) : ' '
                }
                required
                fullWidth
              >
                {(cohorts.data ?? []).map((cohort) => (
                  <MenuItem key={cohort.id} value={cohort.id}>
                    {cohort.name}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                label="CSV"
                value={csv}
                onChange={(e) => setCsv(e.target.value)}
                multiline
                minRows={5}
                maxRows={14}
                error={checked && !csv.trim()}
                helperText={checked && !csv.trim() ? 'Paste the CSV or choose a file.' : ' '}
                required
                fullWidth
                slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
              />
              <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} sx={{ alignSelf: 'flex-start' }}>
                Choose a file
                <input type="file" accept=".csv,text/csv" hidden onChange={(e) => void readFile(e)} />
              </Button>
              {failure && <Alert severity="error">{failure}</Alert>}
              {result && !result.imported && (
                <Alert severity="error" role="alert">
                  Nothing was written: {plural(result.errors.length, 'row')} need fixing. Fix them above and import again, or
                  import the valid rows only.
                </Alert>
              )}
              {result && !result.imported && (
                <Table size="small" aria-label="Rows with errors">
                  <TableHead>
                    <TableRow>
                      <TableCell>Line</TableCell>
                      <TableCell>Problem</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {result.errors.map((error) => (
                      <TableRow key={`${error.line}:${error.message}`}>
                        <TableCell>{error.line}</TableCell>
                        <TableCell>{error.message}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          {done ? (
            <Button onClick={close}>Done</Button>
          ) : (
            <>
              <Button onClick={close}>Cancel</Button>
              {result && !result.imported && (
                <Button onClick={() => void run('VALID_ROWS_ONLY')} disabled={pending}>
                  Import valid rows only
                </Button>
              )}
              <Button variant="contained" onClick={() => void run('ALL_OR_NOTHING')} disabled={pending}>
                {pending ? 'Importing…' : 'Import'}
              </Button>
            </>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
