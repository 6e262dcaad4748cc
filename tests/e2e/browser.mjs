// Debian's Chromium driven by playwright-core (which never downloads a browser).
import path from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

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

/** Chromium and the built widget over HTTP for one test file: `site.browser`,
 *  `site.server.url`, ready in each test, closed after the file. */
export function useBuiltSite(dir = 'dist') {
  const site = {};
  before(async () => {
    site.browser = await launchChromium();
    site.server = await serve(path.resolve(dir));
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
