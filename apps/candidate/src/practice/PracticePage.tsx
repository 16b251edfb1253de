import { useState } from 'react';
import { FormControlLabel, Grid, Switch, TextField } from '@mui/material';
import { useNavigate, useSearchParams } from 'react-router';
import { graphql, request } from '../graphql';
import type { Difficulty, QuestionType } from '../gql/graphql';
import { useApiQuery } from '../useApi';
import { OpeningForm } from '../interview/OpeningForm';
import { CompanyBriefing } from '../interview/CompanyBriefing';
import { SelectField } from '../forms/SelectField';
import { START_PRACTICE } from '../interview/operations';
import { QUESTION_TYPES } from './questionTypes';

const COMPANIES = graphql(`
  query PracticeCompanies {
    companies(options: { take: 100 }) {
      nodes {
        id
        name
        cultureNotes
        techStack
      }
    }
  }
`);

const DIFFICULTIES: Record<Difficulty, string> = { EASY: 'Easy', MEDIUM: 'Medium', HARD: 'Hard' };

/** Free practice: random questions with filters, or the recommended mix favouring weak areas. */
export function PracticePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [recommended, setRecommended] = useState(params.get('recommended') === '1');
  const [companyId, setCompanyId] = useState('');
  const companies = useApiQuery(COMPANIES).data?.companies.nodes ?? [];
  const company = companies.find((c) => c.id === companyId);

  return (
    <OpeningForm
      title="Free practice"
      realistic={false}
      briefing={company && <CompanyBriefing companies={[company]} />}
      onStart={async (opening, form) => {
        const optional = (name: string) => (form.get(name) ? String(form.get(name)) : undefined);
        const { startPractice } = await request(START_PRACTICE, {
          input: {
            ...opening,
            questionCount: Number(form.get('questionCount')),
            recommended,
            ...(recommended
              ? {}
              : {
                  companyId: optional('companyId'),
                  type: optional('type') as QuestionType | undefined,
                  difficulty: optional('difficulty') as Difficulty | undefined,
                  competency: optional('competency'),
                }),
          },
        });
        navigate(`/sessions/${startPractice.id}`, { replace: true });
      }}
    >
      <FormControlLabel
        control={<Switch checked={recommended} onChange={(e) => setRecommended(e.target.checked)} />}
        label="Recommended for me: mostly my weakest competencies"
      />
      {!recommended && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField
              name="companyId"
              label="Company"
              value={companyId}
              onChange={(e) => setCompanyId(e.target.value)}
              empty="Any company"
              options={Object.fromEntries(companies.map((c) => [c.id, c.name]))}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField name="type" label="Type" defaultValue="" empty="Any type" options={QUESTION_TYPES} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField name="difficulty" label="Difficulty" defaultValue="" empty="Any difficulty" options={DIFFICULTIES} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              fullWidth
              name="competency"
              label="Competency"
              placeholder="e.g. ownership"
              // Set by "Practise this question" on a logged real interview.
              defaultValue={params.get('competency') ?? ''}
            />
          </Grid>
        </Grid>
      )}
      <TextField
        name="questionCount"
        type="number"
        label="Questions"
        defaultValue={3}
        slotProps={{ htmlInput: { min: 1, max: 10 } }}
        sx={{ maxWidth: 160 }}
        required
      />
    </OpeningForm>
  );
}
