// The edition's packed data (the `.bin` files a page names on its root) when
// it does not arrive, or arrives damaged (Chromium): "the prerendered content
// stays, with the notice". For every way a page asks for a file (its own
// language at boot, the other language from the address, the language
// switch) and every way the file can go wrong (refused, aborted, cut short,
// of another version, not an edition's file at all), the page keeps every
// prerendered card on screen, shows the boot script's alert, says
// data-state="error", throws nothing, and names the file and the reason in
// the console for the developer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, settled } from './browser.mjs';
import { serve } from './server.mjs';
import { reviews, metrics } from './figures.mjs';

const DIST = path.resolve('dist');
const PAGES = { zh: 'index.html', en: 'en.html' };
/** The notice's first words (src/words/boot.rs, `KEPT`; boot.js's `fail`). */
const NOTICE = /^互动功能暂时无法使用/;

/** The root's attributes as the built page writes them. */
function rootAttributes(file) {
  const html = fs.readFileSync(path.join(DIST, file), 'utf8');
  const tag = html.match(/<main\b[^>]*\bid="huimou"[^>]*>/)?.[0];
  assert.ok(tag, `${file} has the widget's root`);
  return Object.fromEntries([...tag.matchAll(/\s([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
}

// Each page names its edition's data files; both pages name the same ones.
const named = Object.fromEntries(Object.entries(PAGES).map(([lang, file]) => [lang, rootAttributes(file)]));
/** The data file of each language, as the pages name it (relative to the page). */
const DATA = { zh: named.zh['data-edition-zh'], en: named.zh['data-edition-en'] };

/** The ways a page asks for a language's data file. `page` is the address,
 *  `file` the language whose data it asks for, `shows` the prerendered
 *  language that must stay on screen. */
const ROUTES = [
  { name: 'index.html, its own data', address: 'index.html', file: 'zh', shows: 'zh' },
  { name: 'en.html, its own data', address: 'en.html', file: 'en', shows: 'en' },
  { name: 'index.html?lang=en (the waiting line)', address: 'index.html?lang=en', file: 'en', shows: 'zh', waiting: true },
  { name: 'en.html?lang=zh (the waiting line)', address: 'en.html?lang=zh', file: 'zh', shows: 'en', waiting: true },
  { name: 'index.html, the language switch', address: 'index.html', file: 'en', shows: 'zh', switch: true },
  { name: 'en.html, the language switch', address: 'en.html', file: 'zh', shows: 'en', switch: true },
];

const html = fs.readFileSync(path.join(DIST, 'index.html'));
/** The ways a file goes wrong: `refuse` by the server (404), `abort` at the
 *  network level, or other bytes in its place (`alter`); `reason` is what
 *  the console must say of it, besides its name. */
const FAULTS = [
  { name: 'refused (404)', refuse: true, reason: /404|could not be loaded/ },
  { name: 'aborted', abort: true, reason: /could not be loaded/ },
  { name: 'truncated', alter: (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2)), reason: /damaged/ },
  {
    name: 'another version',
    alter: (bytes) => {
      const other = Buffer.from(bytes);
      other[4] ^= 0xff; // the format version, after the 4-byte magic
      return other;
    },
    reason: /another version/,
  },
  { name: 'foreign (an HTML page)', alter: () => html, reason: /not an edition's data file/ },
];

let browser;
let server;
/** Paths the server answers with a 404, set per test. */
const refused = new Set();
/** The prerendered HTML's cards, per page (outside <noscript>), read in the browser. */
const prerenderedCards = {};

before(async () => {
  for (const [lang, file] of Object.entries(PAGES)) {
    assert.ok(fs.existsSync(path.join(DIST, file)), 'run `trunk build --release` first');
    // Both pages name the same files, each relative to the page, and the files are there.
    for (const l of Object.keys(PAGES)) {
      assert.equal(named[lang][`data-edition-${l}`], DATA[l], `${file} names the ${l} data`);
      const bytes = fs.readFileSync(path.join(DIST, DATA[l]));
      assert.equal(bytes.subarray(0, 4).toString('latin1'), 'HMPK', `${DATA[l]} is a packed file`);
    }
  }
  browser = await launchChromium();
  server = await serve(DIST, { refuse: (url) => refused.has(new URL(url, 'http://x').pathname) });
  const page = await browser.newPage();
  for (const [lang, file] of Object.entries(PAGES)) {
    const source = fs.readFileSync(path.join(DIST, file), 'utf8');
    prerenderedCards[lang] = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'text/html');
      for (const n of doc.querySelectorAll('noscript')) n.remove();
      return doc.querySelectorAll('#huimou .hm-card').length;
    }, source);
    // The figures the data holds are all among them (the headline band shows some twice).
    const articles = (source.replace(/<noscript>[\s\S]*?<\/noscript>/g, '').match(/<article\b[^>]*class="hm-card\b/g) ?? []).length;
    assert.equal(articles, metrics.length, `${file}: a card for every figure of the data`);
    assert.ok(prerenderedCards[lang] >= metrics.length, `${file}: ${prerenderedCards[lang]} cards`);
  }
  await page.close();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page recording its console and uncaught errors. */
async function openPage() {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  const consoleLines = [];
  const uncaught = [];
  page.on('console', (m) => consoleLines.push({ type: m.type(), text: m.text(), url: m.location()?.url ?? '' }));
  page.on('pageerror', (e) => uncaught.push(String(e)));
  return { page, consoleLines, uncaught };
}

/** Makes `fault` happen to the next request for `file` (a path relative to
 *  the site's root); returns a counter of the requests it caught. */
async function breakFile(page, file, fault) {
  const pathname = `/${file}`;
  const caught = { count: 0 };
  if (fault.refuse) {
    refused.add(pathname);
    const asked = () => server.requests.filter((u) => new URL(u, 'http://x').pathname === pathname).length;
    const already = asked();
    return { count: () => asked() - already };
  }
  const bytes = fs.readFileSync(path.join(DIST, file));
  await page.route((url) => url.pathname === pathname, (route) => {
    caught.count += 1;
    if (fault.abort) return route.abort('failed');
    return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: fault.alter(bytes) });
  });
  return { count: () => caught.count };
}

/** What the page shows now. */
function shown(page) {
  return page.evaluate((ids) => {
    const root = document.getElementById('huimou');
    const visible = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const alerts = [...root.querySelectorAll('[role="alert"]')];
    const cards = [...root.querySelectorAll('.hm-card')];
    return {
      state: root.dataset.state,
      alerts: alerts.map((a) => ({
        text: a.textContent,
        className: a.className,
        visible: visible(a),
        first: root.firstElementChild === a,
      })),
      cards: cards.length,
      visibleCards: cards.filter(visible).length,
      app: [...root.querySelectorAll(':scope > .hm-app')].filter(visible).length,
      waiting: document.documentElement.hasAttribute('data-huimou-wait'),
      loadingLine: [...root.querySelectorAll('.huimou-loading, .hm-loading')].some(visible),
      titles: ids.map((id) => document.getElementById(`title-${id}`)?.textContent ?? null),
    };
  }, reviews.map((r) => r.id));
}

/** Waits for the root to say `error` (or, for a page that never does, until
 *  `timeout`), then two frames more; returns what the page shows. */
async function failed(page, timeout = 20000) {
  await page.waitForFunction(() => document.getElementById('huimou')?.dataset.state === 'error', null, { timeout })
    .catch(() => {});
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return shown(page);
}

/** The contract: the prerendered content in `lang` stays, every card
 *  visible, with the one notice; nothing thrown; the console names the file
 *  and the reason. */
function assertContentWithNotice(seen, { lang, file, fault, consoleLines, uncaught, label }) {
  const report = `${label}\n  page: ${JSON.stringify(seen)}\n  console: ${JSON.stringify(consoleLines.map((l) => `${l.type}: ${l.text}`))}`;
  assert.equal(seen.state, 'error', `data-state\n${report}`);
  assert.equal(seen.alerts.length, 1, `one alert\n${report}`);
  const [alert] = seen.alerts;
  assert.match(alert.text, NOTICE, `the notice's words\n${report}`);
  assert.equal(alert.className, 'huimou-error', `the boot script's notice\n${report}`);
  assert.ok(alert.visible && alert.first, `the notice is visible, first in the root\n${report}`);
  assert.equal(seen.cards, prerenderedCards[lang], `every prerendered card is still there\n${report}`);
  assert.equal(seen.visibleCards, prerenderedCards[lang], `and visible\n${report}`);
  assert.equal(seen.app, 1, `the view is shown\n${report}`);
  assert.ok(!seen.waiting && !seen.loadingLine, `no waiting mark, no loading line\n${report}`);
  assert.deepEqual(seen.titles, reviews.map((r) => r.title[lang]), `the ${lang} content\n${report}`);
  assert.deepEqual(uncaught, [], `no uncaught error\n${report}`);
  const errors = consoleLines.filter((l) => l.type === 'error').map((l) => l.text);
  const naming = errors.filter((t) => t.includes(file));
  assert.ok(naming.length > 0, `an error in the console names ${file}\n${report}`);
  assert.ok(naming.some((t) => fault.reason.test(t)), `and says why (${fault.reason})\n${report}`);
}

for (const route of ROUTES) {
  for (const fault of FAULTS) {
    test(`${route.name}: the ${route.file} data ${fault.name} → the content stays, with the notice`, async () => {
      refused.clear();
      const file = DATA[route.file];
      const { page, consoleLines, uncaught } = await openPage();
      try {
        let requests;
        if (route.switch) {
          await page.goto(`${server.url}${route.address}`);
          assert.equal(await settled(page), 'ready', 'the page is ready before the switch');
          const before = await shown(page);
          assert.equal(before.visibleCards, prerenderedCards[route.shows], 'every card, before the switch');
          requests = await breakFile(page, file, fault);
          assert.equal(requests.count(), 0, `${file} not asked for before the switch`);
          await page.locator('#huimou .hm-lang').click();
        } else {
          requests = await breakFile(page, file, fault);
          await page.goto(`${server.url}${route.address}`);
          if (route.waiting) {
            // The address asked for the other language: the page waits for it.
            assert.ok(await page.evaluate(() => document.documentElement.hasAttribute('data-huimou-wait')), 'the waiting mark');
          }
        }
        const seen = await failed(page);
        assert.ok(requests.count() >= 1, `${file} was asked for (and ${fault.name})`);
        assertContentWithNotice(seen, {
          lang: route.shows, file, fault, consoleLines, uncaught,
          label: `${route.name}, ${fault.name}`,
        });
        if (route.switch) {
          // The switch did not happen: <html lang> still says the language on screen.
          assert.equal(await page.getAttribute('html', 'lang'), route.shows === 'zh' ? 'zh-CN' : 'en', '<html lang>');
        }
      } finally {
        refused.clear();
        await page.close();
      }
    });
  }
}

// The engine's wasm refused (prerender.test.mjs covers index.html's content
// and notice; here both pages, and the console).
for (const [lang, file] of Object.entries(PAGES)) {
  test(`${file}: the wasm refused → the content stays, with the notice; the console names the wasm`, async () => {
    const wasm = fs.readdirSync(DIST).find((f) => /^huimou-[0-9a-f]+_bg\.wasm$/.test(f));
    assert.ok(wasm, 'the widget\'s wasm in dist/');
    const { page, consoleLines, uncaught } = await openPage();
    try {
      refused.add(`/${wasm}`);
      await page.goto(`${server.url}${file}`);
      const seen = await failed(page);
      assert.ok(server.requests.some((u) => u.endsWith(wasm)), 'the wasm was asked for');
      assertContentWithNotice(seen, {
        lang, file: wasm, fault: { reason: /404|could not be loaded|status/ }, consoleLines, uncaught,
        label: `${file}, the wasm refused`,
      });
    } finally {
      refused.clear();
      await page.close();
    }
  });
}
