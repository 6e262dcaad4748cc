// A gallery of the widget as readers see it, for people to review (not
// compared pixel by pixel): headless Chromium over real HTTP on the built
// site, at 375, 768 and 1,100 px; Chinese and English; light and dark; the
// figures' first screen and the whole page, the timeline, the list, a detail
// open; printed; and with JavaScript off. Writes PNGs and an index.html into
// docs/gallery/ (ignored by git; docs/style.md links it). The test suite
// writes it on every run (tests/e2e/gallery.test.mjs).
//
//   node scripts/gallery.mjs            (after `trunk build --release`)
//   GALLERY_ONLY=375 node scripts/gallery.mjs
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, settled } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const GALLERY = path.join(root, 'docs', 'gallery');
export const WIDTHS = [375, 768, 1100];
const height = (w) => (w === 375 ? 667 : 800);

/** Writes the gallery for `widths`; resolves to the files written, each with
 *  the viewport width it was taken at. */
export async function writeGallery(widths = WIDTHS) {
  fs.mkdirSync(GALLERY, { recursive: true });
  const server = await serve(path.join(root, 'dist'));
  const browser = await launchChromium();
  const shots = [];

  async function shot(name, { width, lang, dark = false, js = true, full = false, print = false, act }) {
    const context = await browser.newContext({
      viewport: { width, height: height(width) }, javaScriptEnabled: js, colorScheme: dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    await page.goto(`${server.url}${lang === 'en' ? 'en.html' : 'index.html'}`);
    if (js) await settled(page);
    if (act) await act(page);
    if (print) await page.emulateMedia({ media: 'print' });
    const file = `${name}.png`;
    await page.screenshot({ path: path.join(GALLERY, file), fullPage: full });
    shots.push({ file, width });
    await context.close();
  }

  try {
    for (const width of widths) {
      for (const lang of ['zh', 'en']) {
        for (const dark of [false, true]) {
          const base = `${width}-${lang}-${dark ? 'dark' : 'light'}`;
          await shot(`${base}-first-screen`, { width, lang, dark });
        }
        const base = `${width}-${lang}`;
        await shot(`${base}-figures-page`, { width, lang, full: true });
        const view = (label) => async (page) => {
          await page.click(`.hm-toolbar button:has-text("${label}")`);
          await page.waitForTimeout(200);
        };
        await shot(`${base}-timeline`, { width, lang, act: view(lang === 'en' ? 'Timeline' : '时间线') });
        await shot(`${base}-list`, { width, lang, act: view(lang === 'en' ? 'List' : '列表') });
        await shot(`${base}-detail`, {
          width, lang, act: async (page) => {
            await view(lang === 'en' ? 'Timeline' : '时间线')(page);
            await page.locator('.hm-item').nth(3).click();
            await page.locator('#hm-detail').scrollIntoViewIfNeeded();
          },
        });
        await shot(`${base}-source-and-filters-open`, {
          width, lang, act: async (page) => {
            await page.locator('.hm-filter-toggle').click();
            await page.locator('.hm-source-toggle').first().click();
          },
        });
        await shot(`${base}-print`, { width, lang, print: true, full: true });
        await shot(`${base}-no-javascript`, { width, lang, js: false });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  fs.writeFileSync(path.join(GALLERY, 'index.html'), `<!doctype html><meta charset="utf-8"><title>huimou gallery</title>
<style>body{font:14px system-ui;margin:16px}figure{display:inline-block;vertical-align:top;margin:8px}img{max-width:420px;border:1px solid #ccc}</style>
${shots.map(({ file }) => `<figure><img src="${file}" alt="${file}" loading="lazy"><figcaption>${file}</figcaption></figure>`).join('\n')}\n`);
  return shots;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const only = process.env.GALLERY_ONLY;
  const shots = await writeGallery(WIDTHS.filter((w) => !only || only.split(',').includes(String(w))));
  console.log(`gallery: ${shots.length} screenshots in ${path.relative(root, GALLERY)}/`);
}
