// huimou extras: share a link, embed the current view, save a figure as an
// image. Loaded on the first click on a [data-extra] button (the boot script
// listens), so the first load carries only the buttons. Everything here works
// on the widget's own page: no request, no third-party service. The widget's
// DOM is Yew's; this module reads only what the widget renders for it on
// the buttons and cards (below), and puts its dialog outside it. URL
// parameters are named by placeholders (`__KEY_…__`, a list `__KEYS_…__`),
// which the build fills in from their one table (src/model/params.rs), and
// so are its words (`__WORDS_EXTRAS__`, `{zh: {key: word…}, en: {…}}`, from
// src/words/extras.rs).
//
//   <button data-extra="menu" data-for="metric-x | glance-x" data-link="?metric=x"
//           data-institution="…" data-title="…">   share or save, one quiet button
//   <button data-extra="share" data-for="item-x" data-link="?item=x">
//   <button data-extra="embed" data-for="huimou" data-link="?review=npc&item=x">
//   <article data-figure="3700余人次" data-label="…">          a card, for a saved image

const WORDS = __WORDS_EXTRAS__;

const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'zh');
const words = () => WORDS[lang()];

/** Carries out what `button` asks for. */
export function run(button) {
  const target = button.dataset.for || '';
  const kind = button.dataset.extra;
  if (kind === 'share') return share(button);
  if (kind === 'embed') return embed(button);
  if (kind === 'image') return image(button, target);
  if (kind === 'menu') return menu(button, target);
  return undefined;
}

/** The card's one quiet action: a small dialog offering a link and an image. */
function menu(button, target) {
  const row = document.createElement('div');
  row.className = 'hm-row';
  for (const [label, act] of [[words().share, share], [words().image, image]]) {
    const choice = document.createElement('button');
    choice.type = 'button';
    choice.className = 'hm-choice';
    choice.textContent = label;
    choice.addEventListener('click', () => act(button, target));
    row.append(choice);
  }
  dialog(button, words().menu, [row]);
}

/** The widget's own address for what is on screen: the page's parameters
 *  that describe the view, plus `link` (the widget's `?item=x`, `?metric=x`…). */
export function viewUrl(link) {
  const here = new URL(location.href);
  // The page of the language on screen: the English one is prerendered in English.
  const url = new URL(lang() === 'en' ? 'en.html' : 'index.html', location.href);
  url.search = '';
  url.hash = '';
  for (const key of __KEYS_KEPT__) {
    const value = here.searchParams.get(key);
    if (value) url.searchParams.set(key, value);
  }
  if (lang() === 'en') url.searchParams.set(__KEY_LANG__, 'en');
  for (const [key, value] of new URLSearchParams(link || '')) url.searchParams.set(key, value);
  return url.href;
}

function share(button) {
  const url = viewUrl(button.dataset.link);
  dialog(button, words().share, [text(words().shareHelp), copyable(url, 'input')]);
}

function embed(button) {
  const url = viewUrl(button.dataset.link).replace(/&/g, '&amp;');
  const loader = new URL('embed.js', location.href).href;
  const title = document.title.replace(/"/g, '&quot;');
  const snippet = `<div data-huimou-src="${url}" data-huimou-title="${title}"></div>\n`
    + `<script src="${loader}" async></script>`;
  // A plain iframe, for pages that take no script: as tall as the content now.
  const height = Math.ceil(document.documentElement.scrollHeight);
  const iframe = `<iframe src="${url}" title="${title}" loading="lazy" allow="clipboard-write" `
    + `style="display:block;width:100%;height:${height}px;border:0"></iframe>`;
  dialog(button, words().embed, [text(words().embedHelp), copyable(snippet, 'textarea'),
    text(words().embedPlain), copyable(iframe, 'textarea')]);
}

// ---- the dialog ----------------------------------------------------------

const STYLE = `
.hm-dialog{position:absolute;left:0;right:0;bottom:auto;margin:0 auto;width:min(36rem,calc(100% - 24px));max-height:none;
 padding:16px;border:2px solid var(--hm-red);border-radius:12px;background:var(--hm-surface);color:var(--hm-text);
 font:inherit;box-shadow:0 8px 30px rgb(0 0 0/.25)}
.hm-dialog::backdrop{background:rgb(0 0 0/.25)}
.hm-dialog h2{margin:0 0 8px;font-size:1.0625rem}
.hm-dialog p{margin:0 0 10px;font-size:.9375rem}
.hm-dialog input,.hm-dialog textarea{width:100%;font:inherit;font-size:.875rem;padding:8px;border:1px solid var(--hm-line);
 border-radius:8px;background:var(--hm-bg);color:var(--hm-text)}
.hm-dialog textarea{height:7.5em;resize:vertical;font-family:ui-monospace,monospace}
.hm-dialog img{display:block;max-width:100%;height:auto;margin:0 auto 10px;border:1px solid var(--hm-line)}
.hm-dialog .hm-row{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:center;margin-top:10px}
.hm-dialog button,.hm-dialog a{min-height:40px;padding:6px 14px;border:1px solid var(--hm-red);border-radius:999px;
 background:var(--hm-surface);color:var(--hm-red);font:inherit;font-size:.875rem;cursor:pointer;text-decoration:none;
 display:inline-flex;align-items:center}
.hm-dialog [role=status]{margin:0;font-size:.875rem;color:var(--hm-muted)}`;

function text(s) {
  const p = document.createElement('p');
  p.textContent = s;
  return p;
}

/** A read-only field with `value`, selected, and a button that copies it. */
function copyable(value, tag) {
  const field = document.createElement(tag);
  field.readOnly = true;
  field.value = value;
  field.className = 'hm-copyable';
  field.setAttribute('aria-label', words().copy);
  field.addEventListener('focus', () => field.select());
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = words().copy;
  copy.addEventListener('click', async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(value);
      status.textContent = words().copied;
    } catch {
      // No clipboard here (an iframe without clipboard-write, an old browser):
      // the text is selected for the reader to copy.
      status.textContent = words().copyByHand;
    }
  });
  const row = document.createElement('div');
  row.className = 'hm-row';
  row.append(copy, status);
  const box = document.createElement('div');
  box.append(field, row);
  return box;
}

/** A modal dialog beside `button` (not in the middle of a tall iframe),
 *  outside the widget's own DOM. Escape or Close ends it; focus returns. */
function dialog(button, heading, parts) {
  document.querySelector('.hm-dialog')?.remove();
  if (!document.getElementById('hm-extras-style')) {
    const style = document.createElement('style');
    style.id = 'hm-extras-style';
    style.textContent = STYLE;
    document.head.append(style);
  }
  const d = document.createElement('dialog');
  d.className = 'hm-dialog';
  d.setAttribute('aria-labelledby', 'hm-dialog-title');
  d.lang = lang() === 'en' ? 'en' : 'zh-CN';
  const h = document.createElement('h2');
  h.id = 'hm-dialog-title';
  h.textContent = heading;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = words().close;
  close.addEventListener('click', () => d.close());
  const row = document.createElement('div');
  row.className = 'hm-row';
  row.append(close);
  d.append(h, ...parts, row);
  d.style.top = `${Math.max(0, button.getBoundingClientRect().bottom + scrollY + 8)}px`;
  d.addEventListener('close', () => {
    d.remove();
    button.focus({ preventScroll: true });
  });
  document.body.append(d);
  d.showModal();
  (d.querySelector('.hm-copyable, .hm-choice') || close).focus({ preventScroll: true });
  return d;
}

// ---- the image -------------------------------------------------------------

/** Draws the card (or an institution's row of the headline band) on a canvas of its size on
 *  screen, in the screen's pixels (sharp on a phone), and offers it as a PNG. */
function image(button, target) {
  const el = document.getElementById(target);
  if (!el) return;
  const cards = el.dataset.figure ? [el] : [...el.querySelectorAll('[data-figure]')];
  const box = el.getBoundingClientRect();
  const scale = Math.min(3, Math.max(1, Math.round(devicePixelRatio || 1)));
  // The institution's colour, as the stylesheet gives it to the element.
  const accent = getComputedStyle(el).getPropertyValue('--hm-accent').trim();
  const { institution, title } = button.dataset;
  const canvas = draw(Math.round(box.width), Math.round(box.height), scale, cards, { accent, institution, title });
  const png = canvas.toDataURL('image/png');
  const img = document.createElement('img');
  img.src = png;
  img.width = canvas.width / scale;
  img.alt = cards.map((c) => `${c.dataset.figure} ${c.dataset.label}`).join('；');
  const link = document.createElement('a');
  link.href = png;
  link.download = `huimou-${target}.png`;
  link.textContent = words().download;
  const row = document.createElement('div');
  row.className = 'hm-row';
  row.append(link);
  dialog(button, words().image, [img, text(words().imageHelp), row]);
}

const FONT = getComputedStyle(document.documentElement).getPropertyValue('--hm-font') || 'sans-serif';

/** The cards' figures (final, as the article has them: "3700余人次", "more
 *  than 3,700 attendances", whatever the moving digits show) and labels,
 *  under the institution, over the source line. */
function draw(width, height, scale, cards, { accent: institutionColour, institution, title }) {
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const g = canvas.getContext('2d');
  g.scale(scale, scale);
  const root = getComputedStyle(document.documentElement);
  const colour = (name, fallback) => root.getPropertyValue(name).trim() || fallback;
  const surface = colour('--hm-surface', '#ffffff');
  const ink = colour('--hm-text', '#1f1a17');
  const muted = colour('--hm-muted', '#5c534c');
  const accent = institutionColour || colour('--hm-red', '#a8161b');
  g.fillStyle = surface;
  g.fillRect(0, 0, width, height);
  g.fillStyle = accent;
  g.fillRect(0, 0, width, 6);
  const pad = Math.max(12, Math.round(width * 0.05));
  const inner = width - 2 * pad;
  const footer = `${words().source}：${[institution, title].filter(Boolean).join(' · ') || document.title.split(' · ')[0]} · huimou`;
  const footerSize = Math.max(10, Math.min(13, width / 36));
  const footerLines = wrap(g, footer, inner, `${footerSize}px ${FONT}`);
  const footerTop = height - pad - footerLines.length * footerSize * 1.4;
  // The institution on top, then each card's figure and label in a grid.
  let y = pad + 6;
  if (institution) {
    y = write(g, [institution], pad, y, `800 ${Math.max(11, Math.min(15, width / 30))}px ${FONT}`, accent, 1.4);
  }
  const columns = cards.length > 1 ? Math.min(cards.length, Math.max(1, Math.floor(inner / 150))) : 1;
  const cellWidth = inner / columns;
  const rows = Math.ceil(cards.length / columns);
  const size = Math.max(18, Math.min(56, cellWidth / 5, (footerTop - y) / (rows * 3)));
  const labelSize = Math.max(11, Math.min(17, size / 2.4));
  const blocks = cards.map((card) => {
    const figure = wrap(g, card.dataset.figure, cellWidth - 8, `900 ${size}px ${FONT}`);
    const label = wrap(g, card.dataset.label, cellWidth - 8, `${labelSize}px ${FONT}`).slice(0, 4);
    return { figure, label, height: figure.length * size * 1.15 + 4 + label.length * labelSize * 1.45 };
  });
  // Each grid row as tall as its tallest cell; the whole block centred
  // between the institution and the source line.
  const rowHeights = [];
  blocks.forEach((b, i) => {
    const r = Math.floor(i / columns);
    rowHeights[r] = Math.max(rowHeights[r] ?? 0, b.height);
  });
  const gap = 16;
  const used = rowHeights.reduce((a, h) => a + h, 0) + gap * (rowHeights.length - 1);
  let rowTop = y + Math.max(0, (footerTop - 8 - y - used) / 2);
  blocks.forEach((b, i) => {
    if (i > 0 && i % columns === 0) rowTop += rowHeights[i / columns - 1] + gap;
    const x = pad + (i % columns) * cellWidth;
    const below = write(g, b.figure, x, rowTop, `900 ${size}px ${FONT}`, accent, 1.15);
    write(g, b.label, x, below + 4, `${labelSize}px ${FONT}`, ink, 1.45);
  });
  write(g, footerLines, pad, footerTop, `${footerSize}px ${FONT}`, muted, 1.4);
  return canvas;
}

/** Lines of `s` that fit `width` in `font`: Chinese breaks between any two
 *  characters, other text at spaces. */
function wrap(g, s, width, font) {
  g.font = font;
  const tokens = s.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) || [];
  const lines = [];
  let line = '';
  for (const token of tokens) {
    if (line && g.measureText(line + token).width > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/** Writes `lines` from `y` down; returns the y below them. */
function write(g, lines, x, y, font, colour, leading) {
  g.font = font;
  g.fillStyle = colour;
  g.textBaseline = 'top';
  const size = parseFloat(/(\d+(\.\d+)?)px/.exec(g.font)?.[1] ?? '14');
  for (const line of lines) {
    g.fillText(line, x, y);
    y += size * leading;
  }
  return y;
}
