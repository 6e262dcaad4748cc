// A smoke test in WebKit, Safari's engine (WebKitGTK's MiniBrowser through
// WebKitWebDriver, under Xvfb), over W3C WebDriver with real key input: the
// widget loads and is ready, a card's source opens, the keyboard walks the
// timeline in time order, English and ?data= (the loader worker) work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve } from './server.mjs';
import { startDriver, Session, webkitCapabilities } from './webdriver.mjs';
import { metrics, reviews } from './figures.mjs';

let driver;
let server;
let wk;

const settledState = () => {
  const s = document.getElementById('huimou')?.dataset.state;
  return s && s !== 'loading' ? s : null;
};

before(async () => {
  server = await serve(path.resolve('dist'));
  driver = await startDriver('xvfb-run', ['-a', 'WebKitWebDriver']);
  wk = await Session.create(driver.url, webkitCapabilities());
});

after(async () => {
  await wk?.quit().catch(() => {});
  driver?.stop();
  await server?.close();
});

test('WebKit: ready, both titles, a card for every figure, a source opens', async () => {
  await wk.goto(server.url);
  assert.equal(await wk.waitFor(settledState), 'ready');
  for (const r of reviews) {
    assert.equal(await wk.run((id) => document.getElementById(`title-${id}`).textContent, r.id), r.title.zh);
  }
  assert.equal(await wk.run(() => document.querySelectorAll('article.hm-card').length), metrics.length);
  const toggle = await wk.find('#metric-proposals-accepted .hm-source-toggle');
  await wk.click(toggle);
  await wk.waitFor(() => document.querySelector('#metric-proposals-accepted .hm-source-toggle').getAttribute('aria-expanded') === 'true');
  const quote = metrics.find((m) => m.id === 'proposals-accepted').quote.zh;
  assert.equal(await wk.run(() => document.querySelector('#metric-proposals-accepted .hm-source blockquote').textContent), quote);
});

test('WebKit: the keyboard walks the timeline items in time order', async () => {
  await wk.goto(server.url);
  assert.equal(await wk.waitFor(settledState), 'ready');
  // The timeline drawing or, on a narrow window, the list: both follow the keys.
  await wk.run(() => [...document.querySelectorAll('.hm-toolbar button')].find((b) => b.textContent === '列表').click());
  await wk.waitFor(() => document.querySelector('.hm-list-item'));
  const ids = await wk.run(() => [...document.querySelectorAll('.hm-list-item')].map((b) => b.id));
  await wk.run((id) => document.getElementById(id).focus(), ids[0]);
  await wk.press('ArrowDown');
  await wk.waitFor((id) => document.querySelector('[aria-current="true"]')?.id === id, 5000, ids[1]);
  await wk.press('ArrowDown');
  await wk.waitFor((id) => document.activeElement?.id === id, 5000, ids[2]);
  await wk.press('End');
  await wk.waitFor((id) => document.querySelector('[aria-current="true"]')?.id === id, 5000, ids.at(-1));
  await wk.press('Enter');
  await wk.waitFor(() => !!document.getElementById('hm-detail'));
});

test('WebKit: lang=en fetches the English; ?data= loads through the loader worker', async () => {
  await wk.goto(`${server.url}?lang=en`);
  assert.equal(await wk.waitFor(settledState), 'ready');
  assert.equal(await wk.run((id) => document.getElementById(`title-${id}`).textContent, reviews[1].id), reviews[1].title.en);
  await wk.goto(`${server.url}?data=data/npc-2023.json`);
  assert.equal(await wk.waitFor(settledState), 'ready');
  assert.equal(await wk.run(() => document.querySelectorAll('article.hm-card').length), reviews[1].metrics.length);
});
