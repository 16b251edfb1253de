import CasinoIcon from '@mui/icons-material/Casino';
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import { graphql } from '../graphql';
import { Section } from '../content/Section';
import { QUESTION_TYPES } from '../questions/choices';

const PREVIEW = `query ($id: ID!) { previewTemplateDraw(id: $id) { position timeLimitSeconds question { id prompt type } } }`;

interface Drawn {
  position: number;
  timeLimitSeconds: number;
  question: { id: string; prompt: string; type: string };
}

const typeName = (type: string) => QUESTION_TYPES.find((t) => t.id === type)?.name ?? type;

/** One draw of the saved template, as a sitting starting now could get it; nothing is saved. */
export function DrawPreview() {
  const template = useRecordContext<{ id: string }>();
  const [drawn, setDrawn] = useState<Drawn[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (!template) return null;

  async function draw() {
    setPending(true);
    setError(null);
    try {
      setDrawn((await graphql<{ previewTemplateDraw: Drawn[] }>(PREVIEW, { id: template!.id })).previewTemplateDraw);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <Section title="Preview a draw">
      <Typography variant="body2" sx={{ mb: 1 }}>
        The questions one sitting of the saved template could get. Random ones change with each draw.
      </Typography>
      <Button label={drawn ? 'Draw again' : 'Preview a draw'} onClick={draw} disabled={pending} variant="outlined">
        <CasinoIcon />
      </Button>
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      {drawn && (
        <Table size="small" aria-label="Drawn questions" sx={{ mt: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell>#</TableCell>
              <TableCell>Question</TableCell>
              <TableCell>Type</TableCell>
              <TableCell align="right">Seconds</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {drawn.map((d) => (
              <TableRow key={d.position}>
                <TableCell>{d.position + 1}</TableCell>
                <TableCell>{d.question.prompt}</TableCell>
                <TableCell>{typeName(d.question.type)}</TableCell>
                <TableCell align="right">{d.timeLimitSeconds}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
