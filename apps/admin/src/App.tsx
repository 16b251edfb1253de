import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { LoginPage } from './LoginPage';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18nProvider';
import { theme } from './theme';
import cohorts from './cohorts';
import sessions from './sessions';
import reviews from './reviews';
import { NotificationsLayout } from './notifications/NotificationsLayout';

export const App = () => (
  <Admin
    title="Mockint Admin"
    disableTelemetry
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    theme={theme}
    loginPage={LoginPage}
    layout={NotificationsLayout}
    requireAuth
  >
    <Resource name="cohorts" {...cohorts} />
    <Resource name="sessions" {...sessions} />
    <Resource name="reviews" {...reviews} />
  </Admin>
);
