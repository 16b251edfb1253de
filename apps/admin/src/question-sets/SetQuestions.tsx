import AddIcon from '@mui/icons-material/Add';
import { Stack } from '@mui/material';
import { Button, Pagination, ReferenceManyField, useCreatePath, useRecordContext } from 'react-admin';
import { Link } from 'react-router';
import { Section } from '../content/Section';
import { QuestionColumns } from '../questions';
import { ImportQuestions } from './ImportQuestions';
import { ExportQuestions } from './ExportQuestions';

/** A set's questions under its form: add one, import a CSV, export the set. */
export function SetQuestions() {
  const set = useRecordContext<{ id: string; name: string }>();
  const createPath = useCreatePath();
  if (!set) return null;
  return (
    <Section title="Questions">
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', my: 1 }}>
        <Button
          component={Link}
          to={createPath({ resource: 'questions', type: 'create' })}
          state={{ record: { questionSetId: set.id } }}
          label="Add a question"
          variant="outlined"
        >
          <AddIcon />
        </Button>
        <ImportQuestions setId={set.id} />
        <ExportQuestions setId={set.id} setName={set.name} />
      </Stack>
      <ReferenceManyField reference="questions" target="questionSetId" perPage={25} pagination={<Pagination />}>
        <QuestionColumns />
      </ReferenceManyField>
    </Section>
  );
}
