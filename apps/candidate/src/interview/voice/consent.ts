/** Agreement to be recorded, remembered in this browser per person (a shared computer asks each one). */
const key = (personId: string) => `mockint.voice-consent.${personId}`;

export const voiceConsent = {
  given: (personId: string): boolean => localStorage.getItem(key(personId)) !== null,
  give: (personId: string): void => localStorage.setItem(key(personId), new Date().toISOString()),
};
