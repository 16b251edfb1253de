import { AppBar, Layout, LoadingIndicator, type LayoutProps } from 'react-admin';
import { NotificationsButton } from './NotificationsButton';

const NotificationsAppBar = () => (
  // react-admin's default app bar blue is too light for its white title (WCAG AA); the theme's primary is not.
  <AppBar
    color="primary"
    toolbar={
      <>
        <NotificationsButton />
        <LoadingIndicator />
      </>
    }
  />
);

/** react-admin's layout with the notifications bell in the app bar (until the app has a layout of its own). */
export const NotificationsLayout = (props: LayoutProps) => <Layout {...props} appBar={NotificationsAppBar} />;
