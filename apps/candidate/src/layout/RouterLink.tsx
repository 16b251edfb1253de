import { forwardRef } from 'react';
import { Link as RouterDomLink, type LinkProps } from 'react-router';

/** React Router's link for MUI's `component` prop (Link, Button, ListItemButton). */
export const RouterLink = forwardRef<HTMLAnchorElement, LinkProps>(function RouterLink(props, ref) {
  return <RouterDomLink ref={ref} {...props} />;
});
