/** Shared with the candidate app's progress screen. */
export { StatCard, StatRow } from '@mockint/web-theme';
