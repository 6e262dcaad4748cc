// One site, two editions, one engine (Chromium). `publish` writes the 2023
// edition (as the site's default) and then the small one into a fresh folder
// beside one copy of the built engine (dist/), and the site is served with the
// headers a producer should send (server.mjs, `caching`) and a strict CSP.
// Each edition's pages are prerendered, start, show their own figures (also
// without JavaScript and in print), stay on their origin and pass axe; both
// embedded in one host page they share the engine: each engine file is
// requested once. Ids and counts come from the editions' data files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, settled } from './browser.mjs';
import { serve, HASHED } from './server.mjs';
import { bigNumber, cardsOnPage, assertEveryFigureWithItsSource } from './figures.mjs';

const SITE = path.resolve('target/e2e-site');
/** The host pages, on an origin of their own (another port). */
const HOSTS = path.resolve('target/e2e-site-host');
const ENGINE = JSON.parse(fs.readFileSync('dist/engine.json', 'utf8'));

/** A strict policy: no inline script, nothing from elsewhere; wasm may
 *  compile (browsers ask for 'wasm-unsafe-eval'), and any page may frame the
 *  widget. Styles as csp-privacy.test.mjs allows them: the pages carry
 *  `style` attributes (the share bars' widths), which `style-src 'self'`
 *  alone refuses. */
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
  + "img-src 'self' data:; connect-src 'self'; worker-src 'self'; frame-ancestors *";

/** An edition as its data files state it: slug, reviews, figures. */
function edition(file) {
  const e = JSON.parse(fs.readFileSync(file, 'utf8'));
  const reviews = e.reviews.map((f) => JSON.parse(fs.readFileSync(path.join(path.dirname(file), f), 'utf8')));
  return { file, slug: e.slug, reviews, metrics: reviews.flatMap((r) => r.metrics) };
}
const FIRST = edition('data/edition.json');
const SECOND = edition('tests/fixtures/editions/small/edition.json');
const EDITIONS = [FIRST, SECOND];
const PAGES = [['index.html', 'zh'], ['en.html', 'en']];
const HTML_LANG = { zh: 'zh-CN', en: 'en' };
const metricIds = (e) => e.metrics.map((m) => `metric-${m.id}`).sort();

function publish(file, ...options) {
  const run = spawnSync('cargo', ['run', '--quiet', '--bin', 'publish', '--', file, '--out', SITE, '--engine', 'dist', ...options],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(run.status, 0, `publish ${file} failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
}

/** Every file under `dir`, by its path relative to it (with /), and its bytes. */
function snapshot(dir) {
  const files = new Map();
  (function walk(at) {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full));
    }
  })(dir);
  return files;
}

function hostPage(siteUrl) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Two editions in one article</title></head>
<body>
<main>
<h1>Two editions in one article</h1>
<div id="first" data-huimou-src="${siteUrl}${FIRST.slug}/index.html" data-huimou-title="${FIRST.slug}"></div>
<p>Between the two widgets.</p>
<div id="second" data-huimou-src="${siteUrl}${SECOND.slug}/index.html" data-huimou-title="${SECOND.slug}"></div>
</main>
<script src="${siteUrl}embed.js" async></script>
</body>
</html>
`;
}

let browser, server, uncached, hosts, afterFirst, afterSecond;

before(async () => {
  fs.rmSync(SITE, { recursive: true, force: true });
  publish(FIRST.file, '--default');
  afterFirst = snapshot(SITE);
  publish(SECOND.file);
  afterSecond = snapshot(SITE);
  browser = await launchChromium();
  server = await serve(SITE, { caching: true, headers: { 'content-security-policy': CSP } });
  // The same site without the cache headers (no-store), for the control below.
  uncached = await serve(SITE, { headers: { 'content-security-policy': CSP } });
  fs.rmSync(HOSTS, { recursive: true, force: true });
  fs.mkdirSync(HOSTS, { recursive: true });
  fs.writeFileSync(path.join(HOSTS, 'two-editions.html'), hostPage(server.url));
  fs.writeFileSync(path.join(HOSTS, 'two-editions-no-store.html'), hostPage(uncached.url));
  hosts = await serve(HOSTS);
});

after(async () => {
  await browser?.close();
  await server?.close();
  await uncached?.close();
  await hosts?.close();
});

test('publish: one copy of the engine at the top, both editions beside it; the second publish changes nothing already there', () => {
  for (const name of ENGINE.files) {
    const bytes = fs.readFileSync(path.join('dist', name));
    const copies = [...afterSecond].filter(([, b]) => b.equals(bytes)).map(([p]) => p);
    assert.deepEqual(copies, [name], `${name}: one copy, at the top, the engine's bytes`);
  }
  for (const e of EDITIONS) {
    for (const file of ['index.html', 'en.html', 'edition.json']) {
      assert.ok(afterSecond.has(`${e.slug}/${file}`), `${e.slug}/${file}`);
    }
  }
  const changed = [...afterFirst].filter(([p, b]) => !afterSecond.get(p)?.equals(b)).map(([p]) => p);
  assert.deepEqual(changed, [], 'files the second publish changed or removed');
  const added = [...afterSecond.keys()].filter((p) => !afterFirst.has(p));
  assert.ok(added.length > 0);
  assert.deepEqual(added.filter((p) => !p.startsWith(`${SECOND.slug}/`)), [], 'the second publish wrote only in its own folder');
  // The top of the site is the default (first) edition's pages.
  for (const [file] of PAGES) {
    assert.match(afterSecond.get(file).toString('utf8'), new RegExp(`data-edition="${FIRST.slug}/"`), file);
  }
});

test('served as a producer should: hashed files immutable for a year, the rest no-cache, wasm and data typed', async () => {
  const page = afterSecond.get(`${SECOND.slug}/index.html`).toString('utf8');
  const bin = page.match(/data-edition-zh="([^"]+)"/)[1];
  const colours = page.match(/href="(colours-[^"]+)"/)[1];
  const wasm = ENGINE.files.filter((f) => f.endsWith('.wasm'));
  assert.ok(wasm.length > 0);
  const expect = [
    ...wasm.map((f) => [f, 'application/wasm', 'immutable']),
    [ENGINE.boot, 'text/javascript', 'immutable'],
    [ENGINE.css, 'text/css', 'immutable'],
    [`${SECOND.slug}/${bin}`, 'application/octet-stream', 'immutable'],
    [`${SECOND.slug}/${colours}`, 'text/css', 'immutable'],
    [`${SECOND.slug}/index.html`, 'text/html', 'no-cache'],
    [`${SECOND.slug}/`, 'text/html', 'no-cache'],
    ['embed.js', 'text/javascript', 'no-cache'],
    [`${SECOND.slug}/edition.json`, 'application/json', 'no-cache'],
    [`${SECOND.slug}/figures.csv`, 'text/csv', 'no-cache'],
  ];
  for (const [file, type, cache] of expect) {
    const r = await fetch(`${server.url}${file}`);
    assert.equal(r.status, 200, file);
    assert.ok(r.headers.get('content-type').startsWith(type), `${file}: ${r.headers.get('content-type')}`);
    assert.equal(r.headers.get('cache-control'), cache === 'immutable' ? 'public, max-age=31536000, immutable' : 'no-cache', file);
    assert.equal(HASHED.test(file), cache === 'immutable', file);
  }
});

/** A page under the CSP that records violations (in the page, and those the
 *  console reports, e.g. a worker's) and every request. */
async function watched(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { context, page, requests, problems };
}

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations (as browser.mjs's axeViolations), with axe put in by
 *  the driver: a <script> added to the page would be (rightly) refused by the CSP. */
async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

const twoFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The cards (id, class) inside the root of served HTML, and whether the root
 *  comes before the first script of the body. */
function prerenderedCards(html) {
  const body = html.indexOf('<body');
  const root = html.indexOf('<main id="huimou"', body);
  const end = html.indexOf('</main>', root);
  const script = html.indexOf('<script', body);
  assert.ok(body > 0 && root > body && end > root, 'the page has its root');
  const cards = [...html.slice(root, end).matchAll(/<article\b([^>]*)>/g)]
    .map(([, attrs]) => ({ id: attrs.match(/\bid="([^"]*)"/)?.[1], classes: (attrs.match(/\bclass="([^"]*)"/)?.[1] ?? '').split(/\s+/) }))
    .filter((a) => a.classes.includes('hm-card'));
  return { cards, beforeScripts: script < 0 || end < script };
}

for (const e of EDITIONS) {
  for (const [file, lang] of PAGES) {
    const at = `${e.slug}/${file === 'index.html' ? '' : file}`;

    test(`${at} (${lang}): prerendered, then ready under a strict CSP with its own figures, on its origin, axe clean, printed whole`, async () => {
      // The figures are in the HTML, before any script.
      const html = await (await fetch(`${server.url}${at}`)).text();
      const { cards, beforeScripts } = prerenderedCards(html);
      assert.equal(cards.length, e.metrics.length, 'one prerendered card per figure');
      assert.deepEqual(cards.map((c) => c.id).sort(), metricIds(e));
      assert.ok(beforeScripts, 'the root comes before the body\'s scripts');

      const { context, page, requests, problems } = await watched();
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${server.url}${at}`);
      assert.equal(await settled(page, 60000), 'ready');
      assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang]);
      assert.deepEqual(await page.$$eval('article.hm-card', (a) => a.map((c) => c.id).sort()), metricIds(e));
      assert.deepEqual(await page.evaluate(() => window.__violations), [], 'CSP violations');
      assert.deepEqual(problems, []);
      assert.ok(requests.length > 3);
      assert.deepEqual(requests.filter((u) => !u.startsWith(server.url)), [], 'requests off the origin');
      assert.deepEqual(await axeViolations(page), []);

      // Print: every figure at its value (never a count-up's 0), its source open.
      await page.emulateMedia({ media: 'print' });
      await twoFrames(page);
      const printed = await page.evaluate(cardsOnPage);
      const zeros = e.metrics.filter((m) => bigNumber(m) !== '0' && /^0\D*$/.test(printed[m.id]?.number ?? ''));
      assert.deepEqual(zeros.map((m) => m.id), [], 'figures printed as 0');
      assertEveryFigureWithItsSource(printed, lang, e.metrics);
      await context.close();
    });

    test(`${at} (${lang}): JavaScript off, every figure and its source sentence shown`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.url}${at}`);
      assertEveryFigureWithItsSource(await page.evaluate(cardsOnPage), lang, e.metrics);
      assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang]);
      await context.close();
    });
  }
}

/** WCAG contrast of two computed colours (rgb()/rgba(), opaque). */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test(`${SECOND.slug}: its institution has a colour, readable at 4.5:1 on the page in light and dark`, async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${server.url}${SECOND.slug}/`);
    assert.equal(await settled(page, 60000), 'ready');
    for (const review of SECOND.reviews) {
      const seen = await page.evaluate((id) => {
        const inst = document.getElementById(`review-${id}`);
        const name = inst?.querySelector('.hm-institution');
        if (!inst || !name) return null;
        const behind = (el) => {
          for (let at = el; at; at = at.parentElement) {
            const bg = getComputedStyle(at).backgroundColor;
            if (!/^rgba\(.*,\s*0\)$|^transparent$/.test(bg)) return bg;
          }
          return 'rgb(255, 255, 255)';
        };
        const s = getComputedStyle(inst);
        return {
          isInst: inst.classList.contains('hm-inst'),
          light: s.getPropertyValue('--hm-inst-light').trim(),
          dark: s.getPropertyValue('--hm-inst-dark').trim(),
          text: getComputedStyle(name).color,
          behind: behind(name),
          page: behind(document.body),
        };
      }, review.id);
      assert.ok(seen, `#review-${review.id} .hm-institution (${scheme})`);
      assert.ok(seen.isInst, `#review-${review.id} is an institution's element`);
      assert.match(seen.light, /^#[0-9a-f]{6}$/i, `--hm-inst-light (${scheme})`);
      assert.match(seen.dark, /^#[0-9a-f]{6}$/i, `--hm-inst-dark (${scheme})`);
      for (const bg of [seen.behind, seen.page]) {
        assert.match(bg, /^rgba?\(/, bg);
        assert.match(seen.text, /^rgba?\(/, seen.text);
        const ratio = contrast(seen.text, bg);
        assert.ok(ratio >= 4.5, `${scheme}: ${seen.text} on ${bg} reads at ${ratio.toFixed(2)}:1`);
      }
    }
  }
  await context.close();
});

/** Loads the two-editions host page in a fresh context (an empty cache), and
 *  returns the site server's requests for engine files made meanwhile, by name. */
async function twoEditions(hostFile, site) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1000 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text()); });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const mark = site.requests.length;
  await page.goto(`${hosts.url}${hostFile}`);
  await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2, null, { timeout: 20000 });
  const shown = {};
  for (const [host, e] of [['#first', FIRST], ['#second', SECOND]]) {
    const widget = page.frameLocator(`${host} iframe`);
    await widget.locator('#huimou[data-state="ready"]').waitFor({ timeout: 60000 });
    assert.deepEqual(await widget.locator('article.hm-card').evaluateAll((a) => a.map((c) => c.id).sort()), metricIds(e), `${host}: its own figures`);
    shown[host] = await follows(page, host);
    const frame = await (await page.$(`${host} iframe`)).contentFrame();
    assert.deepEqual(await frame.evaluate(() => window.__violations), [], `${host}: CSP violations`);
  }
  assert.deepEqual(problems, []);
  const counts = Object.fromEntries(ENGINE.files.map((f) => [f, 0]));
  for (const url of site.requests.slice(mark)) {
    const name = decodeURIComponent(new URL(url, 'http://x').pathname.slice(1));
    if (name in counts) counts[name] += 1;
  }
  await context.close();
  return { counts, shown };
}

/** Waits until the iframe in `host` is as tall as its content (the height
 *  messages): returns both heights. */
async function follows(page, host) {
  const element = await page.$(`${host} iframe`);
  const frame = await element.contentFrame();
  const deadline = Date.now() + 20000;
  for (;;) {
    const outer = await element.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    if (outer > 300 && Math.abs(outer - inner) <= 2) return { outer, inner };
    assert.ok(Date.now() < deadline, `${host}: the iframe is ${outer}px, its content ${inner}px`);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  }
}

test('two editions in one host page (another origin): both ready with their own figures, sized by their height messages, the engine fetched once', async () => {
  const { counts, shown } = await twoEditions('two-editions.html', server);
  console.log('engine requests, two editions in one page:', JSON.stringify(counts), 'heights:', JSON.stringify(shown));
  for (const [name, n] of Object.entries(counts)) assert.ok(n <= 1, `${name}: requested ${n} times`);
  for (const name of [ENGINE.css, ENGINE.head, ENGINE.boot, 'embed.js']) assert.equal(counts[name], 1, name);
  const wasm = ENGINE.files.filter((f) => f.endsWith('.wasm') && counts[f] > 0);
  assert.ok(wasm.length > 0, 'the widget\'s wasm was requested');
  for (const w of wasm) assert.equal(counts[w.replace(/_bg\.wasm$/, '.js')], 1, `the glue of ${w}`);
});

test('control: served with no-store, the same host page asks for the engine again for the second frame (the count above can fail)', async () => {
  const { counts } = await twoEditions('two-editions-no-store.html', uncached);
  for (const name of [ENGINE.css, ENGINE.head, ENGINE.boot]) assert.equal(counts[name], 2, name);
  const wasm = ENGINE.files.filter((f) => f.endsWith('.wasm') && counts[f] > 0);
  assert.ok(wasm.length > 0);
  for (const w of wasm) assert.equal(counts[w], 2, w);
});

test(`the default edition's pages at the top of the site still work: ${FIRST.slug}'s figures`, async () => {
  const { context, page, requests, problems } = await watched();
  for (const [file, lang] of PAGES) {
    const at = file === 'index.html' ? '' : file;
    await page.goto(`${server.url}${at}`);
    assert.equal(await settled(page, 60000), 'ready', `/${at}`);
    assert.equal(await page.getAttribute('html', 'lang'), HTML_LANG[lang]);
    const cards = await page.evaluate(cardsOnPage);
    assert.deepEqual(Object.keys(cards).map((id) => `metric-${id}`).sort(), metricIds(FIRST), `/${at}`);
    for (const m of FIRST.metrics) assert.equal(cards[m.id].number, bigNumber(m, lang), `/${at} ${m.id}`);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], `/${at}`);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(server.url)), []);
  await context.close();
});
