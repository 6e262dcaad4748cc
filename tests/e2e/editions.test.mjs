// The widget's behaviour on every edition (tests/e2e/editions.mjs): the
// bundled 2023 one and the small one made in the studio, loaded with ?data=.
// Expectations come from each edition's data and fixture, never from one
// edition's counts or ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, settled, useBuiltSite } from './browser.mjs';
import { EDITIONS } from './editions.mjs';
import { cardsOnPage, assertEveryFigureWithItsSource, timeOrder } from './figures.mjs';

const site = useBuiltSite('dist', { prepare: (dir) => EDITIONS.forEach((e) => e.place(dir)) });
const current = (page) => page.evaluate(() => document.querySelector('[aria-current="true"]')?.id);

for (const edition of EDITIONS) {
  for (const lang of ['zh', 'en']) {
    test(`${edition.name} (${lang}): every figure shows its final number, its label and its source`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.emulateMedia({ reducedMotion: 'reduce', media: 'print' });
      await page.goto(edition.url(site.server.url, lang === 'en' ? 'lang=en' : ''));
      assert.equal(await settled(page), 'ready');
      assertEveryFigureWithItsSource(await page.evaluate(cardsOnPage), lang, edition.metrics);
      // The year at a glance holds only reviews with headline figures, and is
      // not drawn for an edition without any.
      const glance = edition.reviews.filter((r) => r.metrics.some((m) => m.headline)).length;
      assert.equal(await page.locator('.hm-glance-row').count(), glance);
      assert.equal(await page.locator('.hm-glance').count(), glance ? 1 : 0);
      // The masthead names the edition's year, from its data.
      const year = edition.reviews[0].year;
      assert.equal(await page.locator('.hm-widget-title').textContent(), lang === 'zh' ? `回眸${year}` : `${year} in review`);
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }

  test(`${edition.name}: ?item= opens its month item, selected, its details and date open`, async () => {
    const id = edition.examples.month_item;
    const item = edition.items.find((i) => i.id === id);
    assert.equal(item.when.precision, 'month', 'the example is of month precision');
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(edition.url(site.server.url, `item=${id}`));
    assert.equal(await settled(page), 'ready');
    assert.equal(await current(page), `item-${id}`);
    const detail = page.locator('#hm-detail');
    await detail.waitFor();
    assert.equal((await detail.locator('> blockquote').textContent()).replace(/\s/g, ''), item.quote.zh.replace(/\s/g, ''));
    assert.match(await detail.textContent(), new RegExp(`${item.when.year}年${item.when.month}月`));
    await page.close();
  });

  test(`${edition.name}: the list shows every item in time order, and ?metric= shows its card`, async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    const order = timeOrder(edition);
    await page.goto(edition.url(site.server.url, `item=${order.at(-1)}`));
    assert.equal(await settled(page), 'ready');
    const ids = await page.$$eval('.hm-list-item', (b) => b.map((x) => x.id));
    assert.deepEqual(ids, order.map((id) => `item-${id}`));
    const metric = edition.examples.metric;
    await page.goto(edition.url(site.server.url, `metric=${metric}`));
    assert.equal(await settled(page), 'ready');
    await page.waitForFunction((id) => {
      const card = document.getElementById(id);
      const box = card?.getBoundingClientRect();
      return box && box.top >= 0 && box.top < innerHeight;
    }, `metric-${metric}`);
    await page.close();
  });
}
