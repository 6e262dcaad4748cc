// Debian's Chromium driven by playwright-core (which never downloads a browser).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** Waits until the widget's root leaves `loading`; returns the final state. */
export async function settled(page, timeout = 20000) {
  await page.waitForFunction(() => document.getElementById('huimou')?.dataset.state !== 'loading', null, { timeout });
  return page.evaluate(() => document.getElementById('huimou').dataset.state);
}
