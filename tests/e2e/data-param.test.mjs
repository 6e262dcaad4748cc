// `?data=` on the built page (Chromium): another data file of the same schema,
// read and checked by the loader worker, off the first load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { settled, useBuiltSite } from './browser.mjs';
import { reviews } from './figures.mjs';

// The built widget plus two files of our own beside it.
const site = useBuiltSite('dist', {
  prepare: (dir) => {
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"id": "x",\n  "year": 2023,\n  oops');
    const dangling = JSON.parse(fs.readFileSync('data/npc-2023.json', 'utf8'));
    dangling.items[2].metrics = ['no-such-figure'];
    fs.writeFileSync(path.join(dir, 'dangling.json'), JSON.stringify(dangling));
  },
});


test('?data= shows that file, read by the loader worker and not on the first load', async () => {
  const page = await site.browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${site.server.url}?data=data/npc-2023.json`);
  assert.equal(await settled(page), 'ready');
  const npc = reviews.find((r) => r.id === 'npc');
  const cards = await page.$$eval('article.hm-card', (c) => c.map((x) => x.id.slice(7)));
  assert.deepEqual(cards.sort(), npc.metrics.map((m) => m.id).sort());
  assert.ok(requests.some((p) => /^\/loader-[0-9a-f]{16}_bg\.wasm$/.test(p)) && requests.includes('/data/npc-2023.json'), requests.join('\n'));
  // Another data file: the page's own edition is not fetched.
  assert.ok(!requests.some((p) => p.endsWith('.bin')), requests.join('\n'));

  // Without data=, the loader is never fetched.
  const plain = await site.browser.newPage();
  const plainRequests = [];
  plain.on('request', (r) => plainRequests.push(new URL(r.url()).pathname));
  await plain.goto(site.server.url);
  assert.equal(await settled(plain), 'ready');
  assert.ok(!plainRequests.some((p) => p.startsWith('/loader')), plainRequests.join('\n'));
  // Nor the extras (share, embed, save image): they load on first use.
  assert.ok(!plainRequests.some((p) => p.startsWith('/extras')), plainRequests.join('\n'));
  await page.close();
  await plain.close();
});

test('?data= with broken JSON or a dangling reference shows what is wrong, and where', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}?data=broken.json`);
  assert.equal(await settled(page), 'error');
  assert.match(await page.locator('[role=alert]').innerText(), /line 3 column 3/);

  await page.goto(`${site.server.url}?data=dangling.json`);
  assert.equal(await settled(page), 'error');
  assert.match(await page.locator('[role=alert]').innerText(), /items\[2\]\.metrics\[0\][\s\S]*no-such-figure/);

  await page.goto(`${site.server.url}?data=missing.json`);
  assert.equal(await settled(page), 'error');
  assert.match(await page.locator('[role=alert]').innerText(), /missing\.json: HTTP 404/);
  await page.close();
});
