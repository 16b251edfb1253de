import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's light theme with a darker blue: MUI's default primary (#1976d2) is below WCAG AA contrast
 * for a focused field's small label on its grey fill, and the app bar's secondary (#2196f3) for its white title.
 */
export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, primary: { main: '#1565c0' }, secondary: { main: '#1565c0' } },
};
