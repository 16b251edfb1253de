import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { LoginPage } from './LoginPage';
import { dataProvider } from './dataProvider';
import cohorts from './cohorts';
import sessions from './sessions';

export const App = () => (
  <Admin
    title="Mockint Admin"
    disableTelemetry
    authProvider={authProvider}
    dataProvider={dataProvider}
    loginPage={LoginPage}
    requireAuth
  >
    <Resource name="cohorts" {...cohorts} />
    <Resource name="sessions" {...sessions} />
  </Admin>
);
