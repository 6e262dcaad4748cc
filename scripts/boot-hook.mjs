// trunk post_build hook: makes the engine (every file content-hashed but
// embed.js, and engine.json naming them), then publishes data/edition.json
// with it (`publish`, src/publish/): the edition's pages, prerendered, in
// dist/<slug>/ and, as the default edition, at the top of dist/.
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
import { fetchesEarly } from './page/early-fetch.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('boot-hook: TRUNK_STAGING_DIR is not set (run through trunk)');
const indexPath = path.join(staging, 'index.html');
const html = fs.readFileSync(indexPath, 'utf8');

const inline = html.match(/<script type="module"[^>]*>([\s\S]*?)<\/script>/);
if (!inline || !inline[1].includes('import init')) throw new Error('boot-hook: trunk\'s inline loader was not found');
const glue = inline[1].match(/from\s+['"]([^'"]+\.js)['"]/)?.[1];
const wasm = inline[1].match(/module_or_path:\s*['"]([^'"]+\.wasm)['"]/)?.[1];
if (!glue || !wasm) throw new Error('boot-hook: could not read the glue or wasm path from trunk\'s loader');

// The URL parameters' names, from their one table (src/model/params.rs,
// `script_names`), and the words, from theirs (src/words/, `script_words`):
// the scripts (ours, the extras, embed.js) write each as a placeholder,
// `__KEY_LANG__`, the list `__KEYS_KEPT__`, `__WORD_KEPT__` or the table
// `__WORDS_EXTRAS__`, filled in here; the studio's page its words too.
const names = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'script-names'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));

/** `source` with each `__NAME__` placeholder replaced by the JSON of its
 *  value in `values`; one without a value stops the build (a parameter
 *  the table does not have, say). */
function fill(source, values, file) {
  return source.replace(/\b__[A-Z][A-Z0-9_]*__\b/g, (placeholder) => {
    if (!Object.hasOwn(values, placeholder)) throw new Error(`boot-hook: ${file} names ${placeholder}, which nothing fills in`);
    return JSON.stringify(values[placeholder]);
  });
}

/** `html` with each `__WORD_…__` placeholder replaced by its word, escaped
 *  as HTML text (or an attribute's value); one without a word stops the build. */
function fillHtml(html, file) {
  return html.replace(/\b__[A-Z][A-Z0-9_]*__\b/g, (placeholder) => {
    const word = names[placeholder];
    if (typeof word !== 'string') throw new Error(`boot-hook: ${file} names ${placeholder}, which is no word`);
    return word.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  });
}

// Two scripts of our own (scripts/page/), hashed and minified:
// - head.js, in <head>: runs before the first paint (theme=, a frame, and
//   whether the address asks for a view the prerendered page does not hold);
// - boot.js, a classic script at the end of <body>, not a module in <head>:
//   the parser runs it as soon as it has read the widget's root, while a
//   module waits until the whole document has loaded, and the loader worker
//   starts that much earlier.
async function ownScript(name, values = {}, modules = []) {
  let source = fs.readFileSync(path.resolve('scripts/page', `${name}.js`), 'utf8');
  // Modules it is built with (pure functions, tested on their own): their
  // code goes first, without its exports, inside the script's own scope.
  for (const module of modules) {
    const code = fs.readFileSync(path.resolve('scripts/page', module), 'utf8').replace(/^export /gm, '');
    source = `(() => {\n${code}\n${source}\n})();`;
  }
  source = fill(source, { ...names, ...values }, `${name}.js`);
  const hash = crypto.createHash('sha256').update(source).digest('hex').slice(0, 16);
  const file = `${name}-${hash}.js`;
  fs.writeFileSync(path.join(staging, file), (await minify(source, { module: false })).code);
  return file;
}
// Minified JS glue (ES module for the page, classic script for the worker)
// and CSS: bytes every reader saves. trunk's own minifier cannot
// parse wasm-bindgen's glue. Comments stay in the sources, where they help.
for (const name of fs.readdirSync(staging)) {
  const file = path.join(staging, name);
  if (/^(huimou-|loader)/.test(name) && name.endsWith('.js') && !name.endsWith('_loader.js')) {
    const module = !name.startsWith('loader');
    fs.writeFileSync(file, (await minify(fs.readFileSync(file, 'utf8'), { module })).code);
  } else if (/^huimou-.*\.css$/.test(name)) {
    fs.writeFileSync(file, minifyCss(fs.readFileSync(file, 'utf8')).css);
  }
}
// trunk's index.html named its glue, wasm and stylesheet (hashed by trunk);
// the stylesheet was rewritten above, so its name gets the new bytes' hash.
const css = html.match(/href="\.\/(huimou-[0-9a-f]+\.css)"/)?.[1];
if (!css) throw new Error('boot-hook: trunk\'s stylesheet link was not found');
const engineCss = rehash(css, 'huimou', '.css');

// trunk names the glue and the wasm with its own hash, printed without
// leading zeros (15 digits at times, which a host's pattern for hashed files
// misses): they take ours, 16 digits of their bytes, as every engine file does.
const hashOfEngine = crypto.createHash('sha256')
  .update(fs.readFileSync(path.join(staging, glue)))
  .update(fs.readFileSync(path.join(staging, wasm)))
  .digest('hex').slice(0, 16);
const [engineGlue, engineWasm] = [`huimou-${hashOfEngine}.js`, `huimou-${hashOfEngine}_bg.wasm`];
fs.renameSync(path.join(staging, glue), path.join(staging, engineGlue));
fs.renameSync(path.join(staging, wasm), path.join(staging, engineWasm));

/** Renames a staged file to `<stem>-<hash of its bytes><ext>`. */
function rehash(name, stem, ext) {
  const body = fs.readFileSync(path.join(staging, name));
  const hashed = `${stem}-${crypto.createHash('sha256').update(body).digest('hex').slice(0, 16)}${ext}`;
  fs.renameSync(path.join(staging, name), path.join(staging, hashed));
  return hashed;
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
// that rule, which refuses or fetches. Both files get hashed names: an old
// page's boot script keeps starting the worker it was built with.
const shim = path.join(staging, 'loader_loader.js');
const trunkShim = fs.readFileSync(shim, 'utf8');
const imported = trunkShim.match(/^importScripts\((['"])\.\/(loader\.js)\1\);/);
if (!imported) throw new Error(`boot-hook: trunk's worker shim changed: ${trunkShim.slice(0, 80)}`);
const glueFile = path.join(staging, imported[2]);
const loaderWasm = rehash('loader_bg.wasm', 'loader', '_bg.wasm');
let shimBody = trunkShim.slice(imported[0].length);
if (!shimBody.includes('./loader_bg.wasm')) throw new Error('boot-hook: trunk\'s worker shim no longer names loader_bg.wasm');
shimBody = shimBody.replace('./loader_bg.wasm', `./${loaderWasm}`);
fs.writeFileSync(shim, `${fs.readFileSync(glueFile, 'utf8')};${shimBody};const n=self.name;self.huimouFile=(${fetchesEarly})(n)?fetch(n,{credentials:'omit',mode:'same-origin'}).then(r=>r.ok?r.arrayBuffer():null).catch(()=>null):null;`);
fs.rmSync(glueFile);
const loaderName = rehash('loader_loader.js', 'loader', '.js');

// The extras (static/extras.js): hashed too, so an old boot script never
// imports a newer extras.
const extrasSource = fill(fs.readFileSync(path.join(staging, 'extras.js'), 'utf8'), names, 'extras.js');
fs.rmSync(path.join(staging, 'extras.js'));
fs.writeFileSync(path.join(staging, 'extras.js'), (await minify(extrasSource, { module: true })).code);
const extrasName = rehash('extras.js', 'extras', '.js');

// embed.js keeps its name and its comments (hosts read it), with the names.
const embedPath = path.join(staging, 'embed.js');
fs.writeFileSync(embedPath, fill(fs.readFileSync(embedPath, 'utf8'), names, 'embed.js'));

// Two scripts of our own (scripts/page/), hashed and minified; the boot
// script finds the engine's other files relative to itself.
const headName = await ownScript('head', {}, ['accent.mjs']);
const bootName = await ownScript('boot', {
  __GLUE__: engineGlue, __WASM__: engineWasm,
  __LOADER__: loaderName, __EXTRAS__: extrasName,
});

// The example host page embeds the widget with pym.js too (npm, the same file
// news sites use), served from here: the example makes no third-party request.
fs.copyFileSync(path.resolve('node_modules/pym.js/dist/pym.v1.min.js'), path.join(staging, 'pym.v1.min.js'));

// The engine's manifest: what `publish` links from each page and copies
// into a site. Nothing in it names an edition.
const engineFiles = [engineCss, engineGlue, engineWasm, headName, bootName, loaderName, loaderWasm, extrasName, 'embed.js'];
for (const f of engineFiles) if (!fs.existsSync(path.join(staging, f))) throw new Error(`boot-hook: engine file ${f} is missing`);
fs.writeFileSync(path.join(staging, 'engine.json'), `${JSON.stringify({ css: engineCss, head: headName, boot: bootName, files: engineFiles }, null, 2)}\n`);
console.log(`boot-hook: engine ${engineFiles.join(', ')}`);

// The default edition, published with this engine: its pages in
// dist/<slug>/ and at the top of dist/. Run from this hook, not a hook of
// its own: trunk starts a stage's hooks together, and publish needs the
// engine finished.
fs.rmSync(indexPath);
execFileSync('cargo', ['run', '--quiet', '--bin', 'publish', '--', 'data/edition.json',
  '--out', staging, '--engine', staging, '--default'], { stdio: ['ignore', 'inherit', 'inherit'] });

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
  const widgetCss = engineCss;
  const bootName = await ownScript('studio-boot', { __WASM__: `./${wasmName}` });
  const template = fillHtml(fs.readFileSync(path.resolve('static/studio.html'), 'utf8'), 'studio.html');
  const styles = /<!-- huimou:styles[^>]*-->/;
  const scripts = /<!-- huimou:scripts[^>]*-->/;
  if (!styles.test(template) || !scripts.test(template)) throw new Error('boot-hook: static/studio.html lost its markers');
  fs.writeFileSync(path.join(staging, 'studio.html'), template
    .replace(styles, `<link rel="stylesheet" href="./${widgetCss}">\n  <link rel="stylesheet" href="./${cssName}">`)
    .replace(scripts, `<script src="./${glueName}"></script>\n  <script src="./${bootName}"></script>`));
  console.log(`boot-hook: studio.html written (${glueName}, ${cssName})`);
}

