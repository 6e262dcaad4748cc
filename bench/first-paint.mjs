// First paint benchmark: huimou's opening page (the bundled edition) against
// TimelineJS3 showing the same 93 timeline items, in one run of headless
// Chromium at 4x CPU slowdown. Prints, as medians of LOADS loads: first
// contentful paint, time to ready (huimou: data-state="ready"; TimelineJS3:
// its `loaded` event), and the ratios. A script, not a test (issue #8's
// target: first contentful paint at most half of TimelineJS3's).
//
//   node bench/first-paint.mjs          (uses dist/ as built; run `trunk build --release` first)
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

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'huimou-fcp-'));
fs.cpSync(path.join(root, 'dist'), site, { recursive: true });
installTimelineJs(site);
const reviews = ['cppcc-2023', 'npc-2023'].map((f) => JSON.parse(fs.readFileSync(path.join(root, 'data', `${f}.json`), 'utf8')));
fs.writeFileSync(path.join(site, 'bench', 'tl-bundled.json'), JSON.stringify(toTimelineJs(reviews)));

async function load(browser, url, ready) {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  const readyMs = await loadUntilReady(page, url, ready, 60_000);
  const fcp = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime)
    .then((h) => h.jsonValue());
  await page.close();
  return { fcp, ready: readyMs };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await serveApart(site);
const browser = await launchChromium();
const runs = { huimou: [], tl: [] };
// Alternating, so a slow spell of this machine falls on both.
for (let k = 0; k < LOADS; k++) {
  runs.huimou.push(await load(browser, server.url, () => document.getElementById('huimou')?.dataset.state === 'ready' && performance.now()));
  runs.tl.push(await load(browser, `${server.url}tl.html?n=bundled`, () => window.__ready ?? false));
}
await browser.close();
await server.close();
fs.rmSync(site, { recursive: true, force: true });

const row = (name, r) => {
  const fcp = Math.round(median(r.map((x) => x.fcp)));
  const ready = Math.round(median(r.map((x) => x.ready)));
  return { name, fcp, ready };
};
const h = row('huimou (bundled edition, zh)', runs.huimou);
const t = row('TimelineJS3 3.9.11 (same 93 items)', runs.tl);
console.log(`\nFirst paint: headless Chromium, ${SLOWDOWN}x CPU, 375x800, medians of ${LOADS} alternating loads\n`);
console.log('| page | first contentful paint (ms) | ready (ms) |');
console.log('|---|---|---|');
for (const r of [h, t]) console.log(`| ${r.name} | ${r.fcp} | ${r.ready} |`);
console.log(`\nratios TimelineJS3 / huimou: first contentful paint ${(t.fcp / h.fcp).toFixed(2)}x, ready ${(t.ready / h.ready).toFixed(2)}x`);
console.log(`issue #8's target (huimou's first paint at most half of TimelineJS3's): ${h.fcp * 2 <= t.fcp ? 'met' : 'not met'}`);
