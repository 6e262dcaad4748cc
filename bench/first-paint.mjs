// First paint benchmark: huimou's opening page (the bundled edition,
// prerendered into the HTML), the Chinese page (index.html) and the English
// one (en.html), against TimelineJS3 showing the same 93 timeline items, in
// one alternating run of headless Chromium at 4x CPU slowdown, served gzipped
// as a real host would. Prints, as medians of LOADS loads of each page: first
// contentful paint, largest contentful paint (and which element it was), time
// to ready (huimou: data-state="ready"; TimelineJS3: its `loaded` event), the
// ratios, and issue #14's targets. A script, not a test.
//
//   node bench/first-paint.mjs          (uses dist/ as built; run `trunk build --release` first)
//   BENCH_LOADS=3 node bench/first-paint.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/browser.mjs';
import { serveApart } from '../tests/e2e/server.mjs';
import { installTimelineJs, toTimelineJs } from './timelinejs.mjs';
import { loadUntilReady } from './ready.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const SLOWDOWN = 4;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
if (!fs.existsSync(path.join(root, 'dist', 'en.html'))) {
  console.error('bench/first-paint.mjs: dist/en.html is missing; run `trunk build --release` first');
  process.exit(1);
}

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'huimou-fcp-'));
fs.cpSync(path.join(root, 'dist'), site, { recursive: true });
installTimelineJs(site);
const reviews = ['cppcc-2023', 'npc-2023'].map((f) => JSON.parse(fs.readFileSync(path.join(root, 'data', `${f}.json`), 'utf8')));
fs.writeFileSync(path.join(site, 'bench', 'tl-bundled.json'), JSON.stringify(toTimelineJs(reviews)));

// Every largest-contentful-paint candidate, described when it is reported (the
// wasm's takeover may replace the prerendered nodes, and an entry's `element`
// is null once its node has left the document). The callback is a few
// property reads per entry, the same on every page.
const WATCH_LCP = `(() => {
  window.__lcp = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const el = e.element;
      window.__lcp.push({
        startTime: e.startTime,
        size: e.size,
        tag: el ? el.tagName.toLowerCase() : null,
        cls: el ? (el.getAttribute('class') ?? '') : '',
        text: el ? (el.textContent ?? '').replace(/\\s+/g, ' ').trim().slice(0, 40) : '',
        inApp: !!el?.closest('#huimou .hm-app'),
        inLoading: !!el?.closest('.huimou-loading'),
      });
      window.__lcpAt = performance.now();
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})()`;

async function load(browser, url, ready) {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  await page.addInitScript(WATCH_LCP);
  const readyMs = await loadUntilReady(page, url, ready, 60_000);
  // After ready: the frame that shows the ready state is painted and its
  // candidates reported; then until no new candidate for 500 ms (at most 5 s).
  const { fcp, lcp } = await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await frame();
    await frame();
    const start = performance.now();
    while (performance.now() - (window.__lcpAt ?? 0) < 500 && performance.now() - start < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, lcp: window.__lcp };
  });
  await page.close();
  return { fcp, ready: readyMs, lcp: lcp.at(-1), firstCandidate: lcp[0] };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const describe = (c) => (c ? `${c.tag}${c.cls ? `.${c.cls.trim().split(/\s+/).join('.')}` : ''} "${c.text}"` : 'none');
const server = await serveApart(site, { gzip: true });
const browser = await launchChromium();
const huimouReady = () => document.getElementById('huimou')?.dataset.state === 'ready' && performance.now();
const tlReady = () => window.__ready ?? false;
const runs = { zh: [], en: [], tl: [] };
// Alternating, so a slow spell of this machine falls on every page; TimelineJS3
// after each huimou page, so each language has its own neighbours.
try {
  for (let k = 0; k < LOADS; k++) {
    runs.zh.push(await load(browser, `${server.url}index.html`, huimouReady));
    runs.tl.push(await load(browser, `${server.url}tl.html?n=bundled`, tlReady));
    runs.en.push(await load(browser, `${server.url}en.html`, huimouReady));
    runs.tl.push(await load(browser, `${server.url}tl.html?n=bundled`, tlReady));
  }
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(site, { recursive: true, force: true });
}

const row = (name, r) => {
  const pick = (f) => Math.round(median(r.map(f)));
  // The element most loads ended on, with how many.
  const counts = new Map();
  for (const x of r) counts.set(describe(x.lcp), (counts.get(describe(x.lcp)) ?? 0) + 1);
  const [element, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return {
    name, runs: r, fcp: pick((x) => x.fcp), lcp: pick((x) => x.lcp?.startTime ?? NaN), ready: pick((x) => x.ready),
    element: `${element}${counts.size > 1 ? ` (${n} of ${r.length} loads)` : ''}`,
  };
};
const zh = row('huimou, index.html (zh)', runs.zh);
const en = row('huimou, en.html (en)', runs.en);
const t = row(`TimelineJS3 3.9.11 (same 93 items, ${runs.tl.length} loads)`, runs.tl);

console.log(`\nFirst paint: headless Chromium, ${SLOWDOWN}x CPU, 375x800, gzip, medians of ${LOADS} alternating loads per huimou page\n`);
console.log('| page | first contentful paint (ms) | largest contentful paint (ms) | ready (ms) | LCP element |');
console.log('|---|---|---|---|---|');
for (const r of [zh, en, t]) console.log(`| ${r.name} | ${r.fcp} | ${r.lcp} | ${r.ready} | ${r.element} |`);

console.log('\nhuimou\'s content at first paint (the LCP element, and the first LCP candidate, inside #huimou .hm-app, not the loading line):');
for (const r of [zh, en]) {
  const inApp = r.runs.filter((x) => x.lcp?.inApp && !x.lcp?.inLoading).length;
  const firstInApp = r.runs.filter((x) => x.firstCandidate?.inApp && !x.firstCandidate?.inLoading).length;
  const firstAtFcp = r.runs.filter((x) => x.firstCandidate && Math.abs(x.firstCandidate.startTime - x.fcp) < 1).length;
  const loading = r.runs.filter((x) => x.lcp?.inLoading || x.firstCandidate?.inLoading).length;
  const ok = inApp === r.runs.length && firstInApp === r.runs.length && loading === 0;
  console.log(`  ${r.name}: LCP in .hm-app ${inApp}/${r.runs.length}, first candidate in .hm-app ${firstInApp}/${r.runs.length}`
    + ` (painted at FCP ${firstAtFcp}/${r.runs.length}), loading line a candidate ${loading}/${r.runs.length}: ${ok ? 'the figures' : 'NOT the figures'}`);
  console.log(`    first candidate: ${describe(r.runs[0].firstCandidate)}`);
}

const verdict = (ok) => (ok ? 'met' : 'not met');
for (const r of [zh, en]) {
  console.log(`\n${r.name}: ratios TimelineJS3 / huimou: first contentful paint ${(t.fcp / r.fcp).toFixed(2)}x,`
    + ` largest contentful paint ${(t.lcp / r.lcp).toFixed(2)}x, ready ${(t.ready / r.ready).toFixed(2)}x`);
  console.log(`  issue #14's target, first contentful paint at most half of TimelineJS3's: ${verdict(r.fcp * 2 <= t.fcp)}`);
  console.log(`  issue #14's aim, largest contentful paint at most a third of TimelineJS3's: ${verdict(r.lcp * 3 <= t.lcp)}`);
  console.log(`  issue #14's aim, ready at most half of TimelineJS3's: ${verdict(r.ready * 2 <= t.ready)}`);
}
