// The built widget (dist/, from `trunk build --release`) over real HTTP in
// headless Chromium: what a reader's browser does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { launchChromium, settled } from './browser.mjs';

const DIST = path.resolve('dist');
const reviews = ['data/cppcc-2023.json', 'data/npc-2023.json'].map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
let browser;
let server;

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'run `trunk build --release` first');
  browser = await launchChromium();
  server = await serve(DIST);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page reaches ready and shows both titles and bylines', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await page.goto(server.url);
  assert.equal(await settled(page), 'ready');
  for (const r of reviews) {
    const title = page.locator(`#title-${r.id}`);
    assert.equal(await title.textContent(), r.title.zh);
    assert.ok(await title.isVisible(), `${r.id} title visible`);
    const header = await page.locator(`#review-${r.id} header`).innerText();
    for (const p of r.byline.reporters) assert.ok(header.includes(p.zh.trim()), `${r.id} byline: ${p.zh}`);
  }
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.deepEqual(errors, []);
  await page.close();
});

test('lang=en renders the English titles and sets <html lang>', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}?lang=en`);
  assert.equal(await settled(page), 'ready');
  for (const r of reviews) assert.equal(await page.locator(`#title-${r.id}`).textContent(), r.title.en);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.close();
});

test('a wasm file that is missing, on an address that asked for another view: the opening view and a notice, not a blank frame', async () => {
  // A copy of dist/ without its .wasm: what a reader sees if the file is
  // blocked or missing. The address asked for one institution, which the
  // prerendered page does not hold: the page showed the loading line, and
  // now shows what it has (prerender.test.mjs covers the plain address).
  const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'huimou-broken-'));
  fs.cpSync(DIST, broken, { recursive: true });
  for (const f of fs.readdirSync(broken)) if (f.endsWith('.wasm')) fs.rmSync(path.join(broken, f));
  const s = await serve(broken);
  const page = await browser.newPage();
  await page.goto(`${s.url}?review=npc`);
  assert.equal(await settled(page), 'error');
  const alert = page.locator('#huimou [role=alert]');
  assert.ok(await alert.isVisible());
  assert.match(await alert.innerText(), /无法使用|unavailable/);
  assert.ok(await page.locator('#title-npc').isVisible(), 'the content is shown');
  assert.ok(!(await page.locator('#huimou .huimou-loading').isVisible()), 'no loading line left');
  // Another data file's figures it cannot show: there, the alert alone.
  await page.goto(`${s.url}?data=data/npc-2023.json`);
  assert.equal(await settled(page), 'error');
  assert.match(await alert.innerText(), /加载|load/);
  assert.equal(await page.locator('#huimou .hm-card').count(), 0);
  await page.close();
  await s.close();
  fs.rmSync(broken, { recursive: true });
});
