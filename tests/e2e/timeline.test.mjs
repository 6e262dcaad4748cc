// The timeline and its list on the built page (Chromium): deep link, the
// keyboard contract, the detail panel, the address, zoom without hijacking
// the page's scroll.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settled, useBuiltSite } from './browser.mjs';
import { E2023 } from './editions.mjs';
import { reviews, timeOrder } from './figures.mjs';

const site = useBuiltSite();


const current = (page) => page.evaluate(() => document.querySelector('[aria-current="true"]')?.id);

test('?item= opens the timeline with that item selected, in view, its details open', async () => {
  const item = E2023.items.find((i) => i.id === E2023.examples.month_item);
  assert.equal(item?.when.precision, 'month', 'the example is of month precision');
  const date = `${item.when.year}年${item.when.month}月`;
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.server.url}?item=${item.id}`);
  assert.equal(await settled(page), 'ready');
  assert.equal(await current(page), `item-${item.id}`);
  const box = await page.locator(`#item-${item.id}`).boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 800, JSON.stringify(box));
  const detail = page.locator('#hm-detail');
  await detail.waitFor();
  assert.equal((await detail.locator('> blockquote').textContent()).replace(/\s/g, ''), item.quote.zh.replace(/\s/g, ''));
  assert.ok((await detail.textContent()).includes(date), date);
  // Screen readers hear the item's title and its date (the axis shows the date to the eye).
  const name = await page.locator(`#item-${item.id}`).getAttribute('aria-label');
  assert.equal(name, `${item.title.zh}，${date}`);
  assert.equal(await page.locator(`#item-${item.id}`).textContent(), item.title.zh);
  await page.close();
});

test('arrows walk the items in time order, Home and End jump, the address follows', async () => {
  const order = timeOrder();
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.server.url}?item=${order[0]}`);
  assert.equal(await settled(page), 'ready');
  await page.locator(`#item-${order[0]}`).focus();
  await page.keyboard.press('Escape');
  for (let k = 1; k <= 5; k++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => document.activeElement?.id === id, `item-${order[k]}`);
    assert.equal(await current(page), `item-${order[k]}`);
  }
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((id) => document.activeElement?.id === id, `item-${order[4]}`);
  await page.keyboard.press('End');
  await page.waitForFunction((id) => document.activeElement?.id === id, `item-${order.at(-1)}`);
  // The address follows once the keys pause.
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('item') === id, order.at(-1));
  await page.keyboard.press('Home');
  await page.waitForFunction((id) => document.activeElement?.id === id, `item-${order[0]}`);
  // Only one item is current, and only it takes Tab.
  assert.equal(await page.locator('[aria-current="true"]').count(), 1);
  assert.equal(await page.locator('.hm-item[tabindex="0"]').count(), 1);
  await page.close();
});

test('Enter opens the details, Escape closes them and gives focus back', async () => {
  const order = timeOrder();
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.server.url}?item=${order[2]}`);
  assert.equal(await settled(page), 'ready');
  await page.locator(`#item-${order[2]}`).focus();
  await page.keyboard.press('Escape');
  await page.locator('#hm-detail').waitFor({ state: 'detached' });
  await page.keyboard.press('Enter');
  await page.locator('#hm-detail').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'hm-detail-title');
  await page.keyboard.press('Escape');
  await page.locator('#hm-detail').waitFor({ state: 'detached' });
  await page.waitForFunction((id) => document.activeElement?.id === id, `item-${order[2]}`);
  await page.close();
});

test('ctrl + wheel zooms the drawing; a plain wheel scrolls the page', async () => {
  const id = E2023.examples.month_item;
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.server.url}?item=${id}`);
  assert.equal(await settled(page), 'ready');
  await page.locator(`#item-${id}`).focus();
  await page.keyboard.press('Escape');
  await page.locator('#hm-detail').waitFor({ state: 'detached' });
  const width = () => page.evaluate(() => document.querySelector('.hm-canvas').getBoundingClientRect().width);
  const before = await width();
  const box = await page.locator('.hm-timeline').boundingBox();
  // A point on the part of the drawing that is on screen.
  await page.mouse.move(box.x + 300, Math.max(box.y, 0) + 100);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction((y) => window.scrollY > y, scrollBefore);
  assert.equal(await width(), before, 'a plain wheel does not zoom');
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await page.waitForFunction((w) => document.querySelector('.hm-canvas').getBoundingClientRect().width > w, before);
  await page.close();
});

test('the list shows the same items in the same order, with the same selection', async () => {
  const order = timeOrder();
  const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${site.server.url}?item=${order[3]}`);
  assert.equal(await settled(page), 'ready');
  // Narrow screens get the list.
  const ids = await page.$$eval('.hm-list-item', (b) => b.map((x) => x.id));
  assert.deepEqual(ids, order.map((id) => `item-${id}`));
  assert.equal(await current(page), `item-${order[3]}`);
  await page.locator(`#item-${order[3]}`).focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((id) => document.activeElement?.id === id, `item-${order[4]}`);
  await page.close();
});

test('a data file from another origin is refused without a request', async () => {
  const page = await site.browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${site.server.url}?data=${encodeURIComponent('https://evil.example/d.json')}`);
  assert.equal(await settled(page), 'error');
  assert.match(await page.locator('[role=alert]').innerText(), /only data files from this site|只能加载本站/);
  assert.ok(requests.every((u) => u.startsWith(site.server.url)), requests.join('\n'));
  await page.close();
});

test('search and theme filter the timeline, with the count', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  await page.click('text=时间线');
  await page.locator('.hm-timeline').waitFor();
  await page.locator('.hm-filter-toggle').click();
  const word = E2023.examples.item_search_zh;
  // Expected, from the data: the items whose title or quote mention the word.
  const expected = reviews.flatMap((r) => r.items)
    .filter((i) => [i.title.zh, i.quote.zh].some((t) => t.replace(/\s/g, '').includes(word)))
    .map((i) => `item-${i.id}`).sort();
  assert.ok(expected.length > 0 && expected.length < E2023.items.length, `"${word}" finds some items, not all: ${expected.length}`);
  await page.locator('#hm-search').fill(word);
  await page.waitForFunction((n) => document.querySelectorAll('.hm-item').length === n, expected.length);
  assert.deepEqual((await page.$$eval('.hm-item', (b) => b.map((x) => x.id))).sort(), expected);
  assert.match(await page.locator('.hm-timeline-tools .hm-count').textContent(), new RegExp(`${expected.length}`));
  await page.locator('#hm-search').fill('');
  // A theme (review/section): its items, from the data.
  const theme = E2023.examples.theme_section;
  const [review, section] = theme.split('/');
  const inTheme = reviews.find((r) => r.id === review).items.filter((i) => i.section === section).map((i) => `item-${i.id}`).sort();
  assert.ok(inTheme.length > 0 && inTheme.length < E2023.items.length, `${theme} has some items, not all: ${inTheme.length}`);
  await page.selectOption('.hm-field select', theme);
  await page.waitForFunction((n) => document.querySelectorAll('.hm-item').length === n, inTheme.length);
  assert.deepEqual((await page.$$eval('.hm-item', (b) => b.map((x) => x.id))).sort(), inTheme);
  await page.close();
});

test("a card's related item is a link that opens it in the timeline", async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  // From the data: a figure and an item it names, whose title the search below does not match.
  const review = reviews[1];
  const metric = review.metrics.find((m) => m.items?.length);
  const item = review.items.find((i) => i.id === metric.items[0]);
  await page.locator('.hm-filter-toggle').click();
  await page.locator('#hm-search').fill(metric.label.zh);
  const card = page.locator(`#metric-${metric.id}`);
  await card.locator('.hm-source-toggle').click();
  const link = card.locator(`a[data-item="${item.id}"]`);
  assert.equal(await link.getAttribute('href'), `?item=${item.id}`);
  assert.equal(await link.textContent(), item.title.zh);
  await link.click();
  await page.locator('.hm-timeline').waitFor();
  assert.equal(await current(page), `item-${item.id}`);
  assert.equal(await page.locator('#hm-detail-title').textContent(), item.title.zh);
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('item') === id, item.id);
  assert.ok(await page.locator(`#item-${item.id}`).isVisible());
  await page.close();
});
