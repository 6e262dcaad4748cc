// axe-core (WCAG 2.2 A/AA and best practices) on the built page: the figures
// in light and dark, with a source panel open, on a phone and a desktop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { settled, useBuiltSite } from './browser.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = useBuiltSite();

async function violations(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

for (const scheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    test(`axe finds nothing: ${scheme}, ${width}px, a source panel open`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(`${site.server.url}?lang=${width > 1000 ? 'en' : 'zh'}`);
      assert.equal(await settled(page), 'ready');
      await page.locator('#metric-proposals-accepted .hm-source-toggle').click();
      assert.deepEqual(await violations(page), []);
      await page.close();
    });
  }
}

test('axe finds nothing in the side-by-side view', async () => {
  const page = await site.browser.newPage({ viewport: { width: 375, height: 900 } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  await page.click('text=并排对比');
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('the axe harness reports a planted contrast failure (the checks above can fail)', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '低对比度 low contrast';
    p.style.cssText = 'color:#ddd;background:#fff';
    document.getElementById('huimou').append(p);
  });
  const found = await violations(page);
  assert.ok(found.some((v) => v.startsWith('color-contrast')), found.join('\n'));
  await page.close();
});

for (const [view, width] of [['timeline', 1280], ['list', 375]]) {
  test(`axe finds nothing in the ${view}, with an item's details open`, async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site.server.url}?item=liuji-lights-consultation`);
    assert.equal(await settled(page), 'ready');
    await page.locator('#hm-detail').waitFor();
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
}
