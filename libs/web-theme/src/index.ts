import type { PaletteOptions, ThemeOptions } from '@mui/material/styles';

/**
 * Colours chosen for WCAG AA: MUI's default blue (#1976d2) and red (#d32f2f) are below 4.5:1 for small
 * text on the grey of a filled field or a toolbar; info and warning chips carry white labels.
 */
export const lightPalette = {
  primary: { main: '#1565c0' },
  error: { main: '#b71c1c' },
  info: { main: '#01579b' },
  warning: { main: '#a84300' },
  success: { main: '#1b5e20' },
} satisfies PaletteOptions;

/** Lighter tones on the dark background, each at least 4.5:1 against it. */
export const darkPalette = {
  primary: { main: '#90caf9' },
  error: { main: '#ef9a9a' },
  info: { main: '#81d4fa' },
  warning: { main: '#ffb74d' },
  success: { main: '#a5d6a7' },
  background: { default: '#0f1722', paper: '#151f2d' },
} satisfies PaletteOptions;

/** Type, shape and component defaults both apps share; each app adds its palette handling. */
export const sharedThemeOptions = {
  shape: { borderRadius: 10 },
  typography: {
    fontFamily: '"Inter", "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '2rem', fontWeight: 700, letterSpacing: '-0.01em' },
    h2: { fontSize: '1.5rem', fontWeight: 650 },
    h3: { fontSize: '1.2rem', fontWeight: 650 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiCard: { defaultProps: { variant: 'outlined' } },
  },
} satisfies ThemeOptions;

/** The theme with both colour schemes: MUI follows the system's choice unless the person picks one. */
export const appThemeOptions: ThemeOptions = {
  ...sharedThemeOptions,
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: { light: { palette: lightPalette }, dark: { palette: darkPalette } },
};
export { FigureTable, StatCard, StatRow } from './figures';
export { RecordingAudio, SpokenAnswerPlayer, clock, type PlayablePart, type TimedComment } from './spoken-answer';
