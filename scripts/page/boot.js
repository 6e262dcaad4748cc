// huimou boot script (scripts/boot-hook.mjs puts it at the end of <body>,
// hashed and minified): the parser runs it as soon as it has read the root.
// It sends the host page the content's height, starts the loader worker for
// ?data=, loads the extras on first use, and starts the wasm with the
// edition's data; a failure to load leaves the content on screen with a
// notice and data-state="error".
//
// The engine's files (the glue, the wasm, the loader worker, the extras) are
// found relative to this script, which every edition of a site shares; the
// edition's data relative to the page, which names it on the root. URL
// parameters are named by placeholders (`__KEY_…__`), which the hook fills
// in from their one table (src/model/params.rs), and so are the notices
// (`__WORD_…__`, src/words/boot.rs).
(() => {
const root = document.getElementById('huimou');
const html = document.documentElement;
const query = new URLSearchParams(location.search);
const base = document.currentScript.src; // only while this script runs
const engine = (name) => new URL(name, base).href;

// The prerendered view stays when the wasm cannot start (blocked, damaged,
// an old browser): only the interactive parts are missing. A page showing
// the loading line instead (its address asked for another view) shows the
// opening view with the notice, except for another data file, whose figures
// it cannot show.
function fail(error) {
  // The wasm's own reports (huimouFail) are messages naming the file.
  if (typeof error === 'string') console.error(`huimou: ${error}`);
  else console.error('huimou: failed to start', error);
  if (!root || root.dataset.state === 'error') return;
  root.dataset.state = 'error';
  root.removeAttribute('aria-busy');
  const alert = document.createElement('p');
  alert.className = 'huimou-error';
  alert.setAttribute('role', 'alert');
  const content = root.querySelector('.hm-app') && !query.get(__KEY_DATA__);
  if (content) {
    html.removeAttribute('data-huimou-wait');
    alert.textContent = __WORD_KEPT__;
    root.prepend(alert);
  } else {
    alert.textContent = __WORD_FAILED__;
    root.replaceChildren(alert);
  }
}

// The wasm reports its own failures to load the edition's data here: the
// notice has one home.
globalThis.huimouFail = fail;

// Height messages to a host page, whenever the content's height changes,
// from the prerendered page on, in the forms hosts listen for: pym.js (with
// its childId), Datawrapper and AMP. Only inside a frame (the head script
// marked it); the widget never listens to its parent.
if (html.hasAttribute('data-framed') && typeof ResizeObserver === 'function') {
  const childId = (query.get(__KEY_CHILD_ID__) || '').slice(0, 100);
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(html.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    if (childId) parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, '*');
    parent.postMessage({ 'datawrapper-height': { [childId || 'huimou']: height } }, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  }).observe(html);
}

// ?data= files are read by the loader worker (src/bin/loader.rs, which
// applies the same-origin rule): start it now, in parallel with the widget's
// wasm, which picks up the reply from globalThis.huimouData.
const data = query.get(__KEY_DATA__);
if (data !== null && typeof Worker === 'function') {
  globalThis.huimouData = new Promise((resolve, reject) => {
    const worker = new Worker(engine(__LOADER__), { name: data });
    worker.onmessage = (e) => { worker.terminate(); resolve(e); };
    worker.onerror = (e) => { worker.terminate(); reject(e); };
  });
  globalThis.huimouData.catch(() => {}); // the widget reports it
}
// The extras (share, embed, save as image: static/extras.js) load on the
// first click on one of their buttons; the first load carries only those.
// They act on what the interactive page renders for them, so a click before
// the widget is ready does nothing.
document.addEventListener('click', (e) => {
  const button = e.target instanceof Element && e.target.closest('#huimou [data-extra]');
  if (button && root.dataset.state === 'ready') {
    import(engine(__EXTRAS__)).then((extras) => extras.run(button)).catch((error) => console.error('huimou: extras', error));
  }
});
// The wasm starts once the prerendered view has painted: its download would
// otherwise share the reader's first round trips with the page and its
// stylesheet. A page that paints nothing (hidden, or in a frame the browser
// does not draw) starts at once or after a second; so does a browser that
// does not report paints.
let started = false;
function start() {
  if (started) return;
  started = true;
  if (typeof WebAssembly !== 'object') {
    fail(new Error('WebAssembly is not supported'));
    return;
  }
  // The edition's data for the language the reader gets, downloaded beside
  // the wasm (the wasm takes it up: host::load_edition); the same-origin
  // and no-credentials rule of every fetch the widget makes.
  const lang = ['zh', 'en'].includes(query.get(__KEY_LANG__)) ? query.get(__KEY_LANG__) : (html.lang.startsWith('en') ? 'en' : 'zh');
  const edition = root?.getAttribute(`data-edition-${lang}`);
  if (edition !== null && edition !== undefined && data === null) {
    globalThis.huimouEditionUrl = edition;
    globalThis.huimouEdition = fetch(edition, { credentials: 'omit', mode: 'same-origin' })
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))),
        () => Promise.reject(new Error('could not be loaded'))); // the words of host::fetch_bytes
    globalThis.huimouEdition.catch(() => {}); // the widget reports it
  }
  import(engine(__GLUE__))
    .then((glue) => glue.default({ module_or_path: engine(__WASM__) }))
    .catch(fail);
}
if (document.visibilityState === 'hidden' || typeof PerformanceObserver !== 'function'
  || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  start();
} else {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length) {
      observer.disconnect();
      start();
    }
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, 1000);
}
})();
