// accent=: a host's colour is accepted only as hex, and whatever it is, the
// colours made from it (scripts/page/accent.mjs, built into the head script)
// reach WCAG AA on the stylesheet's own backgrounds in both themes. Pure
// functions, checked against WCAG's formula written out here on its own; the
// browser tests (a11y, Firefox, prerender) check the page that applies them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseHex, css, shades } from '../../scripts/page/accent.mjs';

/** WCAG 2.2's relative luminance and contrast ratio, as the text defines them. */
function wcagContrast(a, b) {
  const channel = (level) => {
    const s = level / 255;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  const l = ([r, g, bl]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  const [x, y] = [l(a), l(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The backgrounds the stylesheet names for each theme, as the head script reads them. */
function backgrounds() {
  const sheet = fs.readFileSync(new URL('../../static/huimou.css', import.meta.url), 'utf8');
  const token = (name) => {
    const value = sheet.match(new RegExp(`--hm-${name}:\\s*([^;]+);`))?.[1];
    assert.ok(value, `the stylesheet names --hm-${name}`);
    return parseHex(value);
  };
  return { light: [token('bg-light'), token('surface-light')], dark: [token('bg-dark'), token('surface-dark')] };
}

test('accent=: only hex colours are accepted', () => {
  assert.deepEqual(parseHex('#0a58ca'), [0x0a, 0x58, 0xca]);
  assert.deepEqual(parseHex('0A58CA'), [0x0a, 0x58, 0xca]);
  assert.deepEqual(parseHex('#fd0'), [0xff, 0xdd, 0x00]);
  for (const bad of [null, '', '#', 'red', '#12345', '#1234567', '#ggg', 'url(x)', '#12 456', '#１２３', 'javascript:x', '#0a58ca;color:red']) {
    assert.equal(parseHex(bad), null, JSON.stringify(bad));
  }
  assert.equal(css([0x0a, 0x58, 0xca]), '#0a58ca');
});

test('accent=: any colour gives text that reads on both themes\' backgrounds (4,096 colours)', () => {
  const themes = backgrounds();
  // WCAG's own boundary, so the oracle itself is right: #767676 on white passes AA, #777777 fails.
  assert.ok(wcagContrast([0x76, 0x76, 0x76], [255, 255, 255]) >= 4.5);
  assert.ok(wcagContrast([0x77, 0x77, 0x77], [255, 255, 255]) < 4.5);
  let changed = 0;
  // Every 17th level of each channel: the greys and the extremes among them.
  for (let r = 0; r <= 255; r += 17) {
    for (let g = 0; g <= 255; g += 17) {
      for (let b = 0; b <= 255; b += 17) {
        const brand = [r, g, b];
        const s = shades(brand, themes);
        assert.deepEqual(s['--hm-host-brand'], brand, 'the masthead takes the colour as given');
        assert.ok(wcagContrast(s['--hm-host-on-brand'], brand) >= 4.5, `text on ${css(brand)}`);
        for (const [ink, theme] of [[s['--hm-host-ink-light'], themes.light], [s['--hm-host-ink-dark'], themes.dark]]) {
          for (const bg of theme) assert.ok(wcagContrast(ink, bg) >= 4.5, `${css(brand)}: ink ${css(ink)} on ${css(bg)}`);
        }
        if (css(s['--hm-host-ink-light']) !== css(brand)) changed += 1;
        assert.ok(['#000000', '#ffffff'].includes(css(s['--hm-host-on-brand'])));
      }
    }
  }
  assert.ok(changed > 0 && changed < 4096, `some colours are darkened for the light theme, not all (${changed})`);
});

test('accent=: a colour that already reads is kept as it is', () => {
  const themes = backgrounds();
  // The widget's own red reads on the light backgrounds, with white on it.
  const red = shades([0xa8, 0x16, 0x1b], themes);
  assert.equal(css(red['--hm-host-ink-light']), '#a8161b');
  assert.equal(css(red['--hm-host-on-brand']), '#ffffff');
  // A yellow: black text on it, darkened for text in the light theme, kept in the dark.
  const yellow = shades([0xff, 0xd4, 0x00], themes);
  assert.equal(css(yellow['--hm-host-on-brand']), '#000000');
  assert.notEqual(css(yellow['--hm-host-ink-light']), '#ffd400');
  assert.equal(css(yellow['--hm-host-ink-dark']), '#ffd400');
});
