// The gallery (scripts/gallery.mjs), written on every run for people to
// review: every view at 375, 768 and 1,100 px, in both languages and both
// themes, printed and without JavaScript. Not compared pixel by pixel; this
// checks that each picture is there, a real PNG as wide as its viewport.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { GALLERY, WIDTHS, writeGallery } from '../../scripts/gallery.mjs';
import { decodePng } from './png.mjs';

test('the gallery: every view, width, language and theme, as PNGs of their viewport\'s width', async () => {
  const shots = await writeGallery(WIDTHS);
  // Per width and language: the first screen light and dark, and seven views.
  assert.equal(shots.length, WIDTHS.length * 2 * 9);
  for (const { file, width } of shots) {
    const png = decodePng(fs.readFileSync(path.join(GALLERY, file)));
    assert.equal(png.width, width, file);
    assert.ok(png.height >= 600, `${file}: ${png.height} px tall`);
  }
  assert.ok(fs.readFileSync(path.join(GALLERY, 'index.html'), 'utf8').includes('375-en-dark-first-screen.png'));
});
