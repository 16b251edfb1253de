import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import cohorts from './cohorts';

export const App = () => (
  <Admin title="Mockint Admin" disableTelemetry authProvider={authProvider} dataProvider={dataProvider} requireAuth>
    <Resource name="cohorts" {...cohorts} />
  </Admin>
);
