// `?data=` on the built page (Chromium): another data file of the same schema,
// read and checked by the loader worker, off the first load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { launchChromium, settled } from './browser.mjs';
import { reviews } from './figures.mjs';

let browser;
let server;
let site;

before(async () => {
  // The built widget plus two files of our own beside it.
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'huimou-data-'));
  fs.cpSync(path.resolve('dist'), site, { recursive: true });
  fs.writeFileSync(path.join(site, 'broken.json'), '{"id": "x",\n  "year": 2023,\n  oops');
  const dangling = JSON.parse(fs.readFileSync('data/npc-2023.json', 'utf8'));
  dangling.items[2].metrics = ['no-such-figure'];
  fs.writeFileSync(path.join(site, 'dangling.json'), JSON.stringify(dangling));
  browser = await launchChromium();
  server = await serve(site);
});

after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(site, { recursive: true, force: true });
});

test('?data= shows that file, read by the loader worker and not on the first load', async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}?data=data/npc-2023.json`);
  assert.equal(await settled(page), 'ready');
  const npc = reviews.find((r) => r.id === 'npc');
  const cards = await page.$$eval('article.hm-card', (c) => c.map((x) => x.id.slice(7)));
  assert.deepEqual(cards.sort(), npc.metrics.map((m) => m.id).sort());
  assert.ok(requests.includes('/loader_bg.wasm') && requests.includes('/data/npc-2023.json'), requests.join('\n'));

  // Without data=, the loader is never fetched.
  const plain = await browser.newPage();
  const plainRequests = [];
  plain.on('request', (r) => plainRequests.push(new URL(r.url()).pathname));
  await plain.goto(server.url);
  assert.equal(await settled(plain), 'ready');
  assert.ok(!plainRequests.some((p) => p.startsWith('/loader')), plainRequests.join('\n'));
  await page.close();
  await plain.close();
});

test('?data= with broken JSON or a dangling reference shows what is wrong, and where', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}?data=broken.json`);
  assert.equal(await settled(page), 'error');
  assert.match(await page.locator('[role=alert]').innerText(), /line 3 column 3/);

  await page.goto(`${server.url}?data=dangling.json`);
  assert.equal(await settled(page), 'error');
  assert.match(await page.locator('[role=alert]').innerText(), /items\[2\]\.metrics\[0\][\s\S]*no-such-figure/);

  await page.goto(`${server.url}?data=missing.json`);
  assert.equal(await settled(page), 'error');
  assert.match(await page.locator('[role=alert]').innerText(), /missing\.json: HTTP 404/);
  await page.close();
});
