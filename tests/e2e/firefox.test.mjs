// The same reader-facing behaviour in Firefox ESR, driven over W3C WebDriver
// (geckodriver) with real keyboard input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDriverSite } from './webdriver.mjs';
import { E2023 } from './editions.mjs';
import { metrics, bigNumber, reviews } from './figures.mjs';
import { pngSize } from './png.mjs';
import { brokenWords, WORDY } from './typography.mjs';

const ready = () => document.getElementById('huimou')?.dataset.state === 'ready';

// Reduced motion, as a reader's system setting would ask for it.
const site = useDriverSite('dist', { prefs: { 'ui.prefersReducedMotion': 1 }, size: [400, 800] });

test('Firefox: ready, both titles, every final figure at once under reduced motion', async () => {
  await site.session.goto(site.server.url);
  await site.session.waitFor(ready);
  for (const r of reviews) {
    assert.equal(await site.session.run((id) => document.getElementById(`title-${id}`).textContent, r.id), r.title.zh);
  }
  const shown = await site.session.run(() => Object.fromEntries([...document.querySelectorAll('article.hm-card')]
    .map((c) => [c.id.slice(7), c.querySelector('.hm-number').textContent])));
  for (const m of metrics) assert.equal(shown[m.id], bigNumber(m), m.id);
});

test('Firefox: ?metric= focuses the card, and its source opens with Enter', async () => {
  const m = metrics.find((x) => x.id === E2023.examples.metric);
  assert.ok(m, `${E2023.examples.metric} is a figure of the edition`);
  const id = `metric-${m.id}`;
  await site.session.goto(`${site.server.url}?metric=${m.id}`);
  await site.session.waitFor(ready);
  await site.session.waitFor((id) => document.activeElement?.id === id, 20000, id);
  // In view once the themes above it are laid out (content-visibility
  // sizes them when they near the screen, which may move it on a busy machine).
  const inView = (id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
  };
  await site.session.waitFor(inView, 5000, id).catch(() => {});
  const where = await site.session.run((id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height, innerHeight, scrollY, focused: document.activeElement?.id, state: document.getElementById('huimou').dataset.state };
  }, id);
  assert.ok(await site.session.run(inView, id), `the card is in view: ${JSON.stringify(where)}`);
  // Tab from the focused card reaches its source button; Enter opens it.
  await site.session.press('Tab');
  assert.equal(await site.session.run(() => document.activeElement.className), 'hm-source-toggle');
  await site.session.press('Enter');
  await site.session.waitFor((id) => !document.getElementById(`${id}-source`).hidden, 20000, id);
  const quote = await site.session.run((id) => document.querySelector(`#${id}-source blockquote`).textContent, id);
  assert.equal(quote, m.quote.zh);
  await site.session.press('Enter');
  await site.session.waitFor((id) => document.getElementById(`${id}-source`).hidden, 20000, id);
});

test('Firefox: typing a search filters the cards', async () => {
  await site.session.goto(site.server.url);
  await site.session.waitFor(ready);
  await site.session.run(() => document.querySelector('.hm-filter-toggle').click());
  await site.session.waitFor(() => !document.getElementById('hm-filters').hidden);
  const { search_zh: term, search_zh_finds: finds } = E2023.examples;
  const has = (m) => [m.label.zh, m.quote.zh.replace(/\s/g, '')].some((t) => t.includes(term));
  assert.ok(has(metrics.find((m) => m.id === finds)), `"${term}" is in ${finds}'s label or quote`);
  // How many cards the search leaves, from the data: the widget searches the
  // label, unit and quote and the theme's name, white space aside (the
  // Chinese ones: the English cannot hold a Chinese term).
  const found = reviews.flatMap((r) => r.metrics.filter((m) => {
    const theme = r.sections.find((s) => s.id === m.section)?.label.zh ?? '';
    return [m.label.zh, m.unit.zh, m.quote.zh, theme].some((t) => t.replace(/\s/g, '').includes(term));
  }));
  assert.ok(found.length < metrics.length, `"${term}" leaves some figures out`);
  const search = await site.session.find('#hm-search');
  await site.session.type(search, term);
  // (Typed a character at a time: until the whole term is in, more cards show.)
  await site.session.waitFor((n) => document.querySelectorAll('article.hm-card').length === n, 20000, found.length);
  const ids = await site.session.run(() => [...document.querySelectorAll('article.hm-card')].map((c) => c.id));
  assert.ok(ids.includes(`metric-${finds}`), ids.join());
  for (const id of ids) {
    const m = metrics.find((x) => `metric-${x.id}` === id);
    assert.ok(has(m), id);
  }
});

test('Firefox: lang=en fetches the English; ?data= loads through the loader worker', async () => {
  await site.session.goto(`${site.server.url}?lang=en`);
  await site.session.waitFor(ready);
  for (const r of reviews) {
    assert.equal(await site.session.run((id) => document.getElementById(`title-${id}`).textContent, r.id), r.title.en);
  }
  // The edition's second file alone (dist/ serves data/ as the repository has it).
  await site.session.goto(`${site.server.url}?data=${E2023.files[1]}`);
  await site.session.waitFor(() => document.getElementById('huimou')?.dataset.state !== 'loading');
  const cards = await site.session.run(() => [...document.querySelectorAll('article.hm-card')].map((c) => c.id.slice(7)));
  assert.deepEqual(cards.sort(), E2023.reviews[1].metrics.map((m) => m.id).sort());
});

test('Firefox: the example host page sizes both iframes from the height messages', async () => {
  await site.session.setWindowSize(900, 800);
  await site.session.goto(`${site.server.url}example.html`);
  await site.session.waitFor(() => [...document.querySelectorAll('iframe')].length === 2
    && [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.getElementById('huimou')?.dataset.state === 'ready'));
  const follows = (host) => site.session.waitFor((host) => {
    const frame = document.querySelector(`${host} iframe`);
    const content = Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height);
    return content > 100 && Math.abs(frame.getBoundingClientRect().height - content) <= 1 && content;
  }, 10000, host);
  const opening = await follows('#with-loader');
  await follows('#with-pym');
  // The timeline view is shorter than every card of both reviews: the iframe shrinks with it.
  await site.session.run(() => [...document.querySelector('#with-loader iframe').contentDocument.querySelectorAll('.hm-toolbar button')]
    .find((b) => b.textContent === '时间线').click());
  await site.session.waitFor(() => document.querySelector('#with-loader iframe').contentDocument.querySelector('.hm-timeline'));
  const timeline = await follows('#with-loader');
  assert.notEqual(timeline, opening);
  await site.session.setWindowSize(400, 800);
});

test('Firefox: the language switch fetches the English and the address follows', async () => {
  await site.session.goto(site.server.url);
  await site.session.waitFor(ready);
  await site.session.run(() => document.querySelector('.hm-lang').click());
  await site.session.waitFor(() => document.documentElement.lang === 'en');
  for (const r of reviews) {
    assert.equal(await site.session.run((id) => document.getElementById(`title-${id}`).textContent, r.id), r.title.en);
  }
  assert.equal(await site.session.run(() => new URL(location.href).searchParams.get('lang')), 'en');
});

test('Firefox: accent= fills the masthead; a pale accent gets dark text and a darker ink', async () => {
  await site.session.goto(`${site.server.url}?accent=%23ffd400&theme=light`);
  await site.session.waitFor(ready);
  const colours = await site.session.run(() => {
    const masthead = getComputedStyle(document.querySelector('.hm-masthead'));
    const pressed = getComputedStyle(document.querySelector('.hm-segment[aria-pressed="true"]'));
    return { fill: masthead.backgroundColor, text: masthead.color, pressed: pressed.backgroundColor };
  });
  assert.equal(colours.fill, 'rgb(255, 212, 0)');
  assert.equal(colours.text, 'rgb(0, 0, 0)');
  // On the light page the yellow is darkened where it is a background for white text.
  const [r, g, b] = colours.pressed.match(/\d+/g).map(Number);
  assert.ok(r < 200 && g < 180 && b < 60, colours.pressed);
  await site.session.goto(`${site.server.url}?accent=nope`);
  await site.session.waitFor(ready);
  assert.equal(await site.session.run(() => document.documentElement.getAttribute('style')), null);
});

test('Firefox: share gives the card\'s link; save image gives a PNG of the card\'s size; embed gives the snippet', async () => {
  await site.session.setWindowSize(1100, 900);
  await site.session.goto(site.server.url);
  await site.session.waitFor(ready);
  const m = metrics.find((x) => x.headline) ?? metrics[0];
  await site.session.run((id) => document.querySelector(`#metric-${id} [data-extra="menu"]`).click(), m.id);
  await site.session.waitFor(() => document.querySelector('dialog.hm-dialog[open] .hm-choice'));
  await site.session.run(() => document.querySelectorAll('dialog.hm-dialog .hm-choice')[0].click());
  await site.session.waitFor(() => document.querySelector('dialog.hm-dialog[open] .hm-copyable'));
  const link = await site.session.run(() => document.querySelector('dialog.hm-dialog .hm-copyable').value);
  assert.equal(new URL(link).searchParams.get('metric'), m.id);
  await site.session.run(() => document.querySelector('dialog.hm-dialog').close());
  const box = await site.session.run((id) => {
    const r = document.getElementById(`metric-${id}`).getBoundingClientRect();
    return [Math.round(r.width), Math.round(r.height)];
  }, m.id);
  await site.session.run((id) => document.querySelector(`#metric-${id} [data-extra="menu"]`).click(), m.id);
  await site.session.waitFor(() => document.querySelector('dialog.hm-dialog[open] .hm-choice'));
  await site.session.run(() => document.querySelectorAll('dialog.hm-dialog .hm-choice')[1].click());
  await site.session.waitFor(() => document.querySelector('dialog.hm-dialog[open] a[download]'));
  const png = await site.session.run(() => document.querySelector('dialog.hm-dialog a[download]').href);
  const size = pngSize(png);
  const dpr = await site.session.run(() => Math.min(3, Math.max(1, Math.round(devicePixelRatio || 1))));
  assert.deepEqual([size.width, size.height], [dpr * box[0], dpr * box[1]]);
  await site.session.run(() => document.querySelector('dialog.hm-dialog').close());
  await site.session.run(() => document.querySelector('.hm-footer [data-extra="embed"]').click());
  await site.session.waitFor(() => document.querySelector('dialog.hm-dialog[open] textarea'));
  const snippet = await site.session.run(() => document.querySelector('dialog.hm-dialog textarea').value);
  assert.match(snippet, /^<div data-huimou-src="http[^"]+" data-huimou-title="[^"]+"><\/div>\n<script src="[^"]+\/embed\.js" async><\/script>$/);
  // The link opens on the card.
  await site.session.goto(link);
  await site.session.waitFor(ready);
  assert.match(await site.session.run((id) => document.getElementById(`metric-${id}`).className, m.id), /is-highlighted/);
  await site.session.setWindowSize(400, 800);
});

test('Firefox: theme=dark darkens the page; the CSV downloads with its byte-order mark', async () => {
  await site.session.goto(`${site.server.url}?theme=dark`);
  await site.session.waitFor(ready);
  const rgb = await site.session.run(() => getComputedStyle(document.body).backgroundColor);
  const mean = rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
  assert.ok(mean < 80, rgb);
  const csv = await site.session.run(async () => {
    const a = document.querySelector('.hm-footer a[download][href$=".csv"]');
    const bytes = new Uint8Array(await (await fetch(a.href)).arrayBuffer());
    return { head: [...bytes.slice(0, 3)], lines: new TextDecoder().decode(bytes).trim().split('\r\n').length };
  });
  assert.deepEqual(csv.head, [0xef, 0xbb, 0xbf]);
  assert.equal(csv.lines, metrics.length + 1);
});

test('Firefox: no unit, label, title or banner breaks inside a word, on a phone and a desktop', async () => {
  for (const [width, height] of [[375, 800], [1100, 800]]) {
    await site.session.setWindowSize(width, height);
    await site.session.goto(`${site.server.url}en.html`);
    await site.session.waitFor(ready);
    assert.deepEqual(await site.session.run(brokenWords, WORDY), [], `${width} px`);
  }
  await site.session.setWindowSize(400, 800);
});
