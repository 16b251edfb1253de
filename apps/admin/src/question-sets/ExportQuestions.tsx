import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, defaultExporter, useDataProvider, useNotify, type RaRecord } from 'react-admin';

/** The API's page size limit: a set is read page by page. */
const PAGE = 100;

interface Question extends RaRecord {
  prompt: string;
  type: string;
  difficulty: string;
  competencies: string[];
  talkingPoints: string[];
  followUps: string[];
  timeLimitSeconds: number;
}

/**
 * The set's questions as a CSV in the import's own columns (lists joined by ";"), so an export can be
 * edited and imported again. react-admin's exporter writes and downloads it.
 */
export function ExportQuestions({ setId, setName }: { setId: string; setName: string }) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const [pending, setPending] = useState(false);

  async function exportSet() {
    setPending(true);
    try {
      const questions: Question[] = [];
      for (let page = 1; ; page++) {
        const { data, total } = await dataProvider.getList<Question>('questions', {
          filter: { questionSetId: setId },
          sort: { field: 'createdAt', order: 'ASC' },
          pagination: { page, perPage: PAGE },
        });
        questions.push(...data);
        if (!data.length || questions.length >= (total ?? 0)) break;
      }
      const rows = questions.map((q) => ({
        prompt: q.prompt,
        type: q.type,
        difficulty: q.difficulty,
        competencies: q.competencies.join('; '),
        talkingPoints: q.talkingPoints.join('; '),
        followUps: q.followUps.join('; '),
        timeLimitSeconds: q.timeLimitSeconds,
      }));
      await defaultExporter(rows, () => Promise.resolve({}), dataProvider, setName);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  }

  return (
    <Button label="Export CSV" onClick={exportSet} disabled={pending} variant="outlined">
      <DownloadIcon />
    </Button>
  );
}
