import type { ResourceQueries } from './queries';
import { assignmentQueries } from '../assignments/queries';
import { cohortQueries } from '../cohorts/queries';
import { sessionQueries } from '../sessions/queries';

/** Every resource's queries, by react-admin resource name (each resource folder has its `queries.ts`). */
export const RESOURCES: Record<string, ResourceQueries> = {
  assignments: assignmentQueries,
  cohorts: cohortQueries,
  sessions: sessionQueries,
};
