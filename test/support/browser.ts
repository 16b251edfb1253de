import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';

/** Debian's Chromium (scripts/test-prerequisites.sh installs it), or CHROMIUM_PATH. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // The machine has no internet and Chromium would keep trying.
    args: ['--disable-background-networking', '--disable-component-update'],
  });

/** Where browser tests leave screenshots to look at (ignored by git). */
export function artifact(name: string): string {
  const folder = join(__dirname, '..', 'artifacts');
  mkdirSync(folder, { recursive: true });
  return join(folder, name);
}
