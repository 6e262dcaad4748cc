// Strict CSP and privacy (Chromium): the widget works under the policy a
// careful publisher sets, with no violation reported, and nothing it does
// leaves its origin or stays behind in the reader's site.browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settled, shareOrSave, useBuiltSite } from './browser.mjs';
import { E2023 } from './editions.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
  + "img-src 'self' data:; connect-src 'self'";

const site = useBuiltSite('dist', { headers: { 'content-security-policy': CSP } });

/** ?data= for the edition's second file (dist/ serves data/ as the repository has it). */
const DATA = `?data=${E2023.files[1]}`;

/** A page that records CSP violations (in the page and its workers' reports) and every request. */
async function watched() {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text()); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { context, page, requests, problems };
}

test('under a strict CSP: the cards, English, accent=, the timeline, the list, ?data= and the extras work with no violation', async () => {
  const { context, page, problems } = await watched();
  for (const query of ['', '?lang=en', DATA, '?accent=%230a58ca']) {
    await page.goto(`${site.server.url}${query}`);
    assert.equal(await settled(page), 'ready', query);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], query);
  }
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  await page.click('.hm-toolbar button:has-text("时间线")');
  await page.locator('.hm-item').first().click();
  await page.locator('#hm-detail').waitFor();
  await page.click('.hm-toolbar button:has-text("列表")');
  await page.locator('.hm-list').waitFor();
  // The extras: loaded on first use, with their styles, the drawn PNG and the dialog.
  await page.click('.hm-toolbar button:has-text("数字")');
  for (const extra of ['image', 'share']) {
    await shareOrSave(page, page.locator('.hm-card').first(), extra);
    await page.keyboard.press('Escape');
  }
  await page.locator('.hm-footer [data-extra="embed"]').click();
  await page.locator('dialog.hm-dialog[open] textarea').first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('private: every request stays on the widget\'s origin, and no cookie or storage is left', async () => {
  const { context, page, requests } = await watched();
  for (const query of ['', '?lang=en', DATA, `?item=${E2023.examples.month_item}`]) {
    await page.goto(`${site.server.url}${query}`);
    assert.equal(await settled(page), 'ready', query);
  }
  await page.locator('.hm-lang').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.ok(requests.length > 10);
  assert.deepEqual(requests.filter((u) => !u.startsWith(site.server.url)), []);
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0, databases: 0 });
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});
