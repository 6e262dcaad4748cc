// Many items on the built page (Chromium): a synthetic file of 3,000 items
// (`cargo run --example synth`) through `?data=`. Only what is near the
// screen is in the DOM, scrolling brings the rest, a deep link lands on its
// item, and an item's details open on screen (stuck to its bottom), never
// below the whole drawing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { settled, useBuiltSite } from './browser.mjs';

const N = 3000;
const site = useBuiltSite('dist', {
  prepare: (dir) => {
    const json = execFileSync('cargo', ['run', '--quiet', '--example', 'synth', '--', String(N)], { maxBuffer: 1 << 28 });
    fs.writeFileSync(path.join(dir, 'many.json'), json);
  },
});

/** In the page: the ids of the elements matching `selector` that are at
 *  least partly on screen. */
const onScreenIn = (selector) => [...document.querySelectorAll(selector)].filter((el) => {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight;
}).map((el) => el.id);
const onScreen = (page, selector = '.hm-item') => page.evaluate(onScreenIn, selector);
/** Waits until something matching `selector` is on screen. */
const someOnScreen = (page, selector = '.hm-item') =>
  page.waitForFunction(`(${onScreenIn})(${JSON.stringify(selector)}).length > 0`);

test('a deep link into 3,000 items lands on its item with only the screen\'s items in the page', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.server.url}?data=many.json&item=item-1500`);
  assert.equal(await settled(page, 60000), 'ready');
  await page.waitForFunction(() => document.querySelector('[aria-current="true"]')?.id === 'item-item-1500');
  const box = await page.locator('#item-item-1500').boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 800, JSON.stringify(box));
  const count = await page.locator('.hm-item').count();
  assert.ok(count > 5 && count < 300, `${count} items in the DOM`);
  assert.match(await page.locator('.hm-timeline-tools .hm-count').textContent(), /3,?000/);
  await page.close();
});

test('scrolling the page far down brings that part of the drawing into the page', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.server.url}?data=many.json`);
  assert.equal(await settled(page, 60000), 'ready');
  await page.click('text=时间线');
  await page.locator('.hm-timeline').waitFor();
  await someOnScreen(page);
  const before = await onScreen(page);
  assert.ok(before.length > 0);
  const height = await page.evaluate(() => document.querySelector('.hm-canvas').getBoundingClientRect().height);
  assert.ok(height > 20000, `a drawing ${height}px tall`);
  for (const fraction of [0.3, 0.7]) {
    await page.evaluate((f) => {
      const canvas = document.querySelector('.hm-canvas');
      scrollTo(0, scrollY + canvas.getBoundingClientRect().top + canvas.offsetHeight * f);
    }, fraction);
    await someOnScreen(page);
    const now = await onScreen(page);
    assert.ok(now.length > 0 && !now.some((id) => before.includes(id)), `${fraction}: ${now.slice(0, 5)}`);
    assert.ok(await page.locator('.hm-item').count() < 300);
  }
  await page.close();
});

test('opening an item keeps the page where it is, its details stuck on screen with focus', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.server.url}?data=many.json&item=item-10`);
  assert.equal(await settled(page, 60000), 'ready');
  await page.locator('#hm-detail').waitFor();
  // A deep link leaves focus on its item, scrolled into view.
  await page.waitForFunction(() => document.activeElement?.id === 'item-item-10');
  const box = await page.locator('#item-item-10').boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 800, `deep-linked item at ${JSON.stringify(box)}`);
  // Close, then open another item on screen with a click.
  await page.keyboard.press('Escape');
  await page.locator('#hm-detail').waitFor({ state: 'detached' });
  const other = (await onScreen(page)).find((id) => id !== 'item-item-10');
  const y = await page.evaluate(() => scrollY);
  await page.locator(`#${other}`).click();
  await page.locator('#hm-detail').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'hm-detail-title');
  const after = await page.evaluate(() => scrollY);
  assert.ok(Math.abs(after - y) < 50, `the page moved from ${y} to ${after}`);
  const panel = await page.locator('#hm-detail').boundingBox();
  assert.ok(panel && panel.y < 800 && panel.y + panel.height <= 801, JSON.stringify(panel));
  await page.close();
});

test('the lanes\' names stay in place while the drawing scrolls sideways', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.server.url}?data=many.json&item=item-10`);
  assert.equal(await settled(page, 60000), 'ready');
  await page.keyboard.press('Escape');
  const zoomIn = page.locator('.hm-zoom').nth(1);
  await zoomIn.click();
  await zoomIn.click();
  const lane = page.locator('.hm-lane').first();
  const frame = await page.locator('.hm-timeline').boundingBox();
  const x0 = (await lane.boundingBox()).x;
  // Scrolled, then the scroll's event and two frames drawn after it.
  const scrolled = await page.evaluate(() => new Promise((resolve) => {
    const s = document.querySelector('.hm-timeline');
    s.addEventListener('scroll', () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(s.scrollLeft))), { once: true });
    s.scrollLeft = 600;
  }));
  assert.ok(scrolled > 100, `the drawing scrolls sideways (${scrolled})`);
  const x1 = (await lane.boundingBox()).x;
  assert.equal(x1, x0);
  assert.ok(x1 >= frame.x && x1 < frame.x + 40, `${x1} within the frame starting at ${frame.x}`);
  await page.close();
});

test('the list on a narrow screen: a deep link lands on its row, scrolling brings the rest, only the screen\'s rows are in the page', async () => {
  const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${site.server.url}?data=many.json&item=item-1500`);
  assert.equal(await settled(page, 60000), 'ready');
  await page.waitForFunction(() => document.querySelector('.hm-list [aria-current="true"]')?.id === 'item-item-1500');
  const box = await page.locator('#item-item-1500').boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 800, JSON.stringify(box));
  const rows = () => page.evaluate(() => document.querySelectorAll('.hm-list > li').length);
  assert.ok(await rows() < 100, `${await rows()} rows in the DOM`);
  await page.evaluate(() => scrollTo(0, scrollY + 40000));
  await someOnScreen(page, '.hm-list > li');
  assert.ok((await onScreen(page, '.hm-list > li')).length > 5 && await rows() < 100);
  await page.close();
});
