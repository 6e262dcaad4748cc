// A real HTTP server for end-to-end tests: serves a folder on 127.0.0.1 with
// the right content types (browsers only stream-compile application/wasm),
// optional extra headers (CSP), optional gzip (as a real host would send),
// optional caching headers (as a producer should send them), and a log of
// every request it answered.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bin': 'application/octet-stream',
};

/** A content-hashed file: 16 hex digits after a dash, just before the
 *  extension (`huimou-0123456789abcdef_bg.wasm` keeps wasm-bindgen's `_bg`). */
export const HASHED = /-[0-9a-f]{16}(?:_bg)?\.[A-Za-z0-9]+$/;

/** The headers a producer should serve (`caching: true`; README.md, "Serving it"):
 *  - a content-hashed file never changes under its name (a new build gives it a
 *    new one): `public, max-age=31536000, immutable`, cached for a year and
 *    never revalidated, so every page and edition of a site shares one copy
 *    of the engine;
 *  - everything else, pages (`.html`), `embed.js` and the files an editor
 *    replaces in place (edition.json, figures.csv, the review files, the
 *    sources): `no-cache`, kept but revalidated on every use (with the ETag
 *    sent here), so a republished page is seen at once.
 *  `.wasm` goes as `application/wasm` (browsers only stream-compile that) and
 *  `.bin` as `application/octet-stream`. Without `caching`: `no-store`. */
export function cacheControl(file) {
  return HASHED.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** What `gzip: true` compresses: text and the wasm, not images. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt', '.bin']);

/** `hold(url)`: responses to the requests it picks wait until `release()`
 *  (what a slow network does to the wasm); `refuse(url)`: they get a 404.
 *  `gzip`: text-like files (and the wasm) are sent gzipped (level 9, each
 *  file compressed once) to requests that accept it. `caching`: the cache
 *  headers of `cacheControl` instead of `no-store`, with an ETag (a
 *  revalidation that matches gets 304; weak, as gzip may send other bytes). */
export async function serve(root, { headers = {}, hold = () => false, refuse = () => false, gzip = false, caching = false } = {}) {
  const requests = [];
  const gzipped = new Map(); // file path → its gzipped bytes (dist/ does not change while served)
  let held = [];
  let holding = true;
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    if (refuse(req.url)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('refused');
      return;
    }
    if (holding && hold(req.url)) {
      held.push(() => answer(req, res));
      return;
    }
    answer(req, res);
  });
  function answer(req, res) {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(path.resolve(root))) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const compressible = gzip && COMPRESSIBLE.has(path.extname(file));
      const compress = compressible && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (compress && !gzipped.has(file)) gzipped.set(file, zlib.gzipSync(body, { level: 9 }));
      const etag = caching ? `W/"${crypto.createHash('sha256').update(body).digest('hex').slice(0, 32)}"` : null;
      const cache = caching ? { 'cache-control': cacheControl(file), etag } : { 'cache-control': 'no-store' };
      if (etag && (req.headers['if-none-match'] ?? '').split(/\s*,\s*/).includes(etag)) {
        res.writeHead(304, { ...cache, ...(compressible ? { vary: 'accept-encoding' } : {}), ...headers }).end();
        return;
      }
      res.writeHead(200, {
        'content-type': type,
        ...cache,
        ...(compressible ? { vary: 'accept-encoding' } : {}),
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
        ...headers,
      }).end(compress ? gzipped.get(file) : body);
    });
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    /** Answers the held requests, and every later one at once. */
    release() {
      holding = false;
      for (const go of held) go();
      held = [];
    },
    /** Holds the requests `hold` picks again (for the next page). */
    rearm() {
      holding = true;
    },
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

/** `serve` in a process of its own, for the benchmark scripts: in the process
 *  that drives the browser it shares the event loop with the driver, and a
 *  trace showed first-load responses held ~350 ms. `options` go to `serve` as
 *  JSON (`gzip`, `headers`; functions such as `hold` do not cross). */
export async function serveApart(root, options = {}) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', `
    import { serve } from ${JSON.stringify(new URL(import.meta.url).pathname)};
    const s = await serve(${JSON.stringify(root)}, ${JSON.stringify(options)});
    console.log(s.url);`], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve) => child.stdout.once('data', (d) => resolve(String(d).trim())));
  return { url, close: async () => child.kill() };
}
