// trunk post_build hook: moves trunk's inline loader into boot-<hash>.js,
// adds the head script, and writes the prerendered opening view into
// index.html (Chinese) and en.html (English).
//
// Why: a strict Content-Security-Policy (script-src 'self') blocks inline
// scripts, and then the widget never starts. And trunk's loader does nothing
// when the wasm cannot load (404, blocked, no WebAssembly): the page would sit
// in "loading" forever. Our loader ends in data-state="error" with an alert.
//
// trunk runs this with TRUNK_STAGING_DIR set; we must edit the staged
// index.html there, not dist/.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { minify } from 'terser';
import { minify as minifyCss } from 'csso';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('boot-hook: TRUNK_STAGING_DIR is not set (run through trunk)');
const indexPath = path.join(staging, 'index.html');
const html = fs.readFileSync(indexPath, 'utf8');

const inline = html.match(/<script type="module"[^>]*>([\s\S]*?)<\/script>/);
if (!inline || !inline[1].includes('import init')) throw new Error('boot-hook: trunk\'s inline loader was not found');
const glue = inline[1].match(/from\s+['"]([^'"]+\.js)['"]/)?.[1];
const wasm = inline[1].match(/module_or_path:\s*['"]([^'"]+\.wasm)['"]/)?.[1];
if (!glue || !wasm) throw new Error('boot-hook: could not read the glue or wasm path from trunk\'s loader');

// Two scripts of our own (scripts/page/), hashed and minified:
// - head.js, in <head>: runs before the first paint (theme=, a frame, and
//   whether the address asks for a view the prerendered page does not hold);
// - boot.js, a classic script at the end of <body>, not a module in <head>:
//   the parser runs it as soon as it has read the widget's root, while a
//   module waits until the whole document has loaded, and the loader worker
//   starts that much earlier.
async function ownScript(name, fill = {}, modules = []) {
  let source = fs.readFileSync(path.resolve('scripts/page', `${name}.js`), 'utf8');
  // Modules it is built with (pure functions, tested on their own): their
  // code goes first, without its exports, inside the script's own scope.
  for (const module of modules) {
    const code = fs.readFileSync(path.resolve('scripts/page', module), 'utf8').replace(/^export /gm, '');
    source = `(() => {\n${code}\n${source}\n})();`;
  }
  for (const [key, value] of Object.entries(fill)) source = source.replace(key, JSON.stringify(value));
  const hash = crypto.createHash('sha256').update(source).digest('hex').slice(0, 16);
  const file = `${name}-${hash}.js`;
  fs.writeFileSync(path.join(staging, file), (await minify(source, { module: false })).code);
  return file;
}
const headName = await ownScript('head', {}, ['accent.mjs']);
const bootName = await ownScript('boot', { __GLUE__: glue, __WASM__: wasm });
if (!html.includes('</body>') || !html.includes('</head>')) throw new Error('boot-hook: index.html has no </head> or </body>');
let page = html.replace(inline[0], '')
  .replace('</head>', `<script src="./${headName}"></script>\n</head>`)
  .replace('</body>', `<script src="./${bootName}"></script>\n</body>`);
console.log(`boot-hook: loader moved to ${bootName}, head script ${headName}`);

// Minified JS glue (ES module for the page, classic script for the worker)
// and CSS: bytes every reader saves. trunk's own minifier cannot
// parse wasm-bindgen's glue. Comments stay in the sources, where they help.
for (const name of fs.readdirSync(staging)) {
  const file = path.join(staging, name);
  if (/^(huimou-|loader|extras)/.test(name) && name.endsWith('.js') && !name.endsWith('_loader.js')) {
    const module = !name.startsWith('loader');
    fs.writeFileSync(file, (await minify(fs.readFileSync(file, 'utf8'), { module })).code);
  } else if (name.endsWith('.css')) {
    fs.writeFileSync(file, minifyCss(fs.readFileSync(file, 'utf8')).css);
  }
}
// The worker's script carries its glue (loader.js) itself: trunk's shim
// loaded it with a synchronous importScripts, a round trip before the
// worker could ask for anything.
//
// And the worker downloads a ?data= file while its wasm loads, not after:
// the shim starts the fetch right after asking for the wasm (smaller, and
// needed first), and the wasm takes it up as huimouFile. Only a plain
// relative path is fetched this early (no scheme, no '//', no backslash or
// control character), which is on this origin by construction and which the
// worker's own rule (params::data_url) accepts too; anything else is left to
// that rule, which refuses or fetches.
const shim = path.join(staging, 'loader_loader.js');
const trunkShim = fs.readFileSync(shim, 'utf8');
const imported = trunkShim.match(/^importScripts\((['"])\.\/(loader\.js)\1\);/);
if (!imported) throw new Error(`boot-hook: trunk's worker shim changed: ${trunkShim.slice(0, 80)}`);
const glueFile = path.join(staging, imported[2]);
fs.writeFileSync(shim, `${fs.readFileSync(glueFile, 'utf8')};${trunkShim.slice(imported[0].length)};const n=self.name;self.huimouFile=!n.startsWith('//')&&/^[A-Za-z0-9_.~/-]+$/.test(n)?fetch(n,{credentials:'omit',mode:'same-origin'}).then(r=>r.ok?r.arrayBuffer():null).catch(()=>null):null;`);
fs.rmSync(glueFile);

// The example host page embeds the widget with pym.js too (npm, the same file
// news sites use), served from here: the example makes no third-party request.
fs.copyFileSync(path.resolve('node_modules/pym.js/dist/pym.v1.min.js'), path.join(staging, 'pym.v1.min.js'));

// trunk wrote Subresource Integrity hashes of the files before minifying.
page = page.replace(/href="\.\/([^"]+)"([^>]*?)integrity="sha384-[^"]+"/g, (all, name, between) => {
  const body = fs.readFileSync(path.join(staging, name));
  return `href="./${name}"${between}integrity="sha384-${crypto.createHash('sha384').update(body).digest('base64')}"`;
});
// No preload of the glue or the wasm: boot.js asks for them once the
// prerendered view has painted, so they do not compete with it for the
// reader's first round trips.
const preloads = /\s*<link rel="(?:modulepreload|preload)" href="\.\/huimou-[^"]+\.(?:js|wasm)"[^>]*>/g;
if ((page.match(preloads) ?? []).length !== 2) throw new Error('boot-hook: trunk\'s preloads of the glue and wasm changed');
page = page.replace(preloads, '');

// The opening view, prerendered (src/bin/prerender.rs: Yew's server renderer,
// the wasm's own components and data), in each language's page: readers see
// the figures at HTML parse; the wasm takes over (host::take_over). Run from
// this hook, not a hook of its own: trunk starts a stage's hooks together,
// and two hooks rewriting index.html would race.
const edition = JSON.parse(fs.readFileSync(path.resolve('data/edition.json'), 'utf8'));
for (const key of ['title', 'description']) {
  for (const lang of ['zh', 'en']) {
    if (typeof edition[key]?.[lang] !== 'string' || !edition[key][lang].trim()) throw new Error(`boot-hook: data/edition.json has no ${key}.${lang}`);
  }
}
const rendered = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 }));
for (const [lang, file] of [['zh', 'index.html'], ['en', 'en.html']]) {
  fs.writeFileSync(path.join(staging, file), prerendered(page, lang, rendered[lang]));
  console.log(`boot-hook: ${file} prerendered (${lang})`);
}

// The studio (src/bin/studio.rs, docs/editing.md): a page and a wasm of its
// own, which no reader's page loads. trunk builds the wasm beside the
// widget's (as a "worker": one page may start only one main app, and the
// no-modules glue runs in a page too); here its files get hashed names, and
// static/studio.html its stylesheets and scripts.
{
  const glue = fs.readFileSync(path.join(staging, 'studio.js'), 'utf8');
  const wasm = fs.readFileSync(path.join(staging, 'studio_bg.wasm'));
  const hash = crypto.createHash('sha256').update(glue).update(wasm).digest('hex').slice(0, 16);
  const [glueName, wasmName] = [`studio-${hash}.js`, `studio-${hash}_bg.wasm`];
  fs.writeFileSync(path.join(staging, glueName), (await minify(glue, { module: false })).code);
  fs.renameSync(path.join(staging, 'studio_bg.wasm'), path.join(staging, wasmName));
  fs.rmSync(path.join(staging, 'studio.js'));
  const css = minifyCss(fs.readFileSync(path.resolve('static/studio.css'), 'utf8')).css;
  const cssName = `studio-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  fs.writeFileSync(path.join(staging, cssName), css);
  const widgetCss = fs.readdirSync(staging).find((name) => /^huimou-[0-9a-f]+\.css$/.test(name));
  if (!widgetCss) throw new Error('boot-hook: the widget\'s stylesheet was not found for the studio');
  const bootName = await ownScript('studio-boot', { __WASM__: `./${wasmName}` });
  const template = fs.readFileSync(path.resolve('static/studio.html'), 'utf8');
  const styles = /<!-- huimou:styles[^>]*-->/;
  const scripts = /<!-- huimou:scripts[^>]*-->/;
  if (!styles.test(template) || !scripts.test(template)) throw new Error('boot-hook: static/studio.html lost its markers');
  fs.writeFileSync(path.join(staging, 'studio.html'), template
    .replace(styles, `<link rel="stylesheet" href="./${widgetCss}">\n  <link rel="stylesheet" href="./${cssName}">`)
    .replace(scripts, `<script src="./${glueName}"></script>\n  <script src="./${bootName}"></script>`));
  console.log(`boot-hook: studio.html written (${glueName}, ${cssName})`);
}

/** The page with the opening view in its root and the whole timeline as a
 *  list for readers without JavaScript; the English page in English. */
function prerendered(page, lang, { opening, timeline }) {
  const root = /<main id="huimou"([^>]*)>\s*(<p class="huimou-loading">[^<]*<\/p>)\s*<\/main>/;
  const noscript = /<noscript>[\s\S]*?<\/noscript>/;
  if (!root.test(page) || !noscript.test(page)) throw new Error('boot-hook: index.html\'s root or <noscript> changed');
  let out = page
    .replace(root, (all, attributes, loading) =>
      `<main id="huimou"${attributes.replace(' aria-busy="true"', '')} data-prerendered="${lang}">${loading}<div class="hm-app">${opening}</div></main>`)
    .replace(noscript, `<noscript><div class="huimou hm-noscript">${timeline}</div></noscript>`);
  // The edition's own words for the page's head (data/edition.json).
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const [title, description] = [edition.title[lang], edition.description[lang]].map(escape);
  out = out
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/(<meta name="description" content=")[^"]*"/, `$1${description}"`)
    .replace(/(<meta property="og:title" content=")[^"]*"/, `$1${title}"`)
    .replace(/(<meta property="og:description" content=")[^"]*"/, `$1${description}"`);
  if (!out.includes(`<title>${title}</title>`)) throw new Error('boot-hook: index.html lost its <title> or metadata');
  if (lang === 'en') {
    out = out.replace('<html lang="zh-CN">', '<html lang="en">')
      .replace('<meta property="og:locale" content="zh_CN">', '<meta property="og:locale" content="en_GB">')
      .replace('<meta property="og:locale:alternate" content="en_GB">', '<meta property="og:locale:alternate" content="zh_CN">');
    if (!out.includes('<html lang="en">')) throw new Error('boot-hook: could not make the English page');
  }
  return out;
}
