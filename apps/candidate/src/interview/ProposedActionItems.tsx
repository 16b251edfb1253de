import { Button, List, ListItem, ListItemText, Stack } from '@mui/material';
import { graphql } from '../graphql';
import { useApiMutation, useApiQuery } from '../useApi';
import { ErrorState, QueryState } from '../layout/States';
import { OPEN_ACTION_ITEMS } from '../home/queries';
import { SectionCard } from '../home/SectionCard';

const PROPOSED = graphql(`
  query ProposedActionItems($sessionId: ID!) {
    proposedActionItems(sessionId: $sessionId) {
      text
      evaluationId
      answerCount
      lowestScore
    }
  }
`);

const KEEP = graphql(`
  mutation KeepActionItem($evaluationId: ID!, $sessionId: ID!, $text: String!) {
    keepActionItem(evaluationId: $evaluationId, sessionId: $sessionId, text: $text) {
      id
    }
  }
`);

const DROP = graphql(`
  mutation DropActionItem($evaluationId: ID!, $sessionId: ID!, $text: String!) {
    dropActionItem(evaluationId: $evaluationId, sessionId: $sessionId, text: $text)
  }
`);

/** The sitting's three improvement areas: keep them as action items to tick off later, or drop them. */
export function ProposedActionItems({ sessionId }: { sessionId: string }) {
  const proposed = useApiQuery(PROPOSED, { sessionId });
  const keep = useApiMutation(KEEP, [PROPOSED, OPEN_ACTION_ITEMS]);
  const drop = useApiMutation(DROP, [PROPOSED]);
  const busy = keep.isPending || drop.isPending;
  return (
    <QueryState query={proposed} loading="Loading what to work on…">
      {({ proposedActionItems }) =>
        proposedActionItems.length === 0 ? null : (
          <SectionCard title="What to work on next">
            {(keep.error || drop.error) && <ErrorState error={keep.error ?? drop.error} />}
            <List disablePadding>
              {proposedActionItems.map((item) => {
                const variables = { sessionId, evaluationId: item.evaluationId, text: item.text };
                return (
                  <ListItem key={item.text} divider sx={{ px: 0, flexWrap: 'wrap', gap: 1 }}>
                    <ListItemText
                      primary={item.text}
                      secondary={`Suggested by ${item.answerCount} answer${item.answerCount === 1 ? '' : 's'}${item.lowestScore === null ? '' : `; lowest score ${item.lowestScore}`}`}
                    />
                    <Stack direction="row" spacing={1}>
                      <Button variant="contained" size="small" disabled={busy} onClick={() => keep.mutate(variables)}>
                        Keep as action item
                      </Button>
                      <Button size="small" disabled={busy} onClick={() => drop.mutate(variables)}>
                        Not for me
                      </Button>
                    </Stack>
                  </ListItem>
                );
              })}
            </List>
          </SectionCard>
        )
      }
    </QueryState>
  );
}
