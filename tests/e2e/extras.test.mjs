// The extras on the built page (Chromium): share a link (round trip), embed
// the current view (the snippet, run in a host page), save a figure or a
// headline row as a PNG (decoded here: the card's size in the screen's pixels).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settled, shareOrSave, useBuiltSite } from './browser.mjs';
import { E2023 } from './editions.mjs';
import { metrics, reviews, timeOrder } from './figures.mjs';
import { decodePng, pngSize } from './png.mjs';

/** Shares of a light-theme picture's pixels, below its top colour bar, in the
 *  institutions' colours (the figure) and in the text colours (the words). */
function inkOf({ width, height, channels, data }) {
  const near = (i, [r, g, b]) => Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 60;
  const figure = [[0xa8, 0x16, 0x1b], [0x7a, 0x52, 0x00]];
  const words = [[0x1f, 0x1a, 0x17], [0x5c, 0x53, 0x4c]];
  let f = 0;
  let w = 0;
  for (let y = 10; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      if (figure.some((c) => near(i, c))) f++;
      else if (words.some((c) => near(i, c))) w++;
    }
  }
  const area = width * (height - 10);
  return { figure: f / area, words: w / area };
}

const site = useBuiltSite();

test('share: a card\'s link is copied and opens the widget on that card', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
  const page = await context.newPage();
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  const m = metrics.find((x) => x.id === E2023.examples.metric);
  assert.ok(m, `${E2023.examples.metric} is a figure of the edition`);
  // The card's one quiet action opens a small menu; the keyboard reaches it.
  await page.locator(`#metric-${m.id} [data-extra="menu"]`).focus();
  await page.keyboard.press('Enter');
  const menu = page.locator('dialog.hm-dialog[open]');
  await menu.waitFor();
  assert.equal(await menu.locator('h2').textContent(), '分享或保存图片');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '分享链接', 'focus on the first choice');
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.hm-dialog[open]');
  await dialog.waitFor();
  const field = dialog.locator('.hm-copyable');
  await page.waitForFunction(() => document.activeElement?.classList.contains('hm-copyable'));
  const link = await field.inputValue();
  assert.equal(new URL(link).searchParams.get('metric'), m.id);
  await dialog.getByRole('button', { name: '复制' }).click();
  await dialog.locator('[role=status]', { hasText: '已复制' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  // Escape closes it and gives focus back to the button.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // (The dialog's close event hands focus back: wait for it, not a moment.)
  await page.waitForFunction(() => document.activeElement?.dataset.extra === 'menu', null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.activeElement?.closest('article')?.id), `metric-${m.id}`);
  // The round trip: the link opens on that card.
  const other = await context.newPage();
  await other.goto(link);
  assert.equal(await settled(other), 'ready');
  assert.match(await other.locator(`#metric-${m.id}`).getAttribute('class'), /is-highlighted/);
  await context.close();
});

test('share: an item\'s link from its details, in English, opens on that item', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const id = timeOrder()[4];
  await page.goto(`${site.server.url}?lang=en&item=${id}`);
  assert.equal(await settled(page), 'ready');
  await page.locator('#hm-detail > [data-extra="share"]').click();
  const link = await page.locator('dialog.hm-dialog[open] .hm-copyable').inputValue();
  const url = new URL(link);
  assert.equal(url.searchParams.get('item'), id);
  assert.equal(url.searchParams.get('lang'), 'en');
  assert.equal(await page.locator('dialog.hm-dialog h2').textContent(), 'Share link');
  await page.goto(link);
  assert.equal(await settled(page), 'ready');
  assert.equal(await page.evaluate(() => document.querySelector('[aria-current="true"]')?.id), `item-${id}`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.close();
});

test('embed: the snippet keeps the view, and a host page running it shows that view', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The second institution, and one of its items.
  const review = reviews[1].id;
  const item = reviews[1].items[3].id;
  await page.goto(`${site.server.url}?theme=dark&item=${item}`);
  assert.equal(await settled(page), 'ready');
  await page.locator(`.hm-segment[data-review="${review}"]`).click();
  await page.locator('.hm-footer [data-extra="embed"]').click();
  const snippet = await page.locator('dialog.hm-dialog[open] textarea').first().inputValue();
  assert.match(snippet, /<script src="[^"]+\/embed\.js" async><\/script>/);
  const src = new URL(snippet.match(/data-huimou-src="([^"]+)"/)[1].replace(/&amp;/g, '&'));
  assert.equal(src.searchParams.get('review'), review);
  assert.equal(src.searchParams.get('theme'), 'dark');
  assert.equal(src.searchParams.get('item'), item);
  const plain = await page.locator('dialog.hm-dialog[open] textarea').nth(1).inputValue();
  assert.match(plain, /^<iframe src="[^"]+" title="[^"]+" loading="lazy" allow="clipboard-write" style="display:block;width:100%;height:\d+px;border:0"><\/iframe>$/);
  assert.equal(new URL(plain.match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&')).searchParams.get('review'), review);
  // The snippet, pasted into a page of another origin.
  const host = await site.browser.newPage();
  await host.setContent(`<!doctype html><html><body><h1>Article</h1>${snippet}</body></html>`);
  const frame = await (await host.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => document.getElementById('huimou')?.dataset.state === 'ready');
  assert.equal(await frame.evaluate(() => document.querySelector('[aria-current="true"]')?.id), `item-${item}`);
  assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await host.close();
  await page.close();
});

test('save image: a card and a headline row as PNGs of their size on screen', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  const m = metrics.find((x) => x.qualifier === 'more_than') ?? metrics[0];
  const card = page.locator(`#metric-${m.id}`);
  const box = await card.boundingBox();
  await shareOrSave(page, card, 'image');
  const dialog = page.locator('dialog.hm-dialog[open]');
  const png = await dialog.locator('a[download]').getAttribute('href');
  const size = pngSize(png);
  assert.equal(size.width, Math.round(box.width));
  assert.equal(size.height, Math.round(box.height));
  assert.ok(size.bytes > 1500, `${size.bytes} bytes: something is drawn`);
  // And what is drawn is the card: the figure, large, in its institution's
  // colour, and the words in the text colours, below the colour bar. (Measured:
  // about 4% and 1%; with the figure left out, 0.7% of the colour is the
  // institution's name alone.)
  const ink = inkOf(decodePng(Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64')));
  assert.ok(ink.figure > 0.02, `the figure is drawn in its colour: ${(ink.figure * 100).toFixed(2)}% of the picture`);
  assert.ok(ink.words > 0.003, `the words are drawn: ${(ink.words * 100).toFixed(2)}% of the picture`);
  // The picture shows the figure as the article has it, and its label.
  const alt = await dialog.locator('img').getAttribute('alt');
  assert.ok(alt.includes(`${m.value}余`) && alt.includes(m.label.zh), alt);
  assert.equal(await dialog.locator('img').evaluate((i) => i.naturalWidth), size.width);
  // Downloading it gives the same file.
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.locator('a[download]').click()]);
  assert.equal(download.suggestedFilename(), `huimou-metric-${m.id}.png`);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // An institution's row of the headline band (the second's), by touch.
  const review = reviews[1];
  const row = page.locator(`#glance-${review.id}`);
  const rowBox = await row.boundingBox();
  await row.locator('.hm-glance-kicker [data-extra="menu"]').tap().catch(() => row.locator('.hm-glance-kicker [data-extra="menu"]').click());
  await page.locator('dialog.hm-dialog[open] .hm-choice').nth(1).click();
  await page.locator('dialog.hm-dialog[open] img').waitFor();
  const rowPng = pngSize(await page.locator('dialog.hm-dialog[open] a[download]').getAttribute('href'));
  assert.equal(rowPng.width, Math.round(rowBox.width));
  assert.equal(rowPng.height, Math.round(rowBox.height));
  const rowAlt = await page.locator('dialog.hm-dialog[open] img').getAttribute('alt');
  const headline = review.metrics.filter((x) => x.headline);
  assert.ok(headline.length > 0, `${review.id} has headline figures`);
  for (const h of headline) assert.ok(rowAlt.includes(h.label.zh), `${h.label.zh} in ${rowAlt}`);
  await page.close();
});

test('save image on a phone\'s screen (2x): the PNG has the card\'s size in device pixels', async () => {
  const page = await site.browser.newPage({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  const card = page.locator('.hm-card').nth(3);
  const box = await card.boundingBox();
  await shareOrSave(page, card, 'image');
  const size = pngSize(await page.locator('dialog.hm-dialog[open] a[download]').getAttribute('href'));
  assert.deepEqual([size.width, size.height], [2 * Math.round(box.width), 2 * Math.round(box.height)]);
  // The preview shows at the card's size in CSS pixels.
  assert.equal(await page.locator('dialog.hm-dialog img').getAttribute('width'), String(Math.round(box.width)));
  await page.close();
});
