import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's light theme with a darker blue: MUI's default primary (#1976d2) is below WCAG AA contrast
 * for a focused field's small label on its grey fill. The app bar is react-admin's secondary colour,
 * whose default (#2196f3) is below AA for its white title: the same blue as primary. A darker red, as
 * MUI's (#d32f2f) is below AA for the Delete button on the form toolbar's grey; info and warning chips'
 * white labels need darker fills too.
 */
export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#1565c0' },
    secondary: { main: '#1565c0' },
    error: { main: '#b71c1c' },
    info: { main: '#01579b' },
    warning: { main: '#a84300' },
  },
};
