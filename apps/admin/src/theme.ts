import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's light theme with a darker blue: MUI's default primary (#1976d2) is below WCAG AA contrast
 * for a focused field's small label on its grey fill. The app bar is react-admin's secondary colour,
 * whose default (#2196f3) is below AA for its white title: the same blue as primary.
 */
export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, primary: { main: '#1565c0' }, secondary: { main: '#1565c0' } },
};
