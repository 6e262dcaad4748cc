// The metric cards on the built page in headless Chromium: motion, deep
// links, keyboard, search, narrow screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settled, useBuiltSite } from './browser.mjs';
import { E2023 } from './editions.mjs';
import { metrics, bigNumber } from './figures.mjs';

const site = useBuiltSite();

/** The edition's figure named `example` in its fixture. */
function example(name) {
  const m = metrics.find((x) => x.id === E2023.examples[name]);
  assert.ok(m, `${name}: ${E2023.examples[name]} is a figure of the edition`);
  return m;
}

/** Where card `id` starts on the page (from the top of the document), as a
 *  reader would find it without scrolling there. */
const pageTop = (page, id) => page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top + scrollY, id);

/** Records every value a card's number shows, from the first render on. */
async function recordNumbers(page, id) {
  await page.addInitScript((id) => {
    window.__seen = [];
    new MutationObserver(() => {
      const n = document.querySelector(`#metric-${id} .hm-number`);
      if (n && window.__seen.at(-1) !== n.textContent) window.__seen.push(n.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, id);
}

/** A card the reader has not seen: below the first screen, and two screens
 *  or more from each card in `near` (where the test has scrolled to). */
async function otherCard(page, near) {
  return page.evaluate((near) => {
    const at = (c) => c.getBoundingClientRect().top + scrollY;
    const visited = near.map((id) => at(document.getElementById(id)));
    const cards = [...document.querySelectorAll('article.hm-card')]
      .filter((c) => at(c) > innerHeight + 200 && visited.every((v) => Math.abs(at(c) - v) > 2 * innerHeight));
    return cards.at(-1).id;
  }, near);
}

/** Scrolls card `id` into view and waits, frame by frame, until it has
 *  counted up and landed on its figure. */
async function countsAndLands(page, id) {
  const final = bigNumber(metrics.find((m) => `metric-${m.id}` === id));
  const seen = await page.evaluate(async ([id, final]) => {
    const el = document.getElementById(id);
    el.scrollIntoView({ block: 'center' });
    const seen = [];
    for (let i = 0; i < 600 && !(seen.some((s) => s !== final) && seen.at(-1) === final); i++) {
      await new Promise((r) => requestAnimationFrame(r));
      seen.push(el.querySelector('.hm-number').textContent);
    }
    return seen;
  }, [id, final]);
  assert.ok(seen.some((s) => s !== final) && seen.at(-1) === final, `${id} counted up and landed: ${seen.slice(0, 5)}…${seen.at(-1)}`);
}

test('a card below the fold rests on its figure, and counts up when the reader gets there', async () => {
  const m = example('below_fold_metric');
  const id = `metric-${m.id}`;
  const final = bigNumber(m);
  // A figure large enough to count up through several values on the way.
  assert.ok(m.value >= 100, `${m.id}: ${m.value} is large enough to count up`);
  const page = await site.browser.newPage();
  await recordNumbers(page, m.id);
  await page.setViewportSize({ width: 375, height: 600 });
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  assert.ok(await pageTop(page, id) > 600, `${id} is below the first screen`);
  // Below the fold the card shows its own figure (print, captures and reader
  // modes see it): it counts when the reader gets there. (Another card
  // counting up and landing first shows the count-ups are live meanwhile.)
  const first = await otherCard(page, [id]);
  await countsAndLands(page, first);
  assert.deepEqual(await page.evaluate(() => window.__seen), [final]);
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.waitForFunction((final) => window.__seen.length > 3 && window.__seen.at(-1) === final, final);
  const seen = await page.evaluate(() => window.__seen);
  assert.ok(seen.length > 3, `a count-up shows intermediate values: ${seen}`);
  assert.equal(seen.at(-1), final);
  const numbers = seen.slice(1).map((s) => Number(s.replace(/[,+]/g, '')));
  assert.ok(numbers[0] < m.value, `the count starts low: ${seen}`);
  assert.deepEqual([...numbers].sort((a, b) => a - b), numbers, 'the count only rises');
  // Seen once, it never counts again: back up, down to it again, and on to a
  // card not seen yet, which counts up and lands meanwhile.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction((id) => document.getElementById(id).getBoundingClientRect().top > innerHeight, id);
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await countsAndLands(page, await otherCard(page, [id, first]));
  assert.equal((await page.evaluate(() => window.__seen)).length, seen.length, 'no replay');
  await page.close();
});

test('with reduced motion every card shows its final figure at once', async () => {
  const m = example('below_fold_metric');
  const page = await site.browser.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await recordNumbers(page, m.id);
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  const shown = await page.$$eval('article.hm-card', (cards) =>
    Object.fromEntries(cards.map((c) => [c.id.slice('metric-'.length), c.querySelector('.hm-number').textContent])));
  for (const x of metrics) assert.equal(shown[x.id], bigNumber(x), x.id);
  assert.deepEqual(await page.evaluate(() => window.__seen), [bigNumber(m)]);
  await page.close();
});

test('?metric= opens with that card highlighted, focused and in view', async () => {
  const id = `metric-${example('far_metric').id}`;
  const page = await site.browser.newPage({ viewport: { width: 375, height: 700 } });
  await page.goto(`${site.server.url}?metric=${E2023.examples.far_metric}`);
  assert.equal(await settled(page), 'ready');
  const card = page.locator(`#${id}`);
  await page.waitForFunction((id) => document.activeElement?.id === id, id);
  assert.match(await card.getAttribute('class'), /is-highlighted/);
  // The card starts below the first screen: the link scrolled to it.
  assert.ok(await pageTop(page, id) > 700, `${id} is below the first screen`);
  const box = await card.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 700, `card in view: ${JSON.stringify(box)}`);
  assert.equal(await page.locator('.is-highlighted').count(), 1);
  // An unknown id is ignored, not an error.
  await page.goto(`${site.server.url}?metric=no-such-figure`);
  assert.equal(await settled(page), 'ready');
  assert.equal(await page.locator('.is-highlighted').count(), 0);
  await page.close();
});

test('the source opens and closes from the keyboard', async () => {
  const page = await site.browser.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  const m = example('toggle_metric');
  const toggle = page.locator(`#metric-${m.id} .hm-source-toggle`);
  const region = page.locator(`#metric-${m.id}-source`);
  await toggle.focus();
  assert.equal(await region.isVisible(), false);
  await page.keyboard.press('Enter');
  await region.waitFor({ state: 'visible' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal((await region.locator('blockquote').textContent()).replace(/\s/g, ''), m.quote.zh.replace(/\s/g, ''));
  await page.keyboard.press('Space');
  await region.waitFor({ state: 'hidden' });
  // Tab moves on to the card's one other action (share or save) and out of
  // it: the card traps nothing.
  const visited = [];
  for (let k = 0; k < 2; k++) {
    await page.keyboard.press('Tab');
    visited.push(await page.evaluate(() => document.activeElement.dataset.extra ?? document.activeElement.closest('article')?.id ?? 'outside'));
  }
  assert.equal(visited[0], 'menu');
  assert.notEqual(visited[1], `metric-${m.id}`);
  assert.notEqual(await page.evaluate(() => document.activeElement.closest('article')?.id), `metric-${m.id}`);
  await page.close();
});

test('typing a search filters the cards, and an empty result says so', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}?lang=en`);
  assert.equal(await settled(page), 'ready');
  // Theme and search sit behind one button, which says whether it is open.
  const toggle = page.locator('.hm-filter-toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(!(await page.locator('#hm-search').isVisible()), 'closed at first');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const word = E2023.examples.search_en;
  const expected = metrics.filter((m) => [m.label.en, m.unit.en, m.quote.en].join(' ').toLowerCase().includes(word)).map((m) => `metric-${m.id}`);
  assert.ok(expected.length > 0 && expected.length < metrics.length, `"${word}" finds some figures, not all: ${expected.length}`);
  await page.locator('#hm-search').fill(word);
  await page.waitForFunction((all) => document.querySelectorAll('article.hm-card').length < all, metrics.length);
  const ids = await page.$$eval('article.hm-card', (cs) => cs.map((c) => c.id));
  assert.deepEqual(ids.sort(), expected.sort());
  assert.match(await page.locator('.hm-count').textContent(), new RegExp(`^${expected.length} figures`));
  await page.locator('#hm-search').fill('xylophone');
  assert.equal(await page.locator('.hm-empty').textContent(), 'No figures match.');
  await page.close();
});

test('no sideways scrolling from 320 px to wide screens', async () => {
  for (const width of [320, 375, 768, 1280]) {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(site.server.url);
    assert.equal(await settled(page), 'ready');
    for (const view of ['数字', '并排对比', '时间线', '列表']) {
      await page.click(`text=${view}`);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scroll <= width, `${view} at ${width}px scrolls to ${scroll}px`);
    }
    await page.close();
  }
});
