import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, chromium, Page } from 'playwright-core';

/**
 * How long a browser action or wait may take: Playwright's 30 s default is too short when the browser
 * tests share a 2-core machine with the rest of the suite (each axe check alone takes seconds there).
 */
const ACTION_TIMEOUT_MS = 90_000;

/**
 * Debian's Chromium (scripts/test-prerequisites.sh installs it), or CHROMIUM_PATH, with `args` added;
 * every context it makes waits up to ACTION_TIMEOUT_MS.
 */
export async function launchBrowser(args: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // The machine has no internet and Chromium would keep trying.
    args: ['--disable-background-networking', '--disable-component-update', ...args],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    return context;
  };
  return browser;
}

/** Where browser tests leave screenshots to look at (ignored by git). */
export function artifact(name: string): string {
  const folder = join(__dirname, '..', 'artifacts');
  mkdirSync(folder, { recursive: true });
  return join(folder, name);
}

/**
 * Fails with the list of serious or critical axe-core violations on the page as it is now (WCAG 2.1 A
 * and AA rules), naming each rule and the elements it found.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // A notice fading in has the contrast of its half-way colours: check once transitions have ended
  // (spinners run for ever and are left out).
  await page
    .waitForFunction(
      "document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)",
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.html}`).join('\n  ')}`);
  expect(serious).toEqual([]);
}

/**
 * Chromium's fake microphone, fed `wav` (an absolute path) over and over: every opening of the
 * microphone hears it, with no permission prompt. A missing file records silence without an error.
 */
export const fakeMicrophone = (wav: string): string[] => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-audio-capture=${wav}`,
];

/** The viewport widths every screen is looked at: a laptop and a phone. */
export const WIDTHS = { desktop: 1280, phone: 390 } as const;

/**
 * Screenshots the screen at both widths under test/artifacts/<name>-1280.png and -390.png, checking it
 * with axe-core at each, and leaves the page at the size it had (a flow sat on a phone stays on one).
 */
export async function lookAt(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  for (const width of [WIDTHS.phone, WIDTHS.desktop]) {
    await page.setViewportSize({ width, height: width === WIDTHS.phone ? 844 : 800 });
    await page.screenshot({ path: artifact(`${name}-${width}.png`), fullPage: true });
    await expectAccessible(page);
  }
  if (size) await page.setViewportSize(size);
}
