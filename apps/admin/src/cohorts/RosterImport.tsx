import { useState, type ChangeEvent } from 'react';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { IMPORT_ROSTER } from './queries';
import { useAction } from '../forms/useAction';

interface RosterResult {
  imported: boolean;
  created: number;
  existing: number;
  emailed: number;
  errors: { line: number; message: string }[];
  invitationLinks: { name: string; email: string; url: string }[];
}

/**
 * A roster CSV (name, email): checked first with a dry run that writes nothing and lists every bad row;
 * the import itself is offered only for a file that checked clean, exactly as checked.
 */
export function RosterImport({ cohortId }: { cohortId: string }) {
  const [csv, setCsv] = useState('');
  const [checked, setChecked] = useState<{ csv: string; result: RosterResult } | null>(null);
  const [imported, setImported] = useState<RosterResult | null>(null);
  const { run, busy } = useAction();

  const send = (dryRun: boolean) =>
    run<{ importCohortRoster: RosterResult }>(IMPORT_ROSTER, { cohortId, input: { csv, mode: 'ALL_OR_NOTHING' }, dryRun });

  async function check() {
    setImported(null);
    const data = await send(true);
    if (data) setChecked({ csv, result: data.importCohortRoster });
  }

  async function importFile() {
    const data = await send(false);
    if (!data) return;
    setChecked(null);
    if (data.importCohortRoster.imported) {
      setImported(data.importCohortRoster);
      setCsv('');
    } else setChecked({ csv, result: data.importCohortRoster });
  }

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
    setChecked(null);
  }

  const report = checked?.csv === csv ? checked.result : null;
  const clean = report && !report.errors.length;

  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Typography variant="body2">
        A CSV file with the columns <strong>name</strong> and <strong>email</strong>. Everyone becomes a candidate of this cohort;
        people new to the organization are invited. Nothing is written until the file checks clean.
      </Typography>
      <Box>
        <Button variant="outlined" component="label">
          Choose a CSV file
          <input hidden type="file" accept=".csv,text/csv" onChange={readFile} aria-label="Roster CSV file" />
        </Button>
      </Box>
      <TextField
        label="Roster CSV"
        multiline
        minRows={4}
        value={csv}
        onChange={(event) => setCsv(event.target.value)}
        placeholder={'name,email\nAda Lovelace,ada@example.org'}
        slotProps={{ htmlInput: { spellCheck: false } }}
        fullWidth
      />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button variant="outlined" onClick={check} disabled={busy || !csv.trim()}>
          Check file
        </Button>
        <Button variant="contained" onClick={importFile} disabled={busy || !clean}>
          {clean ? `Import ${report.created + report.existing} people` : 'Import'}
        </Button>
      </Box>
      {report && clean && (
        <Alert severity="info" role="status">
          The file is ready: {report.created} new {report.created === 1 ? 'person' : 'people'} to invite, {report.existing}{' '}
          already in the organization. Nothing has been written yet.
        </Alert>
      )}
      {report && !clean && (
        <Box role="region" aria-label="Rows to fix">
          <Alert severity="error">
            {report.errors.length} {report.errors.length === 1 ? 'row needs' : 'rows need'} fixing before anything is imported.
            Nothing has been written.
          </Alert>
          <Table size="small" aria-label="Rows to fix">
            <TableHead>
              <TableRow>
                <TableCell>Line</TableCell>
                <TableCell>Problem</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.errors.map((error) => (
                <TableRow key={error.line}>
                  <TableCell>{error.line}</TableCell>
                  <TableCell>{error.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {imported && (
        <Alert severity="success" role="status">
          Imported: {imported.created} invited, {imported.existing} already members
          {imported.emailed ? `, ${imported.emailed} invitations e-mailed` : ''}.
          {imported.invitationLinks.length > 0 && ' No mail server is set: hand these links over yourself.'}
        </Alert>
      )}
      {imported && imported.invitationLinks.length > 0 && (
        <Table size="small" aria-label="Invitation links">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Invitation link</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {imported.invitationLinks.map((link) => (
              <TableRow key={link.email}>
                <TableCell>
                  {link.name} ({link.email})
                </TableCell>
                <TableCell>
                  <Button size="small" onClick={() => navigator.clipboard?.writeText(link.url)}>
                    Copy link
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
