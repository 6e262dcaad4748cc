// accent=<hex colour>: a host's brand colour, made readable. The head script
// (scripts/page/head.js, which scripts/boot-hook.mjs builds with this file
// inside) applies it before the first paint; tests/e2e/accent.test.mjs holds
// it to WCAG's own formula over 4,096 colours.
//
// The colour fills the masthead as given, with black or white text on it,
// whichever contrasts more (one of them always reaches 4.5:1). Where the
// brand colour is text or a thin line on the page (links, pressed buttons,
// the detail panel's border), it is darkened for the light theme and
// lightened for the dark one until it reaches 4.5:1 (WCAG 2.2 AA) on both of
// that theme's backgrounds, which the stylesheet names (--hm-bg-light, …).

/** `#rgb` or `#rrggbb` (the `#` may be left out, as `%23` is easy to forget
 *  in an address) as [r, g, b]; anything else null. */
export function parseHex(raw) {
  const hex = String(raw ?? '').trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) return [...hex].map((d) => parseInt(d, 16) * 17);
  if (/^[0-9a-f]{6}$/i.test(hex)) return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return null;
}

/** `#rrggbb`. */
export const css = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2.2's contrast ratio of two colours. */
export function contrast(a, b) {
  const linear = (c) => (c <= 10.31475 ? c / 3294.6 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  const luminance = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Steps a colour towards black (0) or white (255) until it reads on every
 *  background; black and white always do, so it ends. */
function untilReadable(colour, backgrounds, toward) {
  const step = (c) => (toward ? c + Math.floor((255 - c) / 8) + 1 : c - Math.floor(c / 8) - 1);
  while (!backgrounds.every((b) => contrast(colour, b) >= 4.5) && colour.some((c) => c !== toward)) {
    colour = colour.map((c) => Math.min(255, Math.max(0, step(c))));
  }
  return colour;
}

/** The custom properties the stylesheet reads (`--hm-host-*`), from a brand
 *  colour and each theme's backgrounds. */
export function shades(brand, { light, dark }) {
  const black = [0, 0, 0];
  const white = [255, 255, 255];
  return {
    '--hm-host-brand': brand,
    '--hm-host-on-brand': contrast(brand, black) >= contrast(brand, white) ? black : white,
    '--hm-host-ink-light': untilReadable(brand, light, 0),
    '--hm-host-ink-dark': untilReadable(brand, dark, 255),
  };
}
