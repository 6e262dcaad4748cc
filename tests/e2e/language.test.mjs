// Both languages (Chromium): the visible switch, the address and <html lang>
// following it, and lang=en without one untranslated string in any view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settled, useBuiltSite } from './browser.mjs';
import { reviews } from './figures.mjs';

const site = useBuiltSite();


/** Every English text of the data: some keep a Chinese name, as the glossary
 *  asks (《送阅》, “六送”); those are the editors' translations, not UI strings. */
const english = [];
(function collect(v) {
  if (Array.isArray(v)) v.forEach(collect);
  else if (v && typeof v === 'object') {
    if (typeof v.en === 'string') english.push(v.en);
    Object.values(v).forEach(collect);
  }
})(reviews);

/** Chinese text the reader would see (or hear) outside elements marked as
 *  Chinese, and not from the data's own English. */
function untranslated(arg) {
  // The data's English, or { english, selector } for text outside the widget's root.
  const { english, selector } = Array.isArray(arg) ? { english: arg, selector: '#huimou' } : arg;
  const han = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
  const zh = (el) => (el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh');
  const found = [];
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = n.textContent.trim();
    if (han.test(text) && !zh(el) && el.getClientRects().length > 0 && !english.some((e) => e.includes(text))) found.push(text);
  }
  for (const el of root.querySelectorAll('[aria-label], [placeholder], [title]')) {
    for (const a of ['aria-label', 'placeholder', 'title']) {
      const v = el.getAttribute(a);
      // A name may quote the data's English (an item's title, then its date):
      // what is left once that is taken out must have no Chinese.
      let rest = v ?? '';
      for (const e of english) if (e && rest.includes(e)) rest = rest.replace(e, '');
      if (han.test(rest) && !zh(el)) found.push(`${a}=${v}`);
    }
  }
  return found;
}

test('lang=en: no untranslated UI string in the cards, side by side, timeline, detail and list', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.server.url}?lang=en`);
  assert.equal(await settled(page), 'ready');
  assert.deepEqual(await page.evaluate(untranslated, english), [], 'cards');
  // Sources open too.
  await page.locator('.hm-source-toggle').first().click();
  assert.deepEqual(await page.evaluate(untranslated, english), [], 'a source');
  for (const view of ['Side by side', 'Timeline']) {
    await page.click(`.hm-toolbar button:has-text("${view}")`);
    assert.deepEqual(await page.evaluate(untranslated, english), [], view);
  }
  await page.locator('.hm-item').first().click();
  await page.locator('#hm-detail').waitFor();
  assert.deepEqual(await page.evaluate(untranslated, english), [], 'detail panel');
  await page.click('.hm-toolbar button:has-text("List")');
  assert.deepEqual(await page.evaluate(untranslated, english), [], 'list');
  // The extras' dialogs (outside the widget's root): share, embed, save image.
  await page.click('.hm-toolbar button:has-text("Figures")');
  for (const button of ['.hm-card [data-extra="share"]', '.hm-footer [data-extra="embed"]', '.hm-card [data-extra="image"]']) {
    await page.locator(button).first().click();
    await page.locator('dialog.hm-dialog[open]').waitFor();
    assert.deepEqual(await page.evaluate(untranslated, { english, selector: 'dialog.hm-dialog' }), [], button);
    await page.keyboard.press('Escape');
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
