import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { LoginPage } from './LoginPage';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18nProvider';
import { theme } from './theme';
import { Layout } from './layout/Layout';
import assignments from './assignments';
import cohorts from './cohorts';
import sessions from './sessions';
import members from './members';
import companies from './companies';
import questionSets from './question-sets';
import questions from './questions';
import rubrics from './rubrics';
import templates from './templates';
import readiness from './readiness';
import agreement from './agreement';
import usage from './usage';
import reviews from './reviews';

export const App = () => (
  <Admin
    title="Mockint Admin"
    disableTelemetry
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    theme={theme}
    loginPage={LoginPage}
    layout={Layout}
    requireAuth
  >
    {/* In the order of a term's work: cohorts and who is ready, reviews, people and assignments, then content and figures. */}
    <Resource name="cohorts" {...cohorts} />
    <Resource name="readiness" {...readiness} />
    <Resource name="reviews" {...reviews} />
    <Resource name="members" {...members} />
    <Resource name="assignments" {...assignments} />
    <Resource name="sessions" {...sessions} />
    <Resource name="templates" {...templates} />
    <Resource name="question-sets" {...questionSets} />
    <Resource name="questions" {...questions} />
    <Resource name="companies" {...companies} />
    <Resource name="rubrics" {...rubrics} />
    <Resource name="agreement" {...agreement} />
    <Resource name="usage" {...usage} />
  </Admin>
);
