// huimou studio boot script (scripts/boot-hook.mjs writes it into
// studio.html, hashed and minified): starts the studio's wasm. trunk builds
// the studio with wasm-bindgen's no-modules glue (a classic script that
// defines wasm_bindgen), loaded just before this. A failure to start ends
// in an alert, not a page that says "loading" forever; its words are
// written in by the hook (`__WORD_…__`, src/words/boot.rs).
(() => {
function fail(error) {
  console.error('huimou studio: failed to start', error);
  const root = document.getElementById('studio');
  if (!root) return;
  const alert = document.createElement('p');
  alert.className = 'studio-error';
  alert.setAttribute('role', 'alert');
  alert.textContent = __WORD_STUDIO_FAILED__;
  root.replaceChildren(alert);
}
// The widget's stylesheet shows its controls (the preview's) only where
// JavaScript runs: the reader's head script marks that; this is the studio's.
document.documentElement.setAttribute('data-js', '');
try {
  wasm_bindgen({ module_or_path: __WASM__ }).catch(fail);
} catch (error) {
  fail(error);
}
})();
