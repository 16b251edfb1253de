import type { ResourceQueries } from './queries';
import { cohortQueries } from '../cohorts/queries';
import { sessionQueries } from '../sessions/queries';
import { reviewQueries } from '../reviews/queries';

/** Every resource's queries, by react-admin resource name (each resource folder has its `queries.ts`). */
export const RESOURCES: Record<string, ResourceQueries> = {
  cohorts: cohortQueries,
  sessions: sessionQueries,
  reviews: reviewQueries,
};
