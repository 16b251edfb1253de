import { useNavigate, useParams } from 'react-router';
import { graphql, request } from '../graphql';
import { useApiQuery } from '../useApi';
import { QueryState } from '../layout/States';
import { OpeningForm } from './OpeningForm';
import { CompanyBriefing } from './CompanyBriefing';
import { START_ASSIGNMENT } from './operations';

const ASSIGNMENT = graphql(`
  query AssignmentToStart($id: ID!) {
    assignment(id: $id) {
      id
      title
      template {
        mode
        companies {
          name
          cultureNotes
          techStack
        }
      }
    }
  }
`);

/** The checklist before an assigned sitting, with the companies to research; starting it opens the interview room. */
export function StartAssignmentPage() {
  const { assignmentId = '' } = useParams();
  const navigate = useNavigate();
  const assignment = useApiQuery(ASSIGNMENT, { id: assignmentId });
  return (
    <QueryState query={assignment} loading="Loading the assignment…">
      {({ assignment }) => (
        <OpeningForm
          title={assignment.title}
          realistic={assignment.template.mode === 'REALISTIC'}
          briefing={<CompanyBriefing companies={assignment.template.companies} />}
          onStart={async (opening) => {
            const { startSession } = await request(START_ASSIGNMENT, { input: { ...opening, assignmentId } });
            navigate(`/sessions/${startSession.id}`, { replace: true });
          }}
        />
      )}
    </QueryState>
  );
}
