import InsightsIcon from '@mui/icons-material/Insights';
import { Route } from 'react-router';
import { CandidatePage } from './CandidatePage';
import { CohortPicker } from './CohortPicker';
import { Dashboard } from './Dashboard';

/** Not a resource of the API: a menu entry ("Readiness") whose pages are the cohort dashboards. */
export default {
  list: CohortPicker,
  icon: InsightsIcon,
  options: { label: 'Readiness' },
  children: [
    <Route key="cohort" path=":cohortId" element={<Dashboard />} />,
    <Route key="candidate" path=":cohortId/candidates/:membershipId" element={<CandidatePage />} />,
  ],
};
