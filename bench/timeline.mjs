// Timeline benchmark: huimou (timeline and list views) against Knight Lab's
// TimelineJS3 on the same synthetic events, in one run of headless Chromium
// at 4x CPU slowdown. Prints, for N = 100, 1,000 and 10,000 items: time to
// ready, ms per ArrowRight step, DOM nodes, and the ratios. A script, not a
// test: timings are reported, never asserted.
//
//   node bench/timeline.mjs            (builds dist/ and the synthetic files first)
//   BENCH_SIZES=100,1000 node bench/timeline.mjs
//   BENCH_SKIP_BUILD=1 BENCH_SKIP_TL=1 node bench/timeline.mjs   (huimou only, dist/ as built)
import { execFileSync } from 'node:child_process';
import { serveApart } from '../tests/e2e/server.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/browser.mjs';
import { installTimelineJs, toTimelineJs } from './timelinejs.mjs';
import { loadUntilReady } from './ready.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const STEPS = 20;
const SLOWDOWN = 4;
const TL_LIMIT_MS = 60_000;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function sh(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30, ...opts });
}

// 1. The widget, the synthetic files, and TimelineJS3 from npm.
if (!process.env.BENCH_SKIP_BUILD) {
  const env = { ...process.env, PATH: `${root}/node_modules/.bin:${os.homedir()}/.cargo/bin:${process.env.PATH}` };
  sh('trunk', ['build', '--release'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'huimou-bench-'));
fs.cpSync(path.join(root, 'dist'), site, { recursive: true });
installTimelineJs(site);
for (const n of SIZES) {
  const json = sh('cargo', ['run', '--quiet', '--release', '--example', 'synth', '--', String(n)]);
  fs.writeFileSync(path.join(site, 'bench', `synth-${n}.json`), json);
  fs.writeFileSync(path.join(site, 'bench', `tl-${n}.json`), JSON.stringify(toTimelineJs([JSON.parse(json)])));
}

// 2. Measure one page. Time to ready is the median of LOADS loads (this
// machine's noise is ±30% between single loads); the steps are taken on the last.
const LOADS = Number(process.env.BENCH_LOADS ?? 3);
async function measure(browser, options) {
  const runs = [];
  for (let k = 0; k < LOADS; k++) {
    const last = k === LOADS - 1;
    const r = await measureOnce(browser, options, last);
    runs.push(r);
    if (typeof r.ready !== 'number') return r; // not finished: once is enough
  }
  const readies = runs.map((r) => r.ready).sort((a, b) => a - b);
  return { ...runs.at(-1), ready: readies[Math.floor(readies.length / 2)], readies };
}

async function measureOnce(browser, { url, width, ready, selected, focus }, withSteps) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  const start = Date.now();
  let readyMs;
  try {
    readyMs = await loadUntilReady(page, url, ready, TL_LIMIT_MS);
  } catch {
    await page.close();
    return { ready: `> ${TL_LIMIT_MS / 1000} s (not finished)`, step: '-', nodes: '-', elapsed: Date.now() - start };
  }
  if (!withSteps) {
    await page.close();
    return { ready: Math.round(readyMs) };
  }
  // Let the page settle (an open detail panel takes focus), then focus the selection.
  await page.waitForTimeout(500);
  await page.evaluate(focus);
  await page.waitForTimeout(300);
  await page.evaluate(focus);
  const steps = await page.evaluate(async ({ selected, STEPS }) => {
    const current = new Function(`return (${selected})()`);
    // A zero-delay yield (not a frame: waiting for frames would measure the
    // display's refresh rate, not the work).
    const channel = new MessageChannel();
    const tick = () => new Promise((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
    const times = [];
    for (let s = 0; s < STEPS; s++) {
      const before = current();
      const t0 = performance.now();
      const target = document.activeElement && document.activeElement !== document.body ? document.activeElement : document;
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39, bubbles: true }));
      for (let k = 0; k < 20000 && current() === before; k++) await tick();
      // Style and layout of the new state are part of the step.
      document.documentElement.getBoundingClientRect();
      document.body.offsetHeight;
      times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], moved: current() };
  }, { selected: selected.toString(), STEPS });
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  await page.close();
  return { ready: Math.round(readyMs), step: Math.round(steps.median * 10) / 10, nodes };
}

const huimouReady = () => {
  const r = document.getElementById('huimou');
  return r?.dataset.state === 'ready' && document.querySelector('[aria-current="true"]') ? performance.now() : false;
};
const huimouSelected = () => document.querySelector('[aria-current="true"]')?.id ?? '';
const huimouFocus = () => {
  const el = document.querySelector('[aria-current="true"]');
  el?.focus();
  // Escape closes the detail panel and leaves focus on the selected item.
  if (document.getElementById('hm-detail')) el?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
};

// The HTTP server runs in a process of its own (see serveApart).
const server = await serveApart(site);
const browser = await launchChromium();
const rows = [];
for (const n of SIZES) {
  const base = `${server.url}?data=bench/synth-${n}.json&item=item-0`;
  const timeline = await measure(browser, { url: base, width: 1280, ready: huimouReady, selected: huimouSelected, focus: huimouFocus });
  const list = await measure(browser, { url: base, width: 375, ready: huimouReady, selected: huimouSelected, focus: huimouFocus });
  // BENCH_SKIP_TL=1: only huimou, for quick iterations (no ratios then).
  const tl = process.env.BENCH_SKIP_TL ? { ready: '-', step: '-', nodes: '-' } : await measure(browser, {
    url: `${server.url}tl.html?n=${n}`,
    width: 1280,
    ready: () => window.__ready ?? false,
    selected: () => String(window.timeline?.current_id ?? ''),
    focus: () => document.body.focus(),
  });
  rows.push({ n, timeline, list, tl });
  console.error(`measured N=${n}`);
}
await browser.close();
await server.close();

const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && a > 0 ? `${(b / a).toFixed(1)}x` : '-');
console.log(`\nTimeline benchmark: headless Chromium ${SLOWDOWN}x CPU slowdown; ready: median of ${LOADS} loads; median of ${STEPS} ArrowRight steps`);
console.log('(a step: keydown until the selection has moved and the page is laid out; ratios are TimelineJS3 / huimou)\n');
console.log('| N | view | ready (ms) | ms/step | DOM nodes | TimelineJS3 ready / step / nodes | ratio ready | ratio step |');
console.log('|---|---|---|---|---|---|---|---|');
for (const { n, timeline, list, tl } of rows) {
  for (const [name, r] of [['huimou timeline', timeline], ['huimou list', list]]) {
    console.log(`| ${n.toLocaleString('en-US')} | ${name} | ${r.ready}${r.readies ? ` (${r.readies.join(', ')})` : ''} | ${r.step} | ${r.nodes} | ${tl.ready} / ${tl.step} / ${tl.nodes} | ${ratio(r.ready, tl.ready)} | ${ratio(r.step, tl.step)} |`);
  }
}
// This machine's speed varies between runs and sessions (up to 2x): the
// TimelineJS3 figures of the same run are the reference. The issue quotes
// its own measurement of TimelineJS3 at 1,000 events; printed beside this
// run's, so a reader can tell how fast this machine was. (Its method
// differed: its step is tens of times this script's.)
const tl1000 = rows.find((r) => r.n === 1000)?.tl;
if (tl1000 && typeof tl1000.ready === 'number') {
  console.log(`\nMachine reference: TimelineJS3 at 1,000 events loaded in ${tl1000.ready} ms and stepped in ${tl1000.step} ms here; the issue measured ~5,400 ms and ~1,400 ms.`);
}
fs.rmSync(site, { recursive: true, force: true });
