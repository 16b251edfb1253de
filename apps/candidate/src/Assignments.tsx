import { useEffect, useState } from 'react';
import { ApiError, errorMessage, graphql } from './graphql';

const OVERVIEW = `
  {
    me { name email role }
    assignments { totalCount nodes { id title dueAt candidates { status } } }
  }
`;

type Status = 'ASSIGNED' | 'IN_PROGRESS' | 'COMPLETED';

interface Overview {
  me: { name: string; email: string; role: string };
  assignments: {
    totalCount: number;
    nodes: { id: string; title: string; dueAt: string | null; candidates: { status: Status }[] }[];
  };
}

const STATUS_LABELS: Record<Status, string> = { ASSIGNED: 'Not started', IN_PROGRESS: 'In progress', COMPLETED: 'Completed' };

const formatDue = (dueAt: string | null) =>
  dueAt ? `Due ${new Date(dueAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}` : 'No due date';

export function Assignments({ onSignOut }: { onSignOut: (message?: string) => void }) {
  const [overview, setOverview] = useState<Overview>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    graphql<Overview>(OVERVIEW, undefined, controller.signal).then(setOverview, (e: unknown) => {
      if (controller.signal.aborted) return;
      if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') onSignOut(e.message);
      else setError(errorMessage(e));
    });
    return () => controller.abort();
  }, [onSignOut]);

  if (error) return <p className="error">{error}</p>;
  if (!overview) return <p>Loading…</p>;

  const { me, assignments } = overview;
  return (
    <main>
      <header>
        <p>
          Signed in as {me.name} ({me.email}, {me.role.toLowerCase()}){' '}
          <button type="button" onClick={() => onSignOut()}>
            Sign out
          </button>
        </p>
      </header>
      <h1>Your assignments</h1>
      {me.role !== 'CANDIDATE' ? (
        <p>
          This page is for candidates: staff use <a href="/admin/">the admin app</a>.
        </p>
      ) : assignments.nodes.length === 0 ? (
        <p>Nothing assigned yet.</p>
      ) : (
        <ul>
          {assignments.nodes.map(({ id, title, dueAt, candidates }) => (
            <li key={id}>
              <strong>{title}</strong>: {formatDue(dueAt)}
              {candidates[0] && `, ${STATUS_LABELS[candidates[0].status]}`}
            </li>
          ))}
        </ul>
      )}
      {assignments.totalCount > assignments.nodes.length && (
        <p>
          Showing {assignments.nodes.length} of {assignments.totalCount}.
        </p>
      )}
    </main>
  );
}
