import { Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import { useApiMutation, useApiQuery } from '../useApi';
import { EmptyState, ErrorState, QueryState } from '../layout/States';
import { OPEN_ACTION_ITEMS, SET_ACTION_ITEM_STATUS } from './queries';
import { SectionCard } from './SectionCard';

const SOURCES = { COACH: 'From your coach', AI: 'From your feedback' } as const;

/** Open action items, ticked off here; done ones leave the list. */
export function ActionItemsCard() {
  const items = useApiQuery(OPEN_ACTION_ITEMS);
  const tick = useApiMutation(SET_ACTION_ITEM_STATUS, [OPEN_ACTION_ITEMS]);
  return (
    <SectionCard title="Action items">
      {tick.error && <ErrorState error={tick.error} />}
      <QueryState query={items} loading="Loading your action items…">
        {({ actionItems }) =>
          actionItems.nodes.length === 0 ? (
            <EmptyState title="No open action items">After a session, keep the suggestions you want to work on.</EmptyState>
          ) : (
            <Stack>
              {actionItems.nodes.map((item) => (
                <FormControlLabel
                  key={item.id}
                  sx={{ alignItems: 'flex-start', py: 0.5 }}
                  control={
                    <Checkbox
                      sx={{ pt: 0.25 }}
                      disabled={tick.isPending}
                      onChange={() => tick.mutate({ id: item.id, status: 'DONE' })}
                    />
                  }
                  label={
                    <>
                      <Typography>{item.text}</Typography>
                      <Typography variant="caption" color="text.secondary">
                        {SOURCES[item.source]}
                      </Typography>
                    </>
                  }
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
