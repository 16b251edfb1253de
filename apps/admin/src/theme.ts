import { defaultLightTheme, type RaThemeOptions } from 'react-admin';
import { lightPalette, sharedThemeOptions } from '@mockint/web-theme';

/**
 * react-admin's light theme on the apps' shared palette and type. The app bar is react-admin's secondary
 * colour, whose default (#2196f3) is below AA for its white title: the primary blue instead.
 */
export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  shape: sharedThemeOptions.shape,
  typography: { ...defaultLightTheme.typography, ...sharedThemeOptions.typography },
  palette: { ...defaultLightTheme.palette, ...lightPalette, secondary: lightPalette.primary },
};
