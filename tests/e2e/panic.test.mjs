// A panic anywhere ends in a message, not a blank frame (Chromium and
// Firefox). The release build has no way to panic on purpose, so the test
// command builds a second copy with the `panic-trigger` feature into
// target/dist-panic, where `?panic=1` panics once the widget is ready: the
// panic hook of the real release profile (panic = "abort") must show the
// alert and set data-state="error".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { settled, useBuiltSite } from './browser.mjs';
import { useDriverSite } from './webdriver.mjs';

const DIST = 'target/dist-panic';
const site = useBuiltSite(DIST);

test('the panic test build works like the widget until asked to panic', async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), `${DIST} is built by scripts/test.sh`);
  const page = await site.browser.newPage();
  await page.goto(site.server.url);
  assert.equal(await settled(page), 'ready');
  assert.ok(await page.locator('.hm-card').count() > 10);
  await page.close();
});

test('a panic ends in data-state="error" with a visible alert (Chromium)', async () => {
  const page = await site.browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${site.server.url}?panic=1`);
  await page.waitForFunction(() => document.getElementById('huimou')?.dataset.state === 'error');
  const alert = page.locator('#huimou [role=alert]');
  assert.match(await alert.textContent(), /组件出错.*internal error/);
  const box = await alert.boundingBox();
  assert.ok(box && box.height > 10 && box.width > 100, JSON.stringify(box));
  assert.ok(errors.some((e) => e.includes('asked to panic')), errors.join('\n'));
  await page.close();
});

const firefox = useDriverSite(DIST);

test('a panic ends in data-state="error" with a visible alert (Firefox)', async () => {
  await firefox.session.goto(`${firefox.server.url}?panic=1`);
  await firefox.session.waitFor(() => document.getElementById('huimou')?.dataset.state === 'error');
  const text = await firefox.session.run(() => document.querySelector('#huimou [role=alert]')?.textContent);
  assert.match(text, /组件出错.*internal error/);
});
