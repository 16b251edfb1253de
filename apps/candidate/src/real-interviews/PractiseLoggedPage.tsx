import { Paper, Typography } from '@mui/material';
import { useNavigate, useParams } from 'react-router';
import { request } from '../graphql';
import type { QuestionType } from '../gql/graphql';
import { useApiQuery } from '../useApi';
import { QueryState } from '../layout/States';
import { OpeningForm } from '../interview/OpeningForm';
import { SelectField } from '../forms/SelectField';
import { QUESTION_TYPES } from '../practice/questionTypes';
import { PRACTISE_LOGGED, REAL_INTERVIEW } from './operations';

/** Practice of one question from a logged interview, worded as it was asked: the checklist, then the room. */
export function PractiseLoggedPage() {
  const { id = '', questionId = '' } = useParams();
  const navigate = useNavigate();
  const log = useApiQuery(REAL_INTERVIEW, { id });
  return (
    <QueryState query={log} loading="Loading the question…">
      {({ realInterview }) => {
        const question = realInterview.questions.find((q) => q.id === questionId);
        return (
          <OpeningForm
            title="Practise a question from your interview"
            realistic={false}
            briefing={
              <Paper variant="outlined" component="section" aria-label="The question" sx={{ p: { xs: 2, sm: 3 } }}>
                <Typography variant="overline" color="text.secondary">
                  Asked at {realInterview.companyName} ({realInterview.role})
                </Typography>
                <Typography sx={{ fontSize: '1.15rem', fontWeight: 600 }}>
                  {question?.prompt ?? 'This question is no longer in the interview.'}
                </Typography>
              </Paper>
            }
            onStart={async (opening, form) => {
              const { practiseLoggedQuestion } = await request(PRACTISE_LOGGED, {
                input: { ...opening, realInterviewQuestionId: questionId, type: form.get('type') as QuestionType },
              });
              navigate(`/sessions/${practiseLoggedQuestion.id}`, { replace: true });
            }}
          >
            <SelectField
              name="type"
              label="What kind of question was it?"
              defaultValue="BEHAVIORAL"
              options={QUESTION_TYPES}
              helperText="The feedback expects a story for a behavioural question, a plan for a situational one, reasoning for the others."
              required
            />
          </OpeningForm>
        );
      }}
    </QueryState>
  );
}
