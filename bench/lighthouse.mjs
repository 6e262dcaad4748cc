// Lighthouse (npm lighthouse@12.2.3, Debian's Chromium) on the built widget:
// prints the four category scores and every audit that is not passed, for the
// default page and for lang=en. A script, not a test.
//
//   node bench/lighthouse.mjs              (uses dist/ as built; run `trunk build --release` first)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serveApart } from '../tests/e2e/server.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bench = path.join(root, 'bench');
if (!fs.existsSync(path.join(bench, 'node_modules/lighthouse'))) {
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: bench, stdio: 'inherit' });
}
const { default: lighthouse } = await import(path.join(bench, 'node_modules/lighthouse/core/index.js'));
const chromeLauncher = await import(path.join(bench, 'node_modules/chrome-launcher/dist/index.js'));

// The widget served over HTTP by a process of its own (see serveApart).
const server = await serveApart(path.join(root, 'dist'));
const { url } = server;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  for (const query of ['', '?lang=en']) {
    const result = await lighthouse(`${url}${query}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const { categories, audits } = result.lhr;
    console.log(`\n${url}${query}`);
    for (const c of Object.values(categories)) console.log(`  ${c.title.padEnd(16)} ${Math.round(c.score * 100)}`);
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => `    ${a.id}: ${a.displayValue ?? ''} (${Math.round(a.score * 100)})`);
    if (failing.length) console.log('  not passed:\n' + failing.join('\n'));
    for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
      console.log(`  ${id}: ${audits[id]?.displayValue}`);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
