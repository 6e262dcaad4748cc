// The size budget: gzip and brotli bytes of every file a first visit loads.
// Bytes are deterministic, so this is a test; speed is only ever benchmarked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const DIST = path.resolve('dist');
export const BUDGET_GZIP = 150 * 1024;

/** index.html, what it references, and what those scripts import or fetch. */
export function firstLoadFiles() {
  const files = new Set(['index.html']);
  const queue = ['index.html'];
  while (queue.length) {
    const text = fs.readFileSync(path.join(DIST, queue.shift()), 'utf8');
    const refs = [...text.matchAll(/(?:href|src)="([^"]+)"|['"]\.?\/?([\w.-]+\.(?:js|wasm|css))['"]/g)]
      .map((m) => (m[1] ?? m[2]).replace(/^\.?\//, '').split(/[?#]/)[0]);
    for (const ref of refs) {
      if (!ref || ref.includes(':') || files.has(ref) || !fs.existsSync(path.join(DIST, ref))) continue;
      // The loader worker (trunk names its files after the binary) starts only
      // with ?data=; data-param.test.mjs checks that a plain visit never fetches it.
      if (ref.startsWith('loader')) continue;
      // The extras (share, embed, save image) load on the first click on one
      // of their buttons; data-param.test.mjs checks a plain visit never fetches them.
      if (ref.startsWith('extras') || ref === 'embed.js') continue;
      files.add(ref);
      if (/\.(js|css|html)$/.test(ref)) queue.push(ref);
    }
  }
  return [...files];
}

function measure(f) {
    const body = fs.readFileSync(path.join(DIST, f));
    return {
      file: f,
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
}

const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });

test('first-load files fit the size budget', () => {
  const rows = firstLoadFiles().map(measure);
  const total = sum(rows);
  const line = (r) => `${r.file.padEnd(36)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(9)} ${String(r.brotli).padStart(9)}`;
  console.log(['file'.padEnd(36) + '       raw      gzip    brotli', ...rows.map(line), line({ file: 'TOTAL', ...total }),
    `budget: ${BUDGET_GZIP} bytes gzip (${(total.gzip / 1024).toFixed(1)} KiB used)`].join('\n'));
  // Loads that only some readers make, printed for the record (not gated):
  // English readers fetch the English of the bundle; ?data= starts the loader worker;
  // the first click on share, embed or save image loads the extras.
  const extra = (label, files) => {
    const more = sum(files.map(measure));
    console.log(`${label.padEnd(36)} +${more.gzip} gzip = ${total.gzip + more.gzip} bytes gzip (${((total.gzip + more.gzip) / 1024).toFixed(1)} KiB)`);
  };
  extra('with lang=en', ['data/en/edition.bin']);
  extra('with ?data= (before the data file)', ['loader_loader.js', 'loader_bg.wasm']);
  extra('on first use of share, embed or image', ['extras.js']);
  assert.ok(rows.some((r) => r.file.endsWith('.wasm')), 'the wasm is among the first-load files');
  assert.ok(total.gzip <= BUDGET_GZIP, `first load is ${total.gzip} bytes gzip, over the ${BUDGET_GZIP} budget`);
});
