import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { LoginPage } from './LoginPage';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18nProvider';
import { theme } from './theme';
import assignments from './assignments';
import cohorts from './cohorts';
import sessions from './sessions';

export const App = () => (
  <Admin
    title="Mockint Admin"
    disableTelemetry
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    theme={theme}
    loginPage={LoginPage}
    requireAuth
  >
    <Resource name="cohorts" {...cohorts} />
    <Resource name="sessions" {...sessions} />
    <Resource name="assignments" {...assignments} />
  </Admin>
);
