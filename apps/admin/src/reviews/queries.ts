import type { ResourceQueries } from '../resources/queries';
import { sessionQueries } from '../sessions/queries';

/** The review queue: the caller's completed sessions with an answer they have not reviewed, oldest first. */
export const reviewQueries: ResourceQueries = {
  ...sessionQueries,
  sortFields: { completedAt: 'COMPLETED_AT' },
  defaultSort: 'COMPLETED_AT',
  filter: (filter) => ({ ...filter, awaitingMyReview: true }),
};
