import { useEffect, useState } from 'react';
import { ErrorMessage } from './FormFooter';
import { errorMessage, graphql, session } from './graphql';
import { ChangePassword } from './ChangePassword';
import { downloadMyData } from './downloadMyData';
import { START_ASSIGNMENT, START_PRACTICE, type Mode, type Opening } from './interview/operations';

/** An interview to sit: what the candidate picked on this page. */
export type Sitting = { title: string; mode: Mode } & (
  | {
      /** A new sitting, started after the opening checklist; resolves to its id. */
      start: (opening: Opening) => Promise<string>;
    }
  | {
      /** A sitting to continue where it was left; resolves to its id. */
      resume: () => Promise<string>;
    }
);

const PRACTICE_QUESTIONS = 3;

const practice: Sitting = {
  title: 'Free practice',
  mode: 'PRACTICE',
  start: async (opening) =>
    (
      await graphql<{ startPractice: { id: string } }>(START_PRACTICE, {
        input: { ...opening, questionCount: PRACTICE_QUESTIONS },
      })
    ).startPractice.id,
};

const startAssignment = async (assignmentId: string, opening?: Opening) =>
  (await graphql<{ startSession: { id: string } }>(START_ASSIGNMENT, { input: { ...opening, assignmentId } })).startSession.id;

/** Starting an assignment with a sitting in progress answers that sitting, to go on with. */
const sittingOf = (assignment: { id: string; title: string; template: { mode: Mode } }, inProgress: boolean): Sitting => ({
  title: assignment.title,
  mode: assignment.template.mode,
  ...(inProgress
    ? { resume: () => startAssignment(assignment.id) }
    : { start: (opening: Opening) => startAssignment(assignment.id, opening) }),
});

const pastSitting = (session: { id: string; mode: Mode }): Sitting => ({
  title: session.mode === 'REALISTIC' ? 'Interview' : 'Free practice',
  mode: session.mode,
  resume: async () => session.id,
});

const OVERVIEW = `
  {
    me { name email role invitations { id organizationId organizationName role } }
    assignments { totalCount nodes { id title dueAt template { mode } candidates { status } } }
    sessions(options: { take: 10 }) { totalCount nodes { id mode status createdAt } }
  }
`;

type Status = 'ASSIGNED' | 'IN_PROGRESS' | 'COMPLETED';

interface Overview {
  me: {
    name: string;
    email: string;
    role: string;
    invitations: { id: string; organizationId: string; organizationName: string; role: string }[];
  };
  assignments: {
    totalCount: number;
    nodes: { id: string; title: string; dueAt: string | null; template: { mode: Mode }; candidates: { status: Status }[] }[];
  };
  sessions: {
    totalCount: number;
    nodes: { id: string; mode: Mode; status: 'IN_PROGRESS' | 'COMPLETED'; createdAt: string }[];
  };
}

const ACCEPT = 'mutation ($id: ID!) { acceptMyInvitation(invitationId: $id) { organizationId } }';
const DECLINE = 'mutation ($id: ID!) { declineInvitation(invitationId: $id) }';

const STATUS_LABELS: Record<Status, string> = { ASSIGNED: 'Not started', IN_PROGRESS: 'In progress', COMPLETED: 'Completed' };

const formatDue = (dueAt: string | null) =>
  dueAt ? `Due ${new Date(dueAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}` : 'No due date';

interface Props {
  onSignOut: () => void;
  onSit: (sitting: Sitting) => void;
  /** Opens the feedback report of a past session. */
  onReview: (sessionId: string) => void;
}

export function Assignments({ onSignOut, onSit, onReview }: Props) {
  const [overview, setOverview] = useState<Overview>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [changingPassword, setChangingPassword] = useState(false);
  /** Bumped to load the page again (after joining another organization). */
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    graphql<Overview>(OVERVIEW, undefined, controller.signal).then(
      setOverview,
      (e: unknown) => controller.signal.aborted || setError(errorMessage(e)),
    );
    return () => controller.abort();
  }, [version]);

  /** Accepting joins the organization and moves there; declining just drops the invitation. */
  const answerInvitation = (invitation: { id: string; organizationId: string; organizationName: string }, accept: boolean) =>
    void (async () => {
      if (accept) {
        await graphql(ACCEPT, { id: invitation.id });
        await session.switchOrganization(invitation.organizationId);
        setNotice(`You joined ${invitation.organizationName}.`);
      } else {
        await graphql(DECLINE, { id: invitation.id });
        setNotice(`You declined the invitation from ${invitation.organizationName}.`);
      }
      setVersion((v) => v + 1);
    })().catch((e: unknown) => setNotice(errorMessage(e)));

  if (error) return <ErrorMessage message={error} />;
  if (!overview) return <p>Loading…</p>;

  const { me, assignments, sessions } = overview;
  return (
    <main>
      <header>
        <p>
          Signed in as {me.name} ({me.email}, {me.role.toLowerCase()}){' '}
          <button type="button" onClick={() => setChangingPassword(true)}>
            Change password
          </button>{' '}
          <button type="button" onClick={() => void downloadMyData().catch((e: unknown) => setNotice(errorMessage(e)))}>
            Download my data
          </button>{' '}
          <button type="button" onClick={onSignOut}>
            Sign out
          </button>
        </p>
      </header>
      {notice && <p role="status">{notice}</p>}
      {changingPassword && (
        <ChangePassword
          onCancel={() => setChangingPassword(false)}
          onDone={(message) => {
            setChangingPassword(false);
            setNotice(message);
          }}
        />
      )}
      {me.invitations.length > 0 && (
        <section aria-labelledby="invitations">
          <h2 id="invitations">Invitations</h2>
          <ul>
            {me.invitations.map((invitation) => (
              <li key={invitation.id}>
                {invitation.organizationName} invites you as {invitation.role.toLowerCase()}.{' '}
                <button type="button" onClick={() => answerInvitation(invitation, true)}>
                  Accept
                </button>{' '}
                <button type="button" onClick={() => answerInvitation(invitation, false)}>
                  Decline
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h1>Your assignments</h1>
      {me.role !== 'CANDIDATE' ? (
        <p>
          This page is for candidates: staff use <a href="/admin/">the admin app</a>.
        </p>
      ) : assignments.nodes.length === 0 ? (
        <p>Nothing assigned yet.</p>
      ) : (
        <ul>
          {assignments.nodes.map((assignment) => {
            const status = assignment.candidates[0]?.status;
            return (
              <li key={assignment.id}>
                <strong>{assignment.title}</strong>: {formatDue(assignment.dueAt)}
                {status && `, ${STATUS_LABELS[status]}`}{' '}
                {status !== 'COMPLETED' && (
                  <button type="button" onClick={() => onSit(sittingOf(assignment, status === 'IN_PROGRESS'))}>
                    {status === 'IN_PROGRESS' ? 'Resume' : 'Start'}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {me.role === 'CANDIDATE' && (
        <p>
          <button type="button" onClick={() => onSit(practice)}>
            Free practice
          </button>{' '}
          {PRACTICE_QUESTIONS} questions drawn mostly from your weakest areas, with feedback after each answer.
        </p>
      )}
      {sessions.nodes.length > 0 && (
        <>
          <h2>Your past sessions</h2>
          <ul>
            {sessions.nodes.map((s) => (
              <li key={s.id}>
                {new Date(s.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}:{' '}
                {s.mode === 'REALISTIC' ? 'realistic interview' : 'practice'}
                {s.status === 'IN_PROGRESS' && (
                  <>
                    {' (not finished) '}
                    <button type="button" onClick={() => onSit(pastSitting(s))}>
                      Resume
                    </button>
                  </>
                )}{' '}
                <button type="button" onClick={() => onReview(s.id)}>
                  See feedback
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {assignments.totalCount > assignments.nodes.length && (
        <p>
          Showing {assignments.nodes.length} of {assignments.totalCount}.
        </p>
      )}
    </main>
  );
}
