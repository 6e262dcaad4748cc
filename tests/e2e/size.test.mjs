// The size budgets: gzip (and brotli) bytes of what a first visit loads, in
// two budgets (bytes are deterministic, so this is a test; speed is only
// ever benchmarked):
// - the content path: the page with its prerendered opening view, and the
//   stylesheet: what paints the figures;
// - interactive: everything loaded before the widget responds to input (the
//   content path, the head and boot scripts, the JS glue and the wasm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const DIST = path.resolve('dist');
export const CONTENT_PATH_GZIP = 32 * 1024;
/** What fits in the first round trip (TCP's initial window): the aim, not the limit. */
export const CONTENT_PATH_AIM = 14 * 1024;
export const INTERACTIVE_GZIP = 170 * 1024;
const LOADER_GZIP = 90 * 1024;
/** The editors' studio (studio.html): never on a reader's path. */
const STUDIO_GZIP = 400 * 1024;

/** The files a page's stylesheets and scripts load: <link href> and <script
 *  src> of the page, and what those scripts import by name. Links in the
 *  content (downloads, items) are the reader's to follow, not the page's. */
function loads(page) {
  const files = new Set([page]);
  const queue = [page];
  while (queue.length) {
    const text = fs.readFileSync(path.join(DIST, queue.shift()), 'utf8');
    const refs = [...text.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="([^"]+)"|['"]\.?\/?([\w.-]+\.(?:js|wasm|css))['"]/g)]
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
      if (/\.(js|css)$/.test(ref)) queue.push(ref);
    }
  }
  return [...files];
}

/** The two budgets' files for a page: the content path (the page and its
 *  stylesheet) and interactive (everything it loads before it responds). */
export function budgets(page = 'index.html') {
  const interactive = loads(page);
  return { content: interactive.filter((f) => f === page || f.endsWith('.css')), interactive };
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
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const line = (r) => `${r.file.padEnd(40)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(9)} ${String(r.brotli).padStart(9)}`;

function report(page) {
  const files = budgets(page);
  const rows = files.interactive.map(measure);
  const content = sum(rows.filter((r) => files.content.includes(r.file)));
  const interactive = sum(rows);
  console.log([`${page}: ${'file'.padEnd(40 - page.length - 2)}       raw      gzip    brotli`, ...rows.map(line),
    line({ file: 'content path (page + CSS)', ...content }),
    line({ file: 'interactive (all of the above)', ...interactive }),
  ].join('\n'));
  return { rows, content, interactive };
}

test('the content path and the interactive load fit their budgets', () => {
  const { rows, content, interactive } = report('index.html');
  console.log(`content path: ${content.gzip} bytes gzip (${kib(content.gzip)}) of ${kib(CONTENT_PATH_GZIP)}; aim ${kib(CONTENT_PATH_AIM)}`);
  console.log(`interactive:  ${interactive.gzip} bytes gzip (${kib(interactive.gzip)}) of ${kib(INTERACTIVE_GZIP)}`);
  // Loads that only some readers make, printed for the record (not gated):
  // ?data= starts the loader worker; the first click on share, embed or save
  // image loads the extras.
  const extra = (label, files) => {
    const more = sum(files.map(measure));
    console.log(`${label.padEnd(40)} +${more.gzip} gzip = ${interactive.gzip + more.gzip} bytes gzip (${kib(interactive.gzip + more.gzip)})`);
  };
  extra('with ?data= (before the data file)', ['loader_loader.js', 'loader_bg.wasm']);
  extra('on first use of share, embed or image', ['extras.js']);
  // The loader worker itself (serde_json reads the file there) has a budget
  // of its own: only ?data= loads it.
  const worker = sum(['loader_loader.js', 'loader_bg.wasm'].map(measure));
  console.log(`loader worker: ${worker.gzip} bytes gzip (${kib(worker.gzip)}) of ${kib(LOADER_GZIP)}`);
  assert.ok(worker.gzip <= LOADER_GZIP, `the loader worker is ${worker.gzip} bytes gzip, over ${LOADER_GZIP}`);
  assert.ok(rows.some((r) => r.file.endsWith('.wasm')), 'the wasm is among the interactive files');
  assert.ok(rows.some((r) => r.file.endsWith('.css')), 'the stylesheet is on the content path');
  assert.ok(content.gzip <= CONTENT_PATH_GZIP, `the content path is ${content.gzip} bytes gzip, over ${CONTENT_PATH_GZIP}`);
  assert.ok(interactive.gzip <= INTERACTIVE_GZIP, `interactive is ${interactive.gzip} bytes gzip, over ${INTERACTIVE_GZIP}`);
});

test('the English page: its content path fits, and its interactive load is reported', () => {
  // English readers' takeover also waits for the English of the bundled
  // edition (the wasm carries the Chinese): printed with it, not gated, as
  // every load only some readers make.
  const { content, interactive } = report('en.html');
  const english = measure('data/en/edition.bin');
  console.log(`en.html content path: ${content.gzip} bytes gzip (${kib(content.gzip)}); interactive with data/en/edition.bin: ${interactive.gzip + english.gzip} bytes gzip (${kib(interactive.gzip + english.gzip)})`);
  assert.ok(content.gzip <= CONTENT_PATH_GZIP, `en.html's content path is ${content.gzip} bytes gzip, over ${CONTENT_PATH_GZIP}`);
});

test('the studio has a size line of its own, and no reader page loads any of it', () => {
  // Editors open studio.html; readers never do. Its own budget keeps it
  // quick to open on a newsroom laptop.
  const { interactive } = report('studio.html');
  console.log(`studio: ${interactive.gzip} bytes gzip (${kib(interactive.gzip)}) of ${kib(STUDIO_GZIP)}`);
  const files = budgets('studio.html').interactive;
  assert.ok(files.some((f) => /^studio-.*\.wasm$/.test(f)), 'the studio\'s wasm is among its files');
  assert.ok(interactive.gzip <= STUDIO_GZIP, `the studio is ${interactive.gzip} bytes gzip, over ${STUDIO_GZIP}`);
  for (const page of ['index.html', 'en.html']) {
    const loaded = loads(page);
    assert.deepEqual(loaded.filter((f) => f.startsWith('studio')), [], `${page} loads nothing of the studio`);
    assert.doesNotMatch(fs.readFileSync(path.join(DIST, page), 'utf8'), /studio(\.html|-[0-9a-f]{16}|-boot|_bg)/, `${page} does not name the studio's files`);
  }
});
