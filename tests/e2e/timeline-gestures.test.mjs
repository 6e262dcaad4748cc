// What a reader does with the timeline besides the keys (Chromium): choose
// its lanes, drag it sideways, zoom with the buttons, ctrl + wheel or two
// fingers, and keep the middle of the view where it was; and `review=`, the
// address that opens one institution. Expectations come from the data files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settled, useBuiltSite } from './browser.mjs';
import { reviews, metrics } from './figures.mjs';

const site = useBuiltSite();

/** The timeline on a wide screen, with no item selected. */
async function timeline(options = {}) {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 }, ...options });
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  await page.click('.hm-toolbar button:has-text("时间线")');
  await page.locator('.hm-timeline .hm-item').first().waitFor();
  return page;
}

/** Where the drawing is: its scroll, its visible and its whole width. */
const view = (page) => page.evaluate(() => {
  const s = document.querySelector('.hm-timeline');
  return { left: s.scrollLeft, visible: s.clientWidth, whole: s.scrollWidth };
});

/** The point of time in the middle of the view, as a fraction of the axis. */
const middle = (v) => (v.left + v.visible / 2) / v.whole;

const zoomButton = (page, name) => page.locator(`.hm-timeline-tools button[aria-label="${name}"]`);

/** Zooms by `act` and waits until the drawing has its new width. */
async function zoomed(page, act) {
  const before = await view(page);
  await act();
  await page.waitForFunction((w) => document.querySelector('.hm-timeline').scrollWidth !== w, before.whole);
  // The scroll follows in the same step; one more frame for the measurement.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { before, after: await view(page) };
}

test('the lanes: by theme, one per institution and theme with items; by institution, one each', async () => {
  const page = await timeline();
  const lanes = () => page.locator('.hm-lane').allTextContents();
  const byTheme = reviews.flatMap((r) => r.sections
    .filter((s) => r.items.some((i) => i.section === s.id))
    .map((s) => `${r.short_name.zh} · ${s.label.zh}`));
  assert.deepEqual([...(await lanes())].sort(), [...byTheme].sort());
  const items = await page.locator('.hm-timeline .hm-item').count();
  const institution = page.locator('.hm-timeline-tools button:has-text("分机构")');
  await institution.click();
  await page.waitForFunction((n) => document.querySelectorAll('.hm-lane').length === n, reviews.length);
  assert.deepEqual(await lanes(), reviews.map((r) => r.short_name.zh));
  assert.equal(await institution.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.hm-timeline-tools button:has-text("按主题")').getAttribute('aria-pressed'), 'false');
  // The same items, in fewer lanes.
  assert.ok(await page.locator('.hm-timeline .hm-item').count() >= items);
  await page.close();
});

test('zooming keeps the middle of the view in place: buttons and ctrl + wheel', async () => {
  const page = await timeline();
  await zoomed(page, () => zoomButton(page, '放大').click());
  // Somewhere in the middle of the year, not at an end where the scroll stops.
  await page.evaluate(() => {
    const s = document.querySelector('.hm-timeline');
    s.scrollLeft = (s.scrollWidth - s.clientWidth) * 0.4;
  });
  const steps = [
    () => zoomButton(page, '放大').click(),
    async () => {
      const box = await page.locator('.hm-timeline').boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + 60);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -100);
      await page.keyboard.up('Control');
    },
    () => zoomButton(page, '缩小').click(),
  ];
  for (const step of steps) {
    const { before, after } = await zoomed(page, step);
    assert.notEqual(after.whole, before.whole);
    assert.ok(Math.abs(middle(after) - middle(before)) < 0.005,
      `the middle moved from ${middle(before).toFixed(4)} to ${middle(after).toFixed(4)}`);
  }
  await page.close();
});

test('a mouse drags the drawing sideways', async () => {
  const page = await timeline();
  await zoomed(page, () => zoomButton(page, '放大').click());
  await zoomed(page, () => zoomButton(page, '放大').click());
  const before = await view(page);
  assert.ok(before.whole - before.visible > 400, 'room to drag');
  // On the axis row, between items.
  const box = await page.locator('.hm-timeline').boundingBox();
  const y = box.y + 8;
  await page.mouse.move(box.x + 600, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 400, y, { steps: 5 });
  await page.mouse.up();
  assert.equal((await view(page)).left, before.left + 200, 'dragged 200 px to the left: 200 px later in the year');
  // After the button is up, moving the mouse moves nothing.
  await page.mouse.move(box.x + 100, y, { steps: 3 });
  assert.equal((await view(page)).left, before.left + 200);
  await page.close();
});

test('two fingers pinch the drawing wider and narrower; one finger does not zoom', async () => {
  const page = await timeline({ hasTouch: true });
  const cdp = await page.context().newCDPSession(page);
  const box = await page.locator('.hm-timeline').boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + 60];
  /** Two fingers from `from` px apart to `to` px apart, about the middle. */
  const pinch = async (from, to) => {
    const points = (d) => [{ x: cx - d / 2, y: cy, id: 1 }, { x: cx + d / 2, y: cy, id: 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
    for (let k = 1; k <= 5; k++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(from + ((to - from) * k) / 5) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const wider = await zoomed(page, () => pinch(100, 200));
  assert.ok(wider.after.whole > wider.before.whole, `wider: ${wider.before.whole} → ${wider.after.whole}`);
  const narrower = await zoomed(page, () => pinch(200, 100));
  assert.ok(narrower.after.whole < narrower.before.whole, `narrower: ${narrower.before.whole} → ${narrower.after.whole}`);
  // One finger moving sideways is a scroll, never a zoom.
  const whole = (await view(page)).whole;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cx, y: cy, id: 1 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: cx - 150, y: cy, id: 1 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal((await view(page)).whole, whole);
  await page.close();
});

test('review= opens one institution: its header and figures only, its switch pressed; a bad one shows both', async () => {
  for (const r of reviews) {
    const page = await site.browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${site.server.url}?review=${r.id}`);
    assert.equal(await settled(page), 'ready');
    assert.deepEqual(await page.locator('.hm-review').evaluateAll((els) => els.map((e) => e.id)), [`review-${r.id}`]);
    const cards = await page.locator('article.hm-card').evaluateAll((els) => els.map((e) => e.id).sort());
    assert.deepEqual(cards, metrics.filter((m) => m.review === r.id).map((m) => `metric-${m.id}`).sort());
    assert.equal(await page.locator(`#title-${r.id}`).textContent(), r.title.zh);
    assert.equal(await page.locator(`[data-review="${r.id}"]`).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator(`[data-review="${r.id}"]`).textContent(), r.switch_name?.zh ?? r.short_name.zh);
    await page.close();
  }
  const page = await site.browser.newPage({ viewport: { width: 1100, height: 800 } });
  await page.goto(`${site.server.url}?review=no-such-review`);
  assert.equal(await settled(page), 'ready');
  assert.deepEqual(await page.locator('.hm-review').evaluateAll((els) => els.map((e) => e.id)),
    reviews.map((r) => `review-${r.id}`));
  assert.equal(await page.locator('article.hm-card').count(), metrics.length);
  await page.close();
});
