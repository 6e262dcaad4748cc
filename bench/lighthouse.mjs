// Lighthouse (npm lighthouse@12.2.3, Debian's Chromium) on the built widget,
// served gzipped as a real host would: for the Chinese page (index.html), the
// English page (en.html, prerendered in English) and index.html?lang=en,
// prints the four category scores, every audit that is not passed, the element
// Lighthouse took as the largest contentful paint, the paint and blocking
// figures, and the issue's target. A script, not a test.
//
//   node bench/lighthouse.mjs              (uses dist/ as built; run `trunk build --release` first)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serveApart } from '../tests/e2e/server.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bench = path.join(root, 'bench');
if (!fs.existsSync(path.join(root, 'dist', 'en.html'))) {
  console.error('bench/lighthouse.mjs: dist/en.html is missing; run `trunk build --release` first');
  process.exit(1);
}
if (!fs.existsSync(path.join(bench, 'node_modules/lighthouse'))) {
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: bench, stdio: 'inherit' });
}
const { default: lighthouse } = await import(path.join(bench, 'node_modules/lighthouse/core/index.js'));
const chromeLauncher = await import(path.join(bench, 'node_modules/chrome-launcher/dist/index.js'));

// The widget served over HTTP by a process of its own (see serveApart).
const server = await serveApart(path.join(root, 'dist'), { gzip: true });
const { url } = server;

/** The element Lighthouse took as the largest contentful paint, from the
 *  'largest-contentful-paint-element' audit (a list of tables in 12.x: the
 *  element, then the LCP phases). */
function lcpElement(audit) {
  const tables = audit?.details?.type === 'list' ? audit.details.items : [audit?.details];
  for (const table of tables) {
    const node = table?.items?.find((i) => i.node?.type === 'node')?.node;
    if (node) return `${node.selector ?? ''} ${JSON.stringify(node.snippet ?? '')}${node.nodeLabel ? ` "${node.nodeLabel.slice(0, 60)}"` : ''}`;
  }
  return 'none reported';
}

const pages = [['index.html', 'zh'], ['en.html', 'en'], ['?lang=en', 'en']];
const scores = [];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', ...(process.env.LH_FLAGS ? process.env.LH_FLAGS.split(' ') : [])],
});
try {
  for (const [page, lang] of pages) {
    const result = await lighthouse(`${url}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const { categories, audits } = result.lhr;
    // LH_JSON=dir keeps each page's full report, to look at its trace figures.
    if (process.env.LH_JSON) {
      fs.writeFileSync(path.join(process.env.LH_JSON, `${lang}-${scores.length}.json`), JSON.stringify(result.lhr));
      const trace = result.artifacts?.Trace ?? result.artifacts?.traces?.defaultPass;
      if (trace) fs.writeFileSync(path.join(process.env.LH_JSON, `${lang}-${scores.length}.trace.json`), JSON.stringify(trace));
    }
    console.log(`\n${url}${page} (${lang})`);
    const score = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
    for (const [id, c] of Object.entries(categories)) console.log(`  ${c.title.padEnd(16)} ${score[id]}`);
    scores.push({ page, lang, score });
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => `    ${a.id}: ${a.displayValue ?? ''} (${Math.round(a.score * 100)})`);
    if (failing.length) console.log('  not passed:\n' + failing.join('\n'));
    for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
      console.log(`  ${id}: ${audits[id]?.displayValue}`);
    }
    console.log(`  largest-contentful-paint-element: ${lcpElement(audits['largest-contentful-paint-element'])}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}

// The issue's target: performance at least 98 in both languages, the other
// three categories 100 (each page audited above).
console.log('\nThe issue\'s target (performance >= 98 in both languages, accessibility, best practices and SEO 100):');
for (const { page, lang, score } of scores) {
  const missed = Object.entries(score).filter(([id, s]) => (id === 'performance' ? s < 98 : s < 100)).map(([id, s]) => `${id} ${s}`);
  console.log(`  ${page} (${lang}): ${missed.length ? `not met (${missed.join(', ')})` : 'met'}`);
}
