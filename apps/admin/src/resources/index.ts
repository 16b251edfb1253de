import type { ResourceQueries } from './queries';
import { assignmentQueries } from '../assignments/queries';
import { cohortQueries } from '../cohorts/queries';
import { sessionQueries } from '../sessions/queries';
import { memberQueries } from '../members/queries';
import { companyQueries } from '../companies/queries';
import { questionSetQueries } from '../question-sets/queries';
import { questionQueries } from '../questions/queries';
import { rubricQueries } from '../rubrics/queries';
import { templateQueries } from '../templates/queries';
import { reviewQueries } from '../reviews/queries';

/** Every resource's queries, by react-admin resource name (each resource folder has its `queries.ts`). */
export const RESOURCES: Record<string, ResourceQueries> = {
  assignments: assignmentQueries,
  cohorts: cohortQueries,
  sessions: sessionQueries,
  members: memberQueries,
  companies: companyQueries,
  'question-sets': questionSetQueries,
  questions: questionQueries,
  rubrics: rubricQueries,
  templates: templateQueries,
  reviews: reviewQueries,
};
