// Embedding (Chromium): the example host page embeds the widget with the
// loader script and with pym.js; the iframes follow the widget's height, and
// the widget ignores what a host asks of it beyond that.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useBuiltSite } from './browser.mjs';
import { reviews } from './figures.mjs';

const site = useBuiltSite();


/** The page's two widget frames, once both widgets are ready. */
async function framesReady(page) {
  await page.waitForFunction(() => {
    const frames = [...document.querySelectorAll('iframe')];
    return frames.length === 2
      && frames.every((f) => f.contentDocument?.getElementById('huimou')?.dataset.state === 'ready');
  }, null, { timeout: 20000 });
  return {
    loader: page.frameLocator('#with-loader iframe'),
    pym: page.frameLocator('#with-pym iframe'),
  };
}

/** Waits until the iframe in `host` is as tall as the widget's content. */
async function follows(page, host) {
  await page.waitForFunction((host) => {
    const frame = document.querySelector(`${host} iframe`);
    const content = Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height);
    return content > 100 && Math.abs(frame.getBoundingClientRect().height - content) <= 1;
  }, host, { timeout: 10000 });
  return page.evaluate((host) => document.querySelector(`${host} iframe`).getBoundingClientRect().height, host);
}

test('the example host page: both iframes follow the content as it grows and shrinks', async () => {
  const page = await site.browser.newPage({ viewport: { width: 900, height: 800 } });
  await page.goto(`${site.server.url}example.html`);
  const { loader, pym } = await framesReady(page);
  const opening = await follows(page, '#with-loader');
  await follows(page, '#with-pym');

  // Switching review: one institution's cards only, so shorter; then both again.
  await loader.locator('.hm-toolbar button', { hasText: reviews[1].short_name.zh }).first().click();
  const one = await follows(page, '#with-loader');
  assert.ok(one < opening, `${one} < ${opening}`);
  await loader.locator('.hm-toolbar button', { hasText: '全部' }).first().click();
  assert.equal(await follows(page, '#with-loader'), opening);

  // The list view, then a detail panel opened in it (pym, English).
  await pym.locator('button', { hasText: 'List' }).first().click();
  const list = await follows(page, '#with-pym');
  await pym.locator('.hm-list-item').first().click();
  await pym.locator('#hm-detail').waitFor();
  const detail = await follows(page, '#with-pym');
  assert.notEqual(detail, list);
  await page.close();
});

test('height messages come in the pym.js, Datawrapper and AMP forms, with the childId', async () => {
  const page = await site.browser.newPage();
  await page.addInitScript(() => {
    window.__messages = [];
    addEventListener('message', (e) => window.__messages.push(e.data));
  });
  await page.goto(`${site.server.url}example.html`);
  await framesReady(page);
  const pymId = 'with-pym';
  await page.waitForFunction((id) => window.__messages.some((m) => typeof m === 'string' && m.startsWith(`pymxPYMx${id}xPYMxheightxPYMx`)), pymId);
  const messages = await page.evaluate(() => window.__messages);
  const pym = messages.filter((m) => typeof m === 'string' && /^pymxPYMx.+xPYMxheightxPYMx\d+$/.test(m));
  assert.ok(pym.some((m) => m.startsWith('pymxPYMxhuimou-1xPYMx')), 'the loader frame uses its own childId');
  const dw = messages.filter((m) => m && typeof m === 'object' && m['datawrapper-height']);
  assert.ok(dw.some((m) => Number.isInteger(m['datawrapper-height'][pymId])), JSON.stringify(dw));
  const amp = messages.filter((m) => m && m.sentinel === 'amp');
  assert.ok(amp.length > 0 && amp.every((m) => m.type === 'embed-size' && Number.isInteger(m.height)), JSON.stringify(amp));
  await page.close();
});

test('a navigation or scroll request from the host page is not acted on', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}example.html`);
  await framesReady(page);
  const before = await page.evaluate(() => document.querySelector('#with-pym iframe').contentWindow.location.href);
  // The test's own last message arrives after the others: by then the
  // widget has had every one of them (and two frames to act on them).
  await page.evaluate(() => new Promise((resolve) => {
    const frame = document.querySelector('#with-pym iframe').contentWindow;
    frame.addEventListener('message', (e) => {
      if (e.data === 'test: all sent') frame.requestAnimationFrame(() => frame.requestAnimationFrame(resolve));
    });
    window.pymParent.sendMessage('navigateTo', 'https://evil.example/');
    window.pymParent.sendMessage('scrollToChildPos', '5000');
    frame.postMessage('pymxPYMxwith-pymxPYMxnavigateToxPYMxhttps://evil.example/', '*');
    frame.postMessage({ sentinel: 'amp', type: 'embed-size', height: 1 }, '*');
    frame.postMessage('test: all sent', '*');
  }));
  const after = await page.evaluate(() => ({
    href: document.querySelector('#with-pym iframe').contentWindow.location.href,
    top: document.querySelector('#with-pym iframe').contentWindow.scrollY,
    state: document.querySelector('#with-pym iframe').contentDocument.getElementById('huimou').dataset.state,
  }));
  assert.deepEqual(after, { href: before, top: 0, state: 'ready' });
  await page.close();
});

test('theme=dark and theme=light fix the colours; auto follows the system', async () => {
  const page = await site.browser.newPage();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const luminance = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${site.server.url}?theme=dark`);
  await page.waitForFunction(() => document.getElementById('huimou').dataset.state === 'ready');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.ok(luminance(await background()) < 80, await background());
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${site.server.url}?theme=light`);
  await page.waitForFunction(() => document.getElementById('huimou').dataset.state === 'ready');
  assert.ok(luminance(await background()) > 180, await background());
  await page.goto(`${site.server.url}?theme=bogus`);
  await page.waitForFunction(() => document.getElementById('huimou').dataset.state === 'ready');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
  assert.ok(luminance(await background()) < 80, 'auto follows the dark system setting');
  await page.close();
});

test('standalone: a titled page with a description and social preview metadata', async () => {
  const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(site.server.url);
  await page.waitForFunction(() => document.getElementById('huimou').dataset.state === 'ready');
  const meta = await page.evaluate(() => ({
    title: document.title,
    description: document.querySelector('meta[name=description]')?.content,
    ogTitle: document.querySelector('meta[property="og:title"]')?.content,
    ogDescription: document.querySelector('meta[property="og:description"]')?.content,
    card: document.querySelector('meta[name="twitter:card"]')?.content,
    viewport: document.querySelector('meta[name=viewport]')?.content,
  }));
  // The edition's own words (data/edition.json), not the widget's.
  const edition = JSON.parse(fs.readFileSync('data/edition.json', 'utf8'));
  assert.equal(meta.title, edition.title.zh);
  assert.equal(meta.description, edition.description.zh);
  assert.equal(meta.ogDescription, edition.description.zh);
  assert.equal(meta.ogTitle, meta.title);
  assert.equal(meta.card, 'summary');
  assert.match(meta.viewport, /width=device-width/);
  // A phone-width page without sideways scrolling.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
  await page.close();
});

test('print: the list and the cards print without controls, sources open', async () => {
  const page = await site.browser.newPage({ viewport: { width: 800, height: 1000 } });
  await page.goto(site.server.url);
  await page.waitForFunction(() => document.getElementById('huimou').dataset.state === 'ready');
  await page.emulateMedia({ media: 'print' });
  const shown = (selector) => page.evaluate((s) => [...document.querySelectorAll(s)]
    .filter((e) => e.getClientRects().length > 0).length, selector);
  assert.equal(await shown('.hm-toolbar'), 0);
  assert.equal(await shown('.hm-source-toggle'), 0);
  const cards = await page.evaluate(() => document.querySelectorAll('article.hm-card').length);
  assert.equal(await shown('.hm-source'), cards, 'every card prints its source');
  await page.emulateMedia({ media: 'screen' });
  await page.click('text=列表');
  await page.locator('.hm-list').waitFor();
  await page.emulateMedia({ media: 'print' });
  const rows = await page.evaluate(() => document.querySelectorAll('.hm-list-item').length);
  assert.ok(rows > 50);
  assert.equal(await shown('.hm-list-item'), rows);
  assert.equal(await shown('.hm-toolbar'), 0);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  await page.close();
});
