// axe-core (WCAG 2.2 A/AA and best practices) on the built page: the figures
// in light and dark, with a source panel open, on a phone and a desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, settled, shareOrSave, useBuiltSite } from './browser.mjs';
import { E2023 } from './editions.mjs';
import { timeOrder } from './figures.mjs';

const site = useBuiltSite();
const violations = axeViolations;

for (const scheme of ['light', 'dark']) {
  for (const width of [375, 768, 1100, 1280]) {
    test(`axe finds nothing: ${scheme}, ${width}px, a source panel and the filters open`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(`${site.server.url}?lang=${width === 768 || width > 1100 ? 'en' : 'zh'}`);
      assert.equal(await settled(page), 'ready');
      await page.locator(`#metric-${E2023.examples.metric} .hm-source-toggle`).click();
      assert.deepEqual(await violations(page), [], 'a source open');
      await page.locator('.hm-filter-toggle').click();
      await page.locator('#hm-search').waitFor();
      assert.deepEqual(await violations(page), [], 'the filters open');
      await page.close();
    });
  }
}

test('axe finds nothing in the side-by-side view', async () => {
  const page = await site.browser.newPage({ viewport: { width: 375, height: 900 } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  await page.click('text=并排对比');
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('the axe harness reports a planted contrast failure (the checks above can fail)', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '低对比度 low contrast';
    p.style.cssText = 'color:#ddd;background:#fff';
    document.getElementById('huimou').append(p);
  });
  const found = await violations(page);
  assert.ok(found.some((v) => v.startsWith('color-contrast')), found.join('\n'));
  await page.close();
});

for (const [view, width] of [['timeline', 1280], ['list', 375]]) {
  test(`axe finds nothing in the ${view}, with an item's details open`, async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site.server.url}?item=${E2023.examples.month_item}`);
    assert.equal(await settled(page), 'ready');
    await page.locator('#hm-detail').waitFor();
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
}

for (const [label, width, height] of [['320 px', 320, 700], ['200% zoom of a 1280 px window', 640, 450]]) {
  test(`at ${label}: axe finds nothing (dark, timeline and list with details) and nothing scrolls sideways`, async () => {
    const page = await site.browser.newPage({ viewport: { width, height } });
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.goto(site.server.url);
    assert.equal(await settled(page), 'ready');
    // How far the page scrolls sideways: the content's width beyond the
    // page's own (the viewport less the scrollbar's room that a top-level
    // page keeps, `scrollbar-gutter`).
    const sideways = () => page.evaluate(() => {
      const html = document.documentElement;
      return html.scrollWidth - Math.round(html.getBoundingClientRect().width);
    });
    assert.equal(await sideways(), 0, 'cards');
    assert.deepEqual(await violations(page), [], 'cards');
    for (const view of ['时间线', '列表']) {
      await page.click(`.hm-toolbar button:has-text("${view}")`);
      await page.locator(view === '列表' ? '.hm-list-item' : '.hm-item').first().click();
      await page.locator('#hm-detail').waitFor();
      // The drawing scrolls sideways inside its own frame; the page never does.
      assert.equal(await sideways(), 0, view);
      assert.deepEqual(await violations(page), [], view);
    }
    await page.close();
  });
}

test('keyboard only: Tab reaches every control, each with a visible focus ring', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  await page.click('.hm-toolbar button:has-text("时间线")');
  await page.locator('.hm-item').first().waitFor();
  // Every control a mouse can use, except the timeline items past the one that
  // takes Tab (roving tabindex: arrows move between them).
  const controls = await page.$$eval('#huimou a[href], #huimou button, #huimou input, #huimou select, #huimou [tabindex="0"]',
    (els) => els.filter((e) => !e.disabled && e.getAttribute('tabindex') !== '-1' && e.getClientRects().length > 0)
      .map((e) => e.id || `${e.tagName}:${e.textContent.trim().slice(0, 20)}`));
  assert.ok(controls.length > 10, `${controls.length} controls`);
  const reached = new Set();
  const unringed = [];
  await page.evaluate(() => document.activeElement?.blur());
  for (let n = 0; n < 200 && reached.size < controls.length; n++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || !e.closest('#huimou')) return null;
      const s = getComputedStyle(e);
      const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      return { key: e.id || `${e.tagName}:${e.textContent.trim().slice(0, 20)}`, ring };
    });
    if (!focused) continue;
    reached.add(focused.key);
    if (!focused.ring) unringed.push(focused.key);
  }
  assert.deepEqual(controls.filter((c) => !reached.has(c)), []);
  assert.deepEqual(unringed, []);
  await page.close();
});

// accent=: a host's brand colour fills the masthead as given; where it is
// text or a line on the page it is made readable. axe checks the contrast
// with a pale, a mid and a dark accent, in both themes, with pressed buttons,
// links and an item's details on screen.
for (const accent of ['ffd400', '0a58ca', '#3cf', '101820']) {
  for (const scheme of ['light', 'dark']) {
    test(`accent=${accent}, ${scheme}: the masthead takes it, axe finds nothing`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const order = timeOrder();
      await page.goto(`${site.server.url}?accent=${encodeURIComponent(accent)}&item=${order[3]}`);
      assert.equal(await settled(page), 'ready');
      await page.locator('#hm-detail').waitFor();
      const hex = accent.replace('#', '');
      const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
      const expected = `rgb(${[0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)).join(', ')})`;
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.hm-masthead')).backgroundColor), expected);
      assert.deepEqual(await violations(page), []);
      await page.close();
    });
  }
}

test('a bad accent= is ignored: the widget keeps its own colours', async () => {
  const page = await site.browser.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  const masthead = () => page.evaluate(() => getComputedStyle(document.querySelector('.hm-masthead')).backgroundColor);
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  const own = await masthead();
  for (const bad of ['red', '#12345', 'url(x)', '#fff;background:url(x)', 'javascript:alert(1)']) {
    await page.goto(`${site.server.url}?accent=${encodeURIComponent(bad)}`);
    assert.equal(await settled(page), 'ready', bad);
    assert.equal(await masthead(), own, bad);
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('style')), null, bad);
  }
  await page.close();
});

test('axe finds nothing with the extras\' dialogs open (share, image, embed), light and dark', async () => {
  const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(site.server.url);
    assert.equal(await settled(page), 'ready');
    for (const button of ['.hm-card [data-extra="menu"]', 'share', 'image', '.hm-footer [data-extra="embed"]']) {
      if (button === 'share' || button === 'image') await shareOrSave(page, page.locator('.hm-card').first(), button);
      else await page.locator(button).first().click();
      await page.locator('dialog.hm-dialog[open]').waitFor();
      assert.deepEqual(await violations(page), [], `${scheme} ${button}`);
      await page.keyboard.press('Escape');
      await page.locator('dialog.hm-dialog').waitFor({ state: 'detached' });
    }
  }
  await page.close();
});
