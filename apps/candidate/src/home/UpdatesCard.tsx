import { Link, List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import RateReviewIcon from '@mui/icons-material/RateReviewOutlined';
import ScheduleIcon from '@mui/icons-material/ScheduleOutlined';
import { graphql } from '../graphql';
import { useApiQuery } from '../useApi';
import { formatDateTime } from '../layout/dates';
import { RouterLink } from '../layout/RouterLink';
import { SectionCard } from './SectionCard';

const UPDATES = graphql(`
  query CandidateUpdates {
    notifications {
      reviewsPosted {
        sessionId
        reviewerName
        reviewedAt
        reviewCount
      }
      dueSoon {
        assignmentId
        title
        dueAt
        overdue
      }
      newAssignments {
        assignmentId
        title
        assignedAt
      }
    }
  }
`);

/** What changed for the candidate: coach reviews posted, assignments due soon or overdue, new ones. Hidden when nothing did. */
export function UpdatesCard() {
  const updates = useApiQuery(UPDATES).data?.notifications;
  if (!updates) return null;
  const { reviewsPosted, dueSoon, newAssignments } = updates;
  // Due soon already names the new assignments that are due.
  const fresh = newAssignments.filter((a) => !dueSoon.some((d) => d.assignmentId === a.assignmentId));
  if (reviewsPosted.length + dueSoon.length + fresh.length === 0) return null;
  return (
    <SectionCard title="Updates">
      <List disablePadding dense>
        {reviewsPosted.map((r) => (
          <ListItem key={`${r.sessionId}-${r.reviewedAt}`} disableGutters>
            <ListItemIcon sx={{ minWidth: 36 }}>
              <RateReviewIcon color="primary" />
            </ListItemIcon>
            <ListItemText
              primary={
                <Link component={RouterLink} to={`/sessions/${r.sessionId}/feedback`}>
                  {r.reviewerName ?? 'Your coach'} reviewed {r.reviewCount === 1 ? 'an answer' : `${r.reviewCount} answers`}
                </Link>
              }
              secondary={formatDateTime(r.reviewedAt)}
            />
          </ListItem>
        ))}
        {dueSoon.map((a) => (
          <ListItem key={a.assignmentId} disableGutters>
            <ListItemIcon sx={{ minWidth: 36 }}>
              <ScheduleIcon color={a.overdue ? 'error' : 'warning'} />
            </ListItemIcon>
            <ListItemText
              primary={`${a.title}: ${a.overdue ? 'overdue' : 'due soon'}`}
              secondary={a.dueAt ? formatDateTime(a.dueAt) : undefined}
            />
          </ListItem>
        ))}
        {fresh.map((a) => (
          <ListItem key={a.assignmentId} disableGutters>
            <ListItemIcon sx={{ minWidth: 36 }}>
              <AssignmentIcon color="primary" />
            </ListItemIcon>
            <ListItemText primary={`New assignment: ${a.title}`} secondary={formatDateTime(a.assignedAt)} />
          </ListItem>
        ))}
      </List>
    </SectionCard>
  );
}
