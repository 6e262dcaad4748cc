// The same reader-facing behaviour in Firefox ESR, driven over W3C WebDriver
// (geckodriver) with real keyboard input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve } from './server.mjs';
import { startDriver, Session, firefoxCapabilities } from './webdriver.mjs';
import { metrics, bigNumber, reviews } from './figures.mjs';

const GECKODRIVER = process.env.GECKODRIVER ?? 'geckodriver';
let driver;
let server;
let ff;

const ready = () => document.getElementById('huimou')?.dataset.state === 'ready';

before(async () => {
  server = await serve(path.resolve('dist'));
  driver = await startDriver(GECKODRIVER);
  // Reduced motion, as a reader's system setting would ask for it.
  ff = await Session.create(driver.url, firefoxCapabilities({ 'ui.prefersReducedMotion': 1 }));
  await ff.setWindowSize(400, 800);
});

after(async () => {
  await ff?.quit().catch(() => {});
  driver?.stop();
  await server?.close();
});

test('Firefox: ready, both titles, every final figure at once under reduced motion', async () => {
  await ff.goto(server.url);
  await ff.waitFor(ready);
  for (const r of reviews) {
    assert.equal(await ff.run((id) => document.getElementById(`title-${id}`).textContent, r.id), r.title.zh);
  }
  const shown = await ff.run(() => Object.fromEntries([...document.querySelectorAll('article.hm-card')]
    .map((c) => [c.id.slice(7), c.querySelector('.hm-number').textContent])));
  for (const m of metrics) assert.equal(shown[m.id], bigNumber(m), m.id);
});

test('Firefox: ?metric= focuses the card, and its source opens with Enter', async () => {
  await ff.goto(`${server.url}?metric=proposals-accepted`);
  await ff.waitFor(ready);
  await ff.waitFor(() => document.activeElement?.id === 'metric-proposals-accepted');
  assert.ok(await ff.run(() => {
    const r = document.getElementById('metric-proposals-accepted').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
  }), 'the card is in view');
  // Tab from the focused card reaches its source button; Enter opens it.
  await ff.press('Tab');
  assert.equal(await ff.run(() => document.activeElement.className), 'hm-source-toggle');
  await ff.press('Enter');
  await ff.waitFor(() => !document.getElementById('metric-proposals-accepted-source').hidden);
  const quote = await ff.run(() => document.querySelector('#metric-proposals-accepted-source blockquote').textContent);
  assert.equal(quote, metrics.find((m) => m.id === 'proposals-accepted').quote.zh);
  await ff.press('Enter');
  await ff.waitFor(() => document.getElementById('metric-proposals-accepted-source').hidden);
});

test('Firefox: typing a search filters the cards', async () => {
  await ff.goto(server.url);
  await ff.waitFor(ready);
  const search = await ff.find('#hm-search');
  await ff.type(search, '提案');
  await ff.waitFor(() => document.querySelectorAll('article.hm-card').length < 20);
  const ids = await ff.run(() => [...document.querySelectorAll('article.hm-card')].map((c) => c.id));
  assert.ok(ids.includes('metric-proposals-submitted'), ids.join());
  for (const id of ids) {
    const m = metrics.find((x) => `metric-${x.id}` === id);
    assert.ok([m.label.zh, m.quote.zh.replace(/\s/g, '')].some((t) => t.includes('提案')), id);
  }
});

test('Firefox: lang=en fetches the English; ?data= loads through the loader worker', async () => {
  await ff.goto(`${server.url}?lang=en`);
  await ff.waitFor(ready);
  for (const r of reviews) {
    assert.equal(await ff.run((id) => document.getElementById(`title-${id}`).textContent, r.id), r.title.en);
  }
  await ff.goto(`${server.url}?data=data/npc-2023.json`);
  await ff.waitFor(() => document.getElementById('huimou')?.dataset.state !== 'loading');
  const cards = await ff.run(() => [...document.querySelectorAll('article.hm-card')].map((c) => c.id.slice(7)));
  const npc = reviews.find((r) => r.id === 'npc');
  assert.deepEqual(cards.sort(), npc.metrics.map((m) => m.id).sort());
});

test('Firefox: the example host page sizes both iframes from the height messages', async () => {
  await ff.setWindowSize(900, 800);
  await ff.goto(`${server.url}example.html`);
  await ff.waitFor(() => [...document.querySelectorAll('iframe')].length === 2
    && [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.getElementById('huimou')?.dataset.state === 'ready'));
  const follows = (host) => ff.waitFor((host) => {
    const frame = document.querySelector(`${host} iframe`);
    const content = Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height);
    return content > 100 && Math.abs(frame.getBoundingClientRect().height - content) <= 1 && content;
  }, 10000, host);
  const opening = await follows('#with-loader');
  await follows('#with-pym');
  // The timeline view is shorter than every card of both reviews: the iframe shrinks with it.
  await ff.run(() => [...document.querySelector('#with-loader iframe').contentDocument.querySelectorAll('.hm-toolbar button')]
    .find((b) => b.textContent === '时间线').click());
  await ff.waitFor(() => document.querySelector('#with-loader iframe').contentDocument.querySelector('.hm-timeline'));
  const timeline = await follows('#with-loader');
  assert.notEqual(timeline, opening);
  await ff.setWindowSize(400, 800);
});

test('Firefox: the language switch fetches the English and the address follows', async () => {
  await ff.goto(server.url);
  await ff.waitFor(ready);
  await ff.run(() => document.querySelector('.hm-lang').click());
  await ff.waitFor(() => document.documentElement.lang === 'en');
  for (const r of reviews) {
    assert.equal(await ff.run((id) => document.getElementById(`title-${id}`).textContent, r.id), r.title.en);
  }
  assert.equal(await ff.run(() => new URL(location.href).searchParams.get('lang')), 'en');
});

test('Firefox: accent= fills the masthead; a pale accent gets dark text and a darker ink', async () => {
  await ff.goto(`${server.url}?accent=%23ffd400&theme=light`);
  await ff.waitFor(ready);
  const colours = await ff.run(() => {
    const masthead = getComputedStyle(document.querySelector('.hm-masthead'));
    const pressed = getComputedStyle(document.querySelector('.hm-segment[aria-pressed="true"]'));
    return { fill: masthead.backgroundColor, text: masthead.color, pressed: pressed.backgroundColor };
  });
  assert.equal(colours.fill, 'rgb(255, 212, 0)');
  assert.equal(colours.text, 'rgb(0, 0, 0)');
  // On the light page the yellow is darkened where it is a background for white text.
  const [r, g, b] = colours.pressed.match(/\d+/g).map(Number);
  assert.ok(r < 200 && g < 180 && b < 60, colours.pressed);
  await ff.goto(`${server.url}?accent=nope`);
  await ff.waitFor(ready);
  assert.equal(await ff.run(() => document.documentElement.getAttribute('style')), null);
});

test('Firefox: share gives the card\'s link; save image gives a PNG of the card\'s size; embed gives the snippet', async () => {
  await ff.setWindowSize(1100, 900);
  await ff.goto(server.url);
  await ff.waitFor(ready);
  const m = metrics.find((x) => x.headline) ?? metrics[0];
  await ff.run((id) => document.querySelector(`#metric-${id} [data-extra="share"]`).click(), m.id);
  await ff.waitFor(() => document.querySelector('dialog.hm-dialog[open] .hm-copyable'));
  const link = await ff.run(() => document.querySelector('dialog.hm-dialog .hm-copyable').value);
  assert.equal(new URL(link).searchParams.get('metric'), m.id);
  await ff.run(() => document.querySelector('dialog.hm-dialog').close());
  const box = await ff.run((id) => {
    const r = document.getElementById(`metric-${id}`).getBoundingClientRect();
    return [Math.round(r.width), Math.round(r.height)];
  }, m.id);
  await ff.run((id) => document.querySelector(`#metric-${id} [data-extra="image"]`).click(), m.id);
  await ff.waitFor(() => document.querySelector('dialog.hm-dialog[open] a[download]'));
  const png = await ff.run(() => document.querySelector('dialog.hm-dialog a[download]').href);
  const bytes = Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64');
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  const dpr = await ff.run(() => Math.min(3, Math.max(1, Math.round(devicePixelRatio || 1))));
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [dpr * box[0], dpr * box[1]]);
  await ff.run(() => document.querySelector('dialog.hm-dialog').close());
  await ff.run(() => document.querySelector('.hm-footer [data-extra="embed"]').click());
  await ff.waitFor(() => document.querySelector('dialog.hm-dialog[open] textarea'));
  const snippet = await ff.run(() => document.querySelector('dialog.hm-dialog textarea').value);
  assert.match(snippet, /^<div data-huimou-src="http[^"]+" data-huimou-title="[^"]+"><\/div>\n<script src="[^"]+\/embed\.js" async><\/script>$/);
  // The link opens on the card.
  await ff.goto(link);
  await ff.waitFor(ready);
  assert.match(await ff.run((id) => document.getElementById(`metric-${id}`).className, m.id), /is-highlighted/);
  await ff.setWindowSize(400, 800);
});

test('Firefox: theme=dark darkens the page; the CSV downloads with its byte-order mark', async () => {
  await ff.goto(`${server.url}?theme=dark`);
  await ff.waitFor(ready);
  const rgb = await ff.run(() => getComputedStyle(document.body).backgroundColor);
  const mean = rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
  assert.ok(mean < 80, rgb);
  const csv = await ff.run(async () => {
    const a = document.querySelector('.hm-footer a[download][href$=".csv"]');
    const bytes = new Uint8Array(await (await fetch(a.href)).arrayBuffer());
    return { head: [...bytes.slice(0, 3)], lines: new TextDecoder().decode(bytes).trim().split('\r\n').length };
  });
  assert.deepEqual(csv.head, [0xef, 0xbb, 0xbf]);
  assert.equal(csv.lines, metrics.length + 1);
});
