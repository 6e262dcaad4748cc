// The size budgets: gzip (and brotli) bytes of what a first visit loads
// (bytes are deterministic, so this is a test; speed is only ever
// benchmarked):
// - the engine: the files every edition of a site shares (the wasm, its JS
//   glue, the head and boot scripts, the stylesheet), cached across editions;
// - an edition: what one edition's page adds (the page, its colours, the
//   packed data it names for its language);
// - interactive: everything loaded before the widget answers (the two above);
// - the content path: the page and its stylesheets, what paints the figures.
// It also shows where the engine's wasm bytes go, by crate, from the names
// of the wasm before wasm-opt (scripts/test.sh keeps a copy of it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const DIST = path.resolve('dist');
const KIB = 1024;
export const ENGINE_GZIP = 155 * KIB;
export const EDITION_GZIP = { 'index.html': 32 * KIB, 'en.html': 40 * KIB };
export const INTERACTIVE_GZIP = 180 * KIB;
export const CONTENT_PATH_GZIP = 32 * KIB;
/** What fits in the first round trip (TCP's initial window): the aim, not the limit. */
export const CONTENT_PATH_AIM = 14 * KIB;
const LOADER_GZIP = 90 * KIB;
/** The editors' studio (studio.html): never on a reader's path. */
const STUDIO_GZIP = 400 * KIB;

const engine = JSON.parse(fs.readFileSync(path.join(DIST, 'engine.json'), 'utf8'));
/** A file of the engine by what it is (engine.json names them all). */
const named = (pattern) => {
  const found = engine.files.filter((f) => pattern.test(f));
  assert.equal(found.length, 1, `one engine file matches ${pattern}: ${found}`);
  return found[0];
};

/** The files a reader's page loads before the widget answers, as paths
 *  under dist/: its stylesheets and scripts, what the boot script starts
 *  (the glue and the wasm), and the packed data the page names for its
 *  language. The loader worker (only `?data=`), the extras (first use of
 *  share, embed or save image) and the items' quotes (after ready) are not
 *  among them: other tests check that a plain visit does not fetch them
 *  before it is ready. */
export function loads(page) {
  const html = fs.readFileSync(path.join(DIST, page), 'utf8');
  const at = (ref) => path.posix.normalize(path.posix.join(path.posix.dirname(page), ref));
  const refs = [...html.matchAll(/<(?:link rel="stylesheet"|script)[^>]*?\b(?:href|src)="([^"]+)"/g)].map((m) => at(m[1]));
  const lang = html.match(/<html lang="(en|zh)/)?.[1];
  const data = html.match(new RegExp(`data-edition-${lang}="([^"]+)"`))?.[1];
  assert.ok(data, `${page} names its ${lang} data`);
  const files = [page, ...refs, named(/^huimou-[0-9a-f]+\.js$/), named(/^huimou-[0-9a-f]+_bg\.wasm$/), at(data)];
  for (const f of files) assert.ok(fs.existsSync(path.join(DIST, f)), `${page} loads ${f}, which exists`);
  return [...new Set(files)];
}

const isEngine = (f) => engine.files.includes(f);

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
const kib = (n) => `${(n / KIB).toFixed(1)} KiB`;
const line = (r) => `${r.file.padEnd(52)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(9)} ${String(r.brotli).padStart(9)}`;

/** The budgets' sums for a page, printed as a table. */
function report(page) {
  const rows = loads(page).map(measure);
  const of = (keep) => sum(rows.filter((r) => keep(r.file)));
  const totals = {
    engine: of(isEngine),
    edition: of((f) => !isEngine(f)),
    content: of((f) => f === page || f.endsWith('.css')),
    interactive: of(() => true),
  };
  console.log([`${page}: ${'file'.padEnd(52 - page.length - 2)}       raw      gzip    brotli`, ...rows.map(line),
    ...Object.entries(totals).map(([name, t]) => line({ file: `= ${name}`, ...t }))].join('\n'));
  return totals;
}

for (const page of ['index.html', 'en.html']) {
  test(`${page}: the engine, the edition, the interactive load and the content path fit their budgets`, () => {
    const t = report(page);
    console.log(`${page}: engine ${t.engine.gzip} B gzip (${kib(t.engine.gzip)}) of ${kib(ENGINE_GZIP)}; edition ${t.edition.gzip} B (${kib(t.edition.gzip)}) of ${kib(EDITION_GZIP[page])}; interactive ${t.interactive.gzip} B (${kib(t.interactive.gzip)}) of ${kib(INTERACTIVE_GZIP)}; content path ${t.content.gzip} B (${kib(t.content.gzip)}) of ${kib(CONTENT_PATH_GZIP)}, aim ${kib(CONTENT_PATH_AIM)}`);
    assert.ok(t.engine.gzip <= ENGINE_GZIP, `the engine is ${t.engine.gzip} B gzip, over ${ENGINE_GZIP}`);
    assert.ok(t.edition.gzip <= EDITION_GZIP[page], `${page}'s edition is ${t.edition.gzip} B gzip, over ${EDITION_GZIP[page]}`);
    assert.ok(t.interactive.gzip <= INTERACTIVE_GZIP, `${page}'s interactive load is ${t.interactive.gzip} B gzip, over ${INTERACTIVE_GZIP}`);
    assert.ok(t.content.gzip <= CONTENT_PATH_GZIP, `${page}'s content path is ${t.content.gzip} B gzip, over ${CONTENT_PATH_GZIP}`);
    // The engine a page loads is the whole engine but for the on-demand files.
    const used = loads(page).filter(isEngine).sort();
    const onDemand = engine.files.filter((f) => /^(loader|extras)-|^embed\.js$/.test(f));
    assert.deepEqual(used, engine.files.filter((f) => !onDemand.includes(f)).sort());
  });
}

test('the engine names no edition, and the loads only some readers make are reported', () => {
  // No byte of the engine depends on an edition: none of its files names
  // the edition's slug, ids or data files.
  const edition = JSON.parse(fs.readFileSync('data/edition.json', 'utf8'));
  const ids = edition.reviews.map((f) => JSON.parse(fs.readFileSync(path.join('data', f), 'utf8')).id);
  for (const f of engine.files.filter((f) => /\.(js|css)$/.test(f))) {
    const text = fs.readFileSync(path.join(DIST, f), 'utf8');
    for (const word of [edition.slug, ...ids.map((id) => `review-${id}`), ...ids.map((id) => `"${id}"`)]) {
      assert.ok(!text.includes(word), `${f} names ${word}`);
    }
  }
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  for (const lang of ['zh', 'en']) {
    const quotes = html.match(new RegExp(`data-quotes-${lang}="([^"]+)"`))?.[1];
    assert.ok(quotes, `the page names its items' quotes in ${lang}`);
    const q = measure(quotes);
    console.log(`after ready, the items' quotes (${lang}): +${q.gzip} B gzip`);
  }
  const worker = sum([named(/^loader-[0-9a-f]+\.js$/), named(/^loader-[0-9a-f]+_bg\.wasm$/)].map(measure));
  console.log(`with ?data= (before the data file): the loader worker +${worker.gzip} B gzip (${kib(worker.gzip)}) of its own ${kib(LOADER_GZIP)}`);
  console.log(`on first use of share, embed or image: +${measure(named(/^extras-/)).gzip} B gzip`);
  assert.ok(worker.gzip <= LOADER_GZIP, `the loader worker is ${worker.gzip} B gzip, over ${LOADER_GZIP}`);
});

test('where the engine\'s wasm bytes go, by crate', (t) => {
  // Names are in the wasm before wasm-opt (the shipped file has none):
  // shares of its code, by the crate that defines each function.
  const file = path.resolve('target/engine-names.wasm');
  if (!fs.existsSync(file)) return t.skip('target/engine-names.wasm is written by scripts/test.sh');
  const byCrate = codeByCrate(fs.readFileSync(file));
  const total = [...byCrate.values()].reduce((a, b) => a + b, 0);
  const rows = [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(['engine wasm (before wasm-opt), code bytes by crate:',
    ...rows.map(([crate, bytes]) => `  ${crate.padEnd(36)} ${String(bytes).padStart(8)}  ${(100 * bytes / total).toFixed(1).padStart(5)}%`)].join('\n'));
  assert.ok(byCrate.has('huimou') && byCrate.has('yew'), 'the names were read');
});

/** Function body sizes from a wasm's code section, grouped by the crate in
 *  each function's (Rust legacy-mangled) name from the "name" section. */
function codeByCrate(bytes) {
  let at = 8;
  const leb = () => {
    let v = 0; let shift = 0; let b;
    do { b = bytes[at++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return v;
  };
  const text = () => { const n = leb(); const s = bytes.subarray(at, at + n).toString('utf8'); at += n; return s; };
  let imported = 0; let bodies = []; const names = new Map();
  while (at < bytes.length) {
    const id = bytes[at++]; const size = leb(); const end = at + size;
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        text(); text();
        const kind = bytes[at++];
        if (kind === 0) { leb(); imported++; } else if (kind === 1) { at++; const f = bytes[at++]; leb(); if (f & 1) leb(); } else if (kind === 2) { const f = bytes[at++]; leb(); if (f & 1) leb(); } else { at += 2; }
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) { const s = leb(); bodies.push(s); at += s; }
    } else if (id === 0 && text() === 'name') {
      while (at < end) {
        const sub = bytes[at++]; const subSize = leb(); const subEnd = at + subSize;
        if (sub === 1) for (let n = leb(); n > 0; n--) { const i = leb(); names.set(i, text()); }
        at = subEnd;
      }
    }
    at = end;
  }
  const byCrate = new Map();
  bodies.forEach((size, i) => {
    const crate = crateOf(names.get(imported + i) ?? '');
    byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  });
  return byCrate;
}

/** `core::fmt::write::h…` → core; `<yew::html::X as core::fmt::Debug>::fmt` → yew;
 *  `_ZN4core3fmt5write17h…E` (still mangled) → core. */
function crateOf(name) {
  const mangled = name.match(/^_ZN(\d+)(.*)/);
  if (mangled) return mangled[2].slice(0, Number(mangled[1]));
  const path = name.match(/^<*(?:&(?:mut )?|\*(?:const|mut) )?(?:dyn )?([A-Za-z_][A-Za-z0-9_]*)::/);
  return path ? path[1] : '(no Rust path: std, compiler, glue)';
}

test('the studio has a size line of its own, and no reader page loads any of it', () => {
  // Editors open studio.html; readers never do. Its own budget keeps it
  // quick to open on a newsroom laptop.
  const html = fs.readFileSync(path.join(DIST, 'studio.html'), 'utf8');
  const files = ['studio.html', ...[...html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="\.\/([^"]+)"/g)].map((m) => m[1])];
  const wasm = fs.readdirSync(DIST).find((f) => /^studio-.*_bg\.wasm$/.test(f));
  assert.ok(wasm, 'the studio\'s wasm is built');
  const total = sum([...new Set([...files, wasm])].map(measure));
  console.log(`studio: ${total.gzip} B gzip (${kib(total.gzip)}) of ${kib(STUDIO_GZIP)}`);
  assert.ok(total.gzip <= STUDIO_GZIP, `the studio is ${total.gzip} B gzip, over ${STUDIO_GZIP}`);
  for (const page of ['index.html', 'en.html']) {
    assert.deepEqual(loads(page).filter((f) => f.startsWith('studio')), [], `${page} loads nothing of the studio`);
    assert.doesNotMatch(fs.readFileSync(path.join(DIST, page), 'utf8'), /studio(\.html|-[0-9a-f]{16}|-boot|_bg)/, `${page} does not name the studio's files`);
  }
  // The studio's words (src/words/studio.rs) are in its wasm and not in the
  // reader's: those the widget's table does not also have.
  const literals = (file) => new Set([...fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '')
    .matchAll(/"([^"\\{]*)"/g)].map((m) => m[1]));
  const widgetWords = literals('src/words/widget.rs');
  const studioWords = [...literals('src/words/studio.rs')].filter((w) => Buffer.byteLength(w) >= 8 && !widgetWords.has(w));
  const reader = fs.readFileSync(path.join(DIST, named(/^huimou-[0-9a-f]+_bg\.wasm$/)));
  const studio = fs.readFileSync(path.join(DIST, wasm));
  assert.ok(studioWords.length >= 50, `the studio's words: ${studioWords.length}`);
  for (const word of studioWords) {
    assert.ok(studio.includes(word), `the studio's wasm holds “${word}”`);
    assert.ok(!reader.includes(word), `the reader's wasm holds the studio's “${word}”`);
  }
});
