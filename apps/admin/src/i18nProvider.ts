import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';

/** react-admin's English, where people sign in with their e-mail address, not a user name. */
export const i18nProvider = polyglotI18nProvider(
  () => ({ ...englishMessages, ra: { ...englishMessages.ra, auth: { ...englishMessages.ra.auth, username: 'Email' } } }),
  'en',
  [{ locale: 'en', name: 'English' }],
  { allowMissing: true },
);
