// Both languages (Chromium): the visible switch, the address and <html lang>
// following it, and lang=en without one untranslated string in any view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settled, shareOrSave, useBuiltSite } from './browser.mjs';
import { reviews } from './figures.mjs';

const site = useBuiltSite();


/** Chinese the reader would see (or hear) outside elements marked as Chinese:
 *  in the English view there is none. The data's English gives every name in
 *  English, and a name's original, where it follows, is marked lang="zh-CN"
 *  (model::originals), as the source quotes are. */
function untranslated(selector = '#huimou') {
  const han = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
  const zh = (el) => (el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh');
  const found = [];
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = n.textContent.trim();
    if (han.test(text) && !zh(el) && el.getClientRects().length > 0) found.push(text);
  }
  for (const el of root.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
    for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
      const v = el.getAttribute(a);
      if (v && han.test(v) && !zh(el)) found.push(`${a}=${v}`);
    }
  }
  return found;
}

test('lang=en: no untranslated UI string in the cards, side by side, timeline, detail and list', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.server.url}?lang=en`);
  assert.equal(await settled(page), 'ready');
  assert.deepEqual(await page.evaluate(untranslated), [], 'cards');
  // Sources open too: one by its button, then every one (the text a reader
  // opens, each translation with the originals it names).
  await page.locator('.hm-source-toggle').first().click();
  assert.deepEqual(await page.evaluate(untranslated), [], 'a source');
  const sources = await page.evaluate(() => {
    const panels = [...document.querySelectorAll('.hm-source')];
    for (const p of panels) p.hidden = false;
    return panels.length;
  });
  assert.ok(sources >= 80, `every card's source (${sources})`);
  assert.ok(await page.locator('.hm-translation span[lang="zh-CN"]').count() > 0, 'a translation names an original, marked Chinese');
  assert.deepEqual(await page.evaluate(untranslated), [], 'every source');
  for (const view of ['Side by side', 'Timeline']) {
    await page.click(`.hm-toolbar button:has-text("${view}")`);
    assert.deepEqual(await page.evaluate(untranslated), [], view);
  }
  await page.locator('.hm-item').first().click();
  await page.locator('#hm-detail').waitFor();
  assert.deepEqual(await page.evaluate(untranslated), [], 'detail panel');
  await page.click('.hm-toolbar button:has-text("List")');
  assert.deepEqual(await page.evaluate(untranslated), [], 'list');
  // The extras' dialogs (outside the widget's root): share, embed, save image.
  await page.click('.hm-toolbar button:has-text("Figures")');
  for (const button of ['.hm-card [data-extra="menu"]', 'share', '.hm-footer [data-extra="embed"]', 'image']) {
    if (button === 'share' || button === 'image') await shareOrSave(page, page.locator('.hm-card').first(), button);
    else await page.locator(button).first().click();
    await page.locator('dialog.hm-dialog[open]').waitFor();
    assert.deepEqual(await page.evaluate(untranslated, 'dialog.hm-dialog'), [], button);
    await page.keyboard.press('Escape');
  }
  await page.close();
});

test('lang=en: every item\'s detail panel, its quote\'s translation included, has no Chinese outside lang marks', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1100, height: 800 } });
  const ids = reviews.flatMap((r) => r.items.map((i) => i.id));
  assert.ok(ids.length >= 90, `every item (${ids.length})`);
  for (const id of ids) {
    await page.goto(`${site.server.url}?lang=en&item=${id}`);
    assert.equal(await settled(page), 'ready', id);
    await page.locator('#hm-detail').waitFor();
    assert.deepEqual(await page.evaluate(untranslated, '#hm-detail'), [], `detail panel of ${id}`);
  }
  await page.close();
});

test('the visible switch changes the language, <html lang> and the address, and back', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  const title = (id) => page.locator(`#title-${id}`).textContent();
  assert.equal(await title(reviews[0].id), reviews[0].title.zh);
  const toEnglish = page.locator('.hm-lang');
  assert.equal(await toEnglish.textContent(), 'English');
  assert.equal(await toEnglish.getAttribute('lang'), 'en');
  await toEnglish.click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await title(reviews[0].id), reviews[0].title.en);
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
  assert.equal(await page.locator('.hm-lang').textContent(), '中文');
  await page.locator('.hm-lang').click();
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.equal(await title(reviews[1].id), reviews[1].title.zh);
  assert.equal(new URL(page.url()).searchParams.get('lang'), null);
  await page.close();
});

test('get the data: the CSV (with its byte-order mark) and each review\'s JSON download from the page', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  const links = await page.$$eval('.hm-footer a', (a) => a.map((x) => ({ href: x.href, download: x.hasAttribute('download'), text: x.textContent })));
  assert.equal(links.length, 1 + reviews.length);
  assert.ok(links.every((l) => l.download && l.href.startsWith(site.server.url)));
  const csv = await page.evaluate(async (href) => new Uint8Array(await (await fetch(href)).arrayBuffer()), links[0].href);
  const bytes = Object.values(csv);
  assert.deepEqual(bytes.slice(0, 3), [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const text = new TextDecoder().decode(Uint8Array.from(bytes)).replace(/^\ufeff/, '');
  const figures = reviews.flatMap((r) => r.metrics);
  assert.equal(text.trim().split('\r\n').length, figures.length + 1);
  assert.ok(text.includes(figures[0].quote.zh.replace(/\s/g, '')) || text.includes(figures[0].quote.zh));
  for (const [n, r] of reviews.entries()) {
    const json = await page.evaluate(async (href) => (await fetch(href)).json(), links[n + 1].href);
    assert.equal(json.id, r.id);
  }
  // A ?data= edition has no prebuilt CSV: no links then (the embed button stays).
  await page.goto(`${site.server.url}?data=data/npc-2023.json`);
  assert.equal(await settled(page), 'ready');
  assert.equal(await page.locator('.hm-footer a').count(), 0);
  assert.equal(await page.locator('.hm-footer [data-extra="embed"]').count(), 1);
  await page.close();
});
