// Content first (Chromium): the opening view is in the HTML, prerendered at
// build time; the wasm only makes it interactive. Readers without JavaScript
// get every figure with its source and the timeline as a list; the takeover
// changes nothing on screen; a wasm that never comes leaves the content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { axeViolations, launchChromium, settled } from './browser.mjs';
import { serve } from './server.mjs';
import { E2023 } from './editions.mjs';
import { metrics, reviews, bigNumber, asTheArticlePrintsIt, cardsOnPage, assertEveryFigureWithItsSource } from './figures.mjs';
import { pixelDifference } from './png.mjs';

const DIST = path.resolve('dist');
const items = reviews.flatMap((r) => r.items);
const isWasm = (url) => url.split('?')[0].endsWith('.wasm') && !url.includes('loader');

let browser;
let server; // holds the widget's wasm until released
let refusing; // never serves the widget's wasm

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'en.html')), 'run `trunk build --release` first');
  browser = await launchChromium();
  server = await serve(DIST, { hold: isWasm });
  refusing = await serve(DIST, { refuse: isWasm });
});

after(async () => {
  server?.release();
  await browser?.close();
  await server?.close();
  await refusing?.close();
});

/** Waits until two frames have been drawn. */
const twoFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

for (const [file, lang] of [['index.html', 'zh'], ['en.html', 'en']]) {
  test(`JavaScript off (${file}): every figure with its label and source, both bylines, the timeline as a list, styled`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${file}`);
    assertEveryFigureWithItsSource(await page.evaluate(cardsOnPage), lang);
    for (const r of reviews) {
      assert.equal(await page.locator(`#title-${r.id}`).textContent(), r.title[lang]);
      const header = await page.locator(`#review-${r.id} header`).innerText();
      const reporter = r.byline.reporters[0][lang].trim();
      assert.ok(header.replace(/\s/g, '').includes(reporter.replace(/\s/g, '')), `${r.id} byline: ${reporter}`);
    }
    // The timeline, every item, with its date as precise as the text and no more.
    const rows = await page.locator('.hm-noscript .hm-list-item').allTextContents();
    assert.equal(rows.length, items.length, 'every timeline item is listed');
    for (const i of items) assert.ok(rows.some((row) => row.includes(i.title[lang])), `item ${i.id} listed`);
    const yearItem = items.find((i) => i.when.precision === 'year');
    assert.ok(yearItem, 'the edition has items dated to the year');
    const { year: y } = yearItem.when;
    const year = lang === 'zh' ? `${y}年` : `${y}`;
    assert.ok(rows.filter((row) => row.startsWith(year)).length > 0, 'items of the year are dated by the year');
    assert.ok(!rows.some((row) => new RegExp(`${y}[-/.年]\\d{1,2}[-/.月]\\d`).test(row)), 'no item is given a day');
    // Styled, not raw markup: the stylesheet's masthead band and type.
    const style = await page.evaluate(() => {
      const masthead = getComputedStyle(document.querySelector('.hm-masthead'));
      return { band: masthead.backgroundColor, font: getComputedStyle(document.body).fontFamily,
        toolbar: getComputedStyle(document.querySelector('.hm-toolbar')).display };
    });
    assert.equal(style.band, 'rgb(168, 22, 27)', 'the red masthead band');
    assert.match(style.font, /PingFang SC/);
    assert.equal(style.toolbar, 'none', 'controls that need a script are not shown');
    assert.equal(await page.getAttribute('html', 'lang'), lang === 'zh' ? 'zh-CN' : 'en');
    await context.close();
  });
}

test('axe finds nothing on the page as it is without JavaScript', async () => {
  // axe needs script, and a page with script off runs no timer: so the page
  // is served as a browser without JavaScript shows it (its scripts gone,
  // the <noscript> content in place), to a page that runs axe.
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<\/?noscript>/g, '');
  assert.ok(html.includes('hm-noscript') && !html.includes('<script'), 'the page without its scripts');
  await page.route(`${server.url}no-js.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${server.url}no-js.html`);
  assert.ok(await page.locator(`#metric-${E2023.examples.below_fold_metric} .hm-source blockquote`).isVisible(), 'sources open, as without JavaScript');
  const found = await axeViolations(page);
  assert.deepEqual(found, []);
  await page.close();
});

/** A page whose wasm the server holds; records layout shifts and console errors. */
async function heldPage(url, options = {}) {
  server.rearm();
  const page = await browser.newPage({ viewport: { width: 375, height: 800 }, ...options });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && errors.push(`${m.type()}: ${m.text()}`));
  await page.addInitScript(() => {
    window.huimouShifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.huimouShifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('#huimou .hm-card', { state: 'attached' });
  return { page, errors };
}

test('the wasm held back: the content is there before it; the takeover changes no pixel, keeps focus, scroll and the root', async () => {
  const { page, errors } = await heldPage(server.url);
  assert.equal(await page.getAttribute('#huimou', 'data-state'), 'loading', 'not interactive yet');
  assert.equal(await page.locator('#huimou article.hm-card').count(), metrics.length, 'every figure before the wasm');
  // The reader has scrolled and put focus on a card's source button.
  const card = `metric-${E2023.examples.scrolled_metric}`;
  await page.evaluate(() => {
    window.scrollTo(0, 1500);
    window.huimouRoot = document.getElementById('huimou');
  });
  const button = page.locator(`#${card} .hm-source-toggle`);
  await button.focus();
  await twoFrames(page);
  const before = await page.screenshot();
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled >= page.viewportSize().height, `the reader is past the first screen: ${scrolled}`);
  server.release();
  assert.equal(await settled(page), 'ready');
  await twoFrames(page);
  const after = await page.screenshot();
  const state = await page.evaluate(() => ({
    sameRoot: document.getElementById('huimou') === window.huimouRoot,
    scrollY: window.scrollY,
    focused: document.activeElement?.closest('article')?.id,
    focusedClass: document.activeElement?.className,
    shifts: window.huimouShifts,
  }));
  assert.ok(state.sameRoot, '#huimou is the element hosts held');
  assert.equal(state.scrollY, scrolled, 'scroll position kept');
  assert.equal(state.focused, card, 'focus stays on the card');
  assert.equal(state.focusedClass, 'hm-source-toggle', 'on the same button');
  assert.deepEqual(state.shifts, [], 'no layout shift');
  const difference = pixelDifference(before, after);
  assert.ok(difference === 0, `${(difference * 100).toFixed(3)}% of the pixels changed at takeover`);
  // The button the reader focused before works now.
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#${card}-source:not([hidden])`);
  assert.deepEqual(errors, []);
  await page.close();
});

// The page's first paint is not shared with the wasm: it is asked for once the
// prerendered view has painted. And the takeover writes nothing on <html> or
// the root but the root's data-state and prerender mark: a write there, even of the value
// already there, has the browser recheck the style of the whole page (it was
// the longest task of the takeover). Prerendered content is readable
// meanwhile: the root is never aria-busy.
test('the wasm is asked for after the first paint; the takeover writes on <html> and the root only what changes', async () => {
  for (const file of ['index.html', 'en.html']) {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.addInitScript(() => {
      // From the end of parsing on (the head script's marks come before).
      window.huimouWrites = [];
      let parsed = false;
      document.addEventListener('readystatechange', () => { parsed = true; }, { once: true });
      new MutationObserver((list) => {
        for (const m of list) {
          const el = m.target;
          if (parsed && (el === document.documentElement || el.id === 'huimou')) {
            window.huimouWrites.push(`${el.id || el.localName} ${m.attributeName}=${el.getAttribute(m.attributeName)}`);
          }
        }
      }).observe(document, { attributes: true, subtree: true });
    });
    server.release();
    await page.goto(`${server.url}${file}`);
    assert.equal(await settled(page), 'ready');
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm') && !r.name.includes('loader'))?.startTime,
      writes: window.huimouWrites,
    }));
    assert.ok(timing.paint > 0 && timing.wasm > 0, `${file}: both timings are there`);
    assert.ok(timing.wasm >= timing.paint, `${file}: wasm asked for at ${timing.wasm} ms, before the first paint at ${timing.paint} ms`);
    // The prerender's mark goes in the takeover's own step, as its content is
    // swapped out; then the widget is ready.
    assert.deepEqual(timing.writes, ['huimou data-prerendered=null', 'huimou data-state=ready'],
      `${file}: the writes on <html> and the root`);
    assert.equal(await page.getAttribute('html', 'lang'), file === 'en.html' ? 'en' : 'zh-CN');
    await page.close();
  }
});

test('figures on screen at takeover do not count again; a figure scrolled into view later does, and lands on its value', async () => {
  const { page, errors } = await heldPage(server.url);
  const first = await page.evaluate(() => [...document.querySelectorAll('article.hm-card')]
    .filter((c) => c.getBoundingClientRect().top < innerHeight).map((c) => c.id));
  assert.ok(first.length >= 1, 'some figures are on the first screen');
  // Record every number the first screen's cards show from now on.
  await page.evaluate((ids) => {
    window.huimouSeen = [];
    new MutationObserver(() => {
      for (const id of ids) window.huimouSeen.push([id, document.querySelector(`#${id} .hm-number`).textContent]);
    }).observe(document.getElementById('huimou'), { subtree: true, childList: true, characterData: true });
  }, first);
  server.release();
  assert.equal(await settled(page), 'ready');
  const expected = Object.fromEntries(metrics.map((m) => [`metric-${m.id}`, bigNumber(m)]));
  // The last card, far below: it counts up as it arrives, and ends on its
  // figure. Meanwhile (the count-ups are live, then) the first screen's
  // cards are watched: they never show another number.
  const last = await page.evaluate(() => [...document.querySelectorAll('article.hm-card')].at(-1).id);
  // Frame by frame until it has counted and landed (a busy machine may start
  // it late), at most 600 frames.
  const samples = await page.evaluate(async ([id, final]) => {
    const el = document.getElementById(id);
    const seen = [];
    el.scrollIntoView({ block: 'center' });
    for (let i = 0; i < 600 && !(seen.some((s) => s !== final) && seen.at(-1) === final); i++) {
      await new Promise((r) => requestAnimationFrame(r));
      seen.push(el.querySelector('.hm-number').textContent);
    }
    return seen;
  }, [last, expected[last]]);
  assert.ok(samples.some((s) => s !== expected[last]), `${last} counted up: ${samples.slice(0, 5)}`);
  assert.equal(samples.at(-1), expected[last], `${last} lands on its figure`);
  for (const [id, number] of await page.evaluate(() => window.huimouSeen)) {
    assert.equal(number, expected[id], `${id} never shows another number`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('printing: every card shows its own figure, mid count-up too', async () => {
  const { page } = await heldPage(server.url);
  server.release();
  assert.equal(await settled(page), 'ready');
  // A count-up under way when the reader prints.
  await page.evaluate(() => {
    const cards = [...document.querySelectorAll('article.hm-card')];
    cards[Math.floor(cards.length / 2)].scrollIntoView({ block: 'center' });
  });
  await twoFrames(page);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const cards = await page.evaluate(() => [...document.querySelectorAll('article.hm-card')].map((c) => ({
    id: c.id.slice('metric-'.length),
    number: c.querySelector('.hm-number').textContent,
    unit: c.querySelector('.hm-unit').textContent,
    spoken: c.querySelector('.hm-sr').textContent,
  })));
  assert.equal(cards.length, metrics.length);
  for (const card of cards) {
    const m = metrics.find((x) => x.id === card.id);
    assert.equal(card.number, bigNumber(m), `${card.id}: printed ${card.number}`);
    // Printed as the paper printed it: 3700余人次, 1841件.
    assert.ok(asTheArticlePrintsIt(m, card.number, card.unit), `${card.id}: printed ${card.number}${card.unit}`);
    // The screen-reader value holds the same digits (grouping aside).
    assert.ok(card.spoken.replace(/\D/g, '').includes(String(m.value)), `${card.id}: ${card.spoken}`);
  }
  await page.close();
});

test('a tab going hidden mid count-up shows the figure itself', async () => {
  const { page } = await heldPage(server.url);
  server.release();
  assert.equal(await settled(page), 'ready');
  const last = metrics.at(-1);
  const seen = await page.evaluate(async ([id, final]) => {
    const card = document.getElementById(`metric-${id}`);
    card.scrollIntoView({ block: 'center' });
    // Until the count is under way (its observer reports the card in view).
    const numbers = [];
    for (let i = 0; i < 300 && !numbers.some((n) => n !== final); i++) {
      await new Promise((r) => requestAnimationFrame(r));
      numbers.push(card.querySelector('.hm-number').textContent);
    }
    // Animation frames stop on a hidden tab: the figure must not stay mid-count.
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    return { during: numbers.slice(-3), after: card.querySelector('.hm-number').textContent };
  }, [last.id, bigNumber(last)]);
  assert.ok(seen.during.some((n) => n !== bigNumber(last)), `the count-up was under way: ${seen.during}`);
  assert.equal(seen.after, bigNumber(last), 'a hidden tab shows the figure itself');
  await page.close();
});

test('the wasm refused: the content stays, with a short notice and data-state="error"', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(refusing.url);
  assert.equal(await settled(page), 'error');
  const alert = page.locator('#huimou [role="alert"]');
  assert.ok(await alert.isVisible(), 'the notice is visible');
  assert.match(await alert.textContent(), /Interactive features are unavailable/);
  assert.equal(await page.locator('#huimou article.hm-card').count(), metrics.length, 'every figure stays');
  assert.ok(await page.locator(`#metric-${E2023.examples.below_fold_metric} .hm-number`).isVisible());
  await page.close();
});

test('an address that asks for another view shows the loading line, never the opening view, until it is rendered', async () => {
  const [other, asked] = reviews;
  const { page } = await heldPage(`${server.url}?review=${asked.id}`);
  assert.ok(await page.locator('#huimou .huimou-loading').isVisible(), 'the loading line');
  assert.ok(!(await page.locator(`#review-${other.id}`).isVisible()), 'not the other institution');
  server.release();
  assert.equal(await settled(page), 'ready');
  assert.ok(await page.locator(`#review-${asked.id}`).isVisible(), 'the institution asked for');
  assert.equal(await page.locator(`#review-${other.id}`).count(), 0, 'only that one');
  await page.close();
});

test('theme=dark: the first screenshot, before the wasm, is already dark', async () => {
  const { page } = await heldPage(`${server.url}?theme=dark`, { colorScheme: 'light' });
  assert.equal(await page.getAttribute('#huimou', 'data-state'), 'loading');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(22, 18, 15)');
  const shot = await page.screenshot({ clip: { x: 0, y: 300, width: 375, height: 300 } });
  const { decodePng } = await import('./png.mjs');
  const { data, channels, width, height } = decodePng(shot);
  let light = 0;
  for (let i = 0; i < width * height; i++) {
    const [r, g, b] = [data[i * channels], data[i * channels + 1], data[i * channels + 2]];
    if (r + g + b > 600) light++;
  }
  assert.ok(light / (width * height) < 0.2, `mostly dark: ${(100 * light / (width * height)).toFixed(1)}% light pixels`);
  server.release();
  assert.equal(await settled(page), 'ready');
  await page.close();
});

test('accent=: the host\'s colour is on the opening view before the wasm, and stays after the takeover', async () => {
  for (const [scheme, ink] of [['light', 'rgb(10, 88, 202)'], ['dark', null]]) {
    const { page, errors } = await heldPage(`${server.url}?accent=%230a58ca`, { colorScheme: scheme });
    const look = () => page.evaluate(() => ({
      masthead: getComputedStyle(document.querySelector('#huimou .hm-masthead')).backgroundColor,
      title: getComputedStyle(document.querySelector('#huimou .hm-widget-title')).color,
      ink: getComputedStyle(document.documentElement).getPropertyValue('--hm-red').trim(),
      opening: !!document.querySelector('#huimou > .hm-app .hm-card') && getComputedStyle(document.querySelector('#huimou > .hm-app')).display !== 'none',
    }));
    const before = await look();
    assert.equal(before.masthead, 'rgb(10, 88, 202)', `${scheme}: the masthead takes the colour before the wasm`);
    assert.equal(before.title, 'rgb(255, 255, 255)', `${scheme}: white on that blue`);
    assert.ok(before.opening, `${scheme}: the opening view shows, not the loading line`);
    // The blue reads as text on the light backgrounds as it is; the dark theme lightens it.
    if (ink) assert.equal(before.ink, '#0a58ca');
    else assert.notEqual(before.ink, '#0a58ca');
    server.release();
    assert.equal(await settled(page), 'ready');
    assert.deepEqual(await look(), before, `${scheme}: the same colours after the takeover`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('lang=en through the embed snippet: a lazy iframe of the English page, English before the wasm, sized from the prerendered height', async () => {
  server.rearm();
  const page = await browser.newPage({ viewport: { width: 400, height: 900 } });
  const host = `<!doctype html><title>host</title><p>An article.</p>
    <div data-huimou-src="${server.url}index.html?lang=en" data-huimou-title="huimou"></div>
    <script src="${server.url}embed.js"></script>`;
  await page.route(`${server.url}host.html`, (route) => route.fulfill({ contentType: 'text/html', body: host }));
  await page.goto(`${server.url}host.html`);
  const iframe = page.locator('iframe');
  await iframe.waitFor();
  assert.equal(await iframe.getAttribute('loading'), 'lazy');
  assert.match(await iframe.getAttribute('src'), /\/en\.html\?lang=en&childId=/);
  const frame = page.frameLocator('iframe');
  for (const r of reviews) assert.equal(await frame.locator(`#title-${r.id}`).textContent(), r.title.en);
  assert.equal(await frame.locator('#huimou').getAttribute('data-state'), 'loading', 'before the wasm');
  // The host page sized the frame from the prerendered content's height.
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 2000);
  server.release();
  await frame.locator('#huimou[data-state="ready"]').waitFor();
  assert.equal(await frame.locator(`#title-${reviews[1].id}`).textContent(), reviews[1].title.en);
  await page.close();
});
