// The first screen and the typography, measured in Chromium on the built site: the masthead is one line on a
// phone, no unit, label or title breaks inside a word, the headline band has
// no empty column, and the Chinese phone's first screen holds two headline
// figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settled, useBuiltSite } from './browser.mjs';
import { brokenWords, WORDY } from './typography.mjs';

const site = useBuiltSite();

async function open(width, height, lang, dark = false) {
  const context = await site.browser.newContext({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light' });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${lang === 'en' ? 'en.html' : 'index.html'}`);
  assert.equal(await settled(page), 'ready');
  return { page, close: () => context.close() };
}

/** Lines a text element is drawn on (distinct tops of its text's rects). */
function lines(selector) {
  const el = document.querySelector(selector);
  const range = document.createRange();
  range.selectNodeContents(el);
  return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
}

test('the masthead is one line on a 375 px phone, in both languages', async () => {
  for (const lang of ['zh', 'en']) {
    const { page, close } = await open(375, 667, lang);
    assert.equal(await page.evaluate(lines, '.hm-widget-title'), 1, `${lang}: the title on one line`);
    const m = await page.evaluate(() => {
      const text = document.createRange();
      text.selectNodeContents(document.querySelector('.hm-widget-title'));
      const title = text.getBoundingClientRect();
      const button = document.querySelector('.hm-lang').getBoundingClientRect();
      const masthead = document.querySelector('.hm-masthead').getBoundingClientRect();
      return { overlap: title.right > button.left && title.top < button.bottom, height: masthead.height };
    });
    assert.equal(m.overlap, false, `${lang}: the title clears the language switch`);
    assert.ok(m.height <= 64, `${lang}: the masthead is one line high (${m.height} px)`);
    // Its subtitle is still there for screen readers.
    assert.ok((await page.locator('.hm-widget-subtitle').textContent()).length > 10);
    await close();
  }
});

test('no unit, label, title or banner breaks inside a word, at 375, 768 and 1,100 px', async () => {
  for (const width of [375, 768, 1100]) {
    const { page, close } = await open(width, 800, 'en');
    const broken = await page.evaluate(brokenWords, WORDY);
    assert.deepEqual(broken, [], `${width} px`);
    // Nor does a long unit ("appointments and removals") run out of its card
    // into the next one: it wraps between its words.
    const outside = await page.evaluate(() => [...document.querySelectorAll('.hm-card')].flatMap((card) => {
      const box = card.getBoundingClientRect();
      return [...card.querySelectorAll('.hm-number, .hm-unit, .hm-label')]
        .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > box.right + 0.5)
        .map((el) => `${card.id} ${el.className}: ${el.textContent}`);
    }));
    assert.deepEqual(outside, [], `${width} px`);
    // Figures in tabular numerals: a count-up does not jitter.
    const proportional = await page.evaluate(() => [...document.querySelectorAll('.hm-number, .hm-funnel-value')]
      .filter((el) => !getComputedStyle(el).fontVariantNumeric.includes('tabular-nums')).length);
    assert.equal(proportional, 0, `${width} px: every figure in tabular numerals`);
    await close();
  }
});

test('the headline band fills its row: no empty column, at every width, in both languages', async () => {
  for (const width of [375, 768, 1100]) {
    for (const lang of ['zh', 'en']) {
      const { page, close } = await open(width, 800, lang);
      const rows = await page.evaluate(() => [...document.querySelectorAll('.hm-headline-row')].map((row) => {
        // A collapsed (auto-fit) track is listed as 0px: it takes no room.
        const tracks = getComputedStyle(row).gridTemplateColumns.split(' ').filter((t) => parseFloat(t) > 0).length;
        const lefts = new Set([...row.children].map((c) => Math.round(c.getBoundingClientRect().left)));
        return { tracks, used: lefts.size, cards: row.children.length };
      }));
      assert.equal(rows.length, 2, 'a headline row per institution');
      for (const r of rows) {
        assert.ok(r.cards > 0);
        assert.equal(r.used, r.tracks, `${width} px, ${lang}: every column holds a card (${JSON.stringify(r)})`);
      }
      await close();
    }
  }
});

/** How many headline figures of each institution's band row are wholly on
 *  the first screen: number, unit and label. */
function headlineFiguresOnScreen() {
  return [...document.querySelectorAll('.hm-glance-row')].map((row) => [...row.querySelectorAll('.hm-card')].filter((card) => {
    const parts = ['.hm-number', '.hm-unit', '.hm-label'].map((s) => card.querySelector(s).getBoundingClientRect());
    return parts.every((r) => r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth);
  }).length);
}

test('a 375×667 phone: at least two headline figures on the first screen, both languages, light and dark', async () => {
  for (const lang of ['zh', 'en']) {
    for (const dark of [false, true]) {
      const { page, close } = await open(375, 667, lang, dark);
      const seen = await page.evaluate(headlineFiguresOnScreen);
      assert.ok(seen[0] >= 2, `${lang} ${dark ? 'dark' : 'light'}: ${seen} headline figures wholly on the first screen`);
      await close();
    }
  }
});

test('a 1,100×800 screen: both institutions\' headline figures at once, both languages, light and dark', async () => {
  for (const lang of ['zh', 'en']) {
    for (const dark of [false, true]) {
      const { page, close } = await open(1100, 800, lang, dark);
      const seen = await page.evaluate(headlineFiguresOnScreen);
      assert.equal(seen.length, 2);
      assert.ok(seen.every((n) => n >= 4), `${lang} ${dark ? 'dark' : 'light'}: ${seen} per institution`);
      await close();
    }
  }
});

test('the controls take one row above the figures on a phone, each with its name, and the rest opens from one button', async () => {
  for (const lang of ['zh', 'en']) {
    const { page, close } = await open(375, 667, lang);
    const row = await page.evaluate(() => {
      const controls = [...document.querySelectorAll('.hm-toolbar button, .hm-toolbar select, .hm-toolbar input')]
        .filter((el) => el.getClientRects().length);
      return {
        tops: [...new Set(controls.map((el) => Math.round(el.getBoundingClientRect().top)))].length,
        unnamed: controls.filter((el) => !(el.getAttribute('aria-label') || el.textContent.trim() || el.labels?.length)).length,
        count: controls.length,
      };
    });
    assert.equal(row.tops, 1, `${lang}: one row of controls (${row.count} controls)`);
    assert.equal(row.unnamed, 0, `${lang}: every control has a name`);
    // Theme and search: behind one button; the keyboard opens them.
    await page.locator('.hm-filter-toggle').focus();
    await page.keyboard.press('Enter');
    assert.ok(await page.locator('#hm-search').isVisible(), `${lang}: the search opens`);
    assert.ok(await page.locator('.hm-filters select').isVisible(), `${lang}: the theme opens`);
    await close();
  }
});

test('by touch on a phone: a card\'s source and its one other action (share or save)', async () => {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  const card = page.locator('.hm-glance .hm-card').first();
  const actions = await card.evaluate((c) => [...c.querySelectorAll('button')].map((b) => b.dataset.extra ?? 'source'));
  assert.deepEqual(actions, ['source', 'menu'], 'one quiet action besides the source');
  await card.locator('.hm-source-toggle').tap();
  await card.locator('.hm-source blockquote').waitFor();
  await card.locator('[data-extra="menu"]').tap();
  await page.locator('dialog.hm-dialog[open] .hm-choice').nth(1).tap();
  await page.locator('dialog.hm-dialog[open] img').waitFor();
  await context.close();
});

test('the opening view has at least a fifth fewer elements than the 1,755 it had', async () => {
  const { page, close } = await open(375, 667, 'zh');
  const n = await page.evaluate(() => document.querySelectorAll('#huimou *').length);
  console.log(`opening view: ${n} elements in #huimou (zh)`);
  assert.ok(n <= Math.floor(1755 * 0.8), `${n} elements`);
  await close();
});
