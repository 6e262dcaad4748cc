// huimou head script (scripts/boot-hook.mjs puts it in <head>, hashed and
// minified). It runs before the first paint, so the page never shows a
// wrong theme or a view the reader did not ask for. URL parameters are
// named by placeholders (`__KEY_…__`, a list `__KEYS_…__`), which the hook
// fills in from their one table (src/model/params.rs).
(() => {
  const html = document.documentElement;
  // Scripts run: the controls show, and the sources wait for their button
  // (the stylesheet opens them on pages that run no script).
  html.setAttribute('data-js', '');
  const query = new URLSearchParams(location.search);
  // theme=light|dark fixes the colours; auto (the default) follows the system.
  const theme = query.get(__KEY_THEME__);
  if (theme === 'light' || theme === 'dark') html.setAttribute('data-theme', theme);
  // accent=<hex colour>: a host's brand colour, made readable on each theme's
  // backgrounds (accent.mjs, built into this script; the stylesheet, loaded
  // before this script runs, names the backgrounds). Set through the CSSOM,
  // which a Content-Security-Policy without 'unsafe-inline' allows.
  const brand = parseHex(query.get(__KEY_ACCENT__));
  if (brand) {
    const style = getComputedStyle(html);
    const pair = (theme) => ['bg', 'surface'].map((name) => parseHex(style.getPropertyValue(`--hm-${name}-${theme}`)));
    const backgrounds = { light: pair('light'), dark: pair('dark') };
    if (![...backgrounds.light, ...backgrounds.dark].includes(null)) {
      for (const [name, colour] of Object.entries(shades(brand, backgrounds))) html.style.setProperty(name, css(colour));
    }
  }
  // In a frame the host sizes to the content: no scrollbar room (the stylesheet).
  if (window.parent !== window) html.setAttribute('data-framed', '');
  // The page holds the opening view, prerendered in its own language. An
  // address that asks for another view (another language, one institution,
  // a card or item, another data file) shows the loading line until the app
  // has rendered that view: no reader sees the wrong one.
  const page = html.lang.startsWith('en') ? 'en' : 'zh';
  const lang = query.get(__KEY_LANG__);
  const otherLang = (lang === 'zh' || lang === 'en') && lang !== page;
  if (otherLang || __KEYS_OTHER_VIEW__.some((key) => query.get(key))) {
    html.setAttribute('data-huimou-wait', '');
  }
})();
