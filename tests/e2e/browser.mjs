// Debian's Chromium driven by playwright-core (which never downloads a browser).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
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

/** Waits until the widget's root leaves `loading`, and two frames more (the
 *  cards' observers first report where each card is in the frame after
 *  ready: a card on screen then never counts up); returns the final state. */
export async function settled(page, timeout = 20000) {
  await page.waitForFunction(() => document.getElementById('huimou')?.dataset.state !== 'loading', null, { timeout });
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(
    () => resolve(document.getElementById('huimou').dataset.state)))));
}

/** Chromium and the built widget over HTTP for one test file: `site.browser`,
 *  `site.server.url`, ready in each test, closed after the file. `headers` go
 *  with every response (a CSP); `prepare(dir)` writes test files into a
 *  temporary copy of the site first. */
export function useBuiltSite(dir = 'dist', { headers = {}, prepare } = {}) {
  const site = {};
  let copy;
  before(async () => {
    let root = path.resolve(dir);
    if (prepare) {
      copy = fs.mkdtempSync(path.join(os.tmpdir(), 'huimou-site-'));
      fs.cpSync(root, copy, { recursive: true });
      await prepare(copy);
      root = copy;
    }
    site.browser = await launchChromium();
    site.server = await serve(root, { headers });
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
    if (copy) fs.rmSync(copy, { recursive: true, force: true });
  });
  return site;
}

/** A card's (or a headline band row's) one quiet action, as a reader uses it:
 *  its "share or save" button, then `what` ('share' a link, or save an
 *  'image') in the small dialog it opens. Resolves once that dialog is open. */
export async function shareOrSave(page, scope, what) {
  await scope.locator('[data-extra="menu"]').first().click();
  const choices = page.locator('dialog.hm-dialog[open] .hm-choice');
  await choices.first().waitFor();
  await choices.nth(what === 'share' ? 0 : 1).click();
  await page.locator(`dialog.hm-dialog[open] ${what === 'share' ? '.hm-copyable' : 'img'}`).waitFor();
}

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it is (WCAG 2.2 A/AA and best
 *  practices), one line each. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}
