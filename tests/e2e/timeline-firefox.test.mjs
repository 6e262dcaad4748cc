// The timeline's keyboard contract and deep link in Firefox ESR, over W3C
// WebDriver with real key input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve } from './server.mjs';
import { startDriver, Session, firefoxCapabilities } from './webdriver.mjs';
import { reviews, timeOrder } from './figures.mjs';

const GECKODRIVER = process.env.GECKODRIVER ?? 'geckodriver';
let driver;
let server;
let ff;

const ready = () => document.getElementById('huimou')?.dataset.state === 'ready';
const current = () => document.querySelector('[aria-current="true"]')?.id;
const focused = () => document.activeElement?.id;

before(async () => {
  server = await serve(path.resolve('dist'));
  driver = await startDriver(GECKODRIVER);
  ff = await Session.create(driver.url, firefoxCapabilities({ 'ui.prefersReducedMotion': 1 }));
  await ff.setWindowSize(1280, 900);
});

after(async () => {
  await ff?.quit().catch(() => {});
  driver?.stop();
  await server?.close();
});

test('Firefox: ?item= selects the item and opens its details; keys walk the time order', async () => {
  const order = timeOrder();
  await ff.goto(`${server.url}?item=${order[0]}`);
  await ff.waitFor(ready);
  assert.equal(await ff.run(current), `item-${order[0]}`);
  await ff.waitFor(() => !!document.getElementById('hm-detail'));
  // A deep link leaves focus on the item (or in its panel); Escape closes
  // the panel and focus is on the item.
  await ff.waitFor((id) => [id, 'hm-detail-title'].includes(document.activeElement?.id), 5000, `item-${order[0]}`);
  await ff.press('Escape');
  await ff.waitFor((id) => document.activeElement?.id === id, 5000, `item-${order[0]}`);
  assert.equal(await ff.run(() => !!document.getElementById('hm-detail')), false);
  await ff.press('ArrowRight', 'ArrowRight');
  await ff.waitFor((id) => document.activeElement?.id === id, 5000, `item-${order[2]}`);
  assert.equal(await ff.run(current), `item-${order[2]}`);
  await ff.press('End');
  await ff.waitFor((id) => document.activeElement?.id === id, 5000, `item-${order.at(-1)}`);
  await ff.press('Home');
  await ff.waitFor((id) => document.activeElement?.id === id, 5000, `item-${order[0]}`);
  assert.equal(await ff.run(focused), `item-${order[0]}`);
  // Enter opens the details again.
  await ff.press('Enter');
  await ff.waitFor(() => !!document.getElementById('hm-detail'));
  await ff.waitFor((id) => new URL(location.href).searchParams.get('item') === id, 5000, order[0]);
});

test('Firefox: on a narrow window the list shows the items in time order', async () => {
  await ff.setWindowSize(420, 900);
  const order = timeOrder();
  await ff.goto(`${server.url}?item=${order[1]}`);
  await ff.waitFor(ready);
  const ids = await ff.run(() => [...document.querySelectorAll('.hm-list-item')].map((b) => b.id));
  assert.deepEqual(ids, order.map((id) => `item-${id}`));
  assert.equal(await ff.run(current), `item-${order[1]}`);
  await ff.setWindowSize(1280, 900);
});

test("Firefox: a card's related item link opens it in the list on a narrow window", async () => {
  const npc = reviews[1];
  const metric = npc.metrics.find((m) => m.items?.length);
  const item = npc.items.find((i) => i.id === metric.items[0]);
  await ff.setWindowSize(400, 800);
  await ff.goto(server.url);
  await ff.waitFor(ready);
  await ff.run((id) => document.querySelector(`#metric-${id} .hm-source-toggle`).click(), metric.id);
  await ff.run((id) => document.querySelector(`a[data-item="${id}"]`).click(), item.id);
  await ff.waitFor((id) => document.querySelector('[aria-current="true"]')?.id === `item-${id}`, 20000, item.id);
  assert.ok(await ff.run(() => document.querySelector('.hm-list') !== null), 'the list view shows');
  await ff.waitFor((id) => new URL(location.href).searchParams.get('item') === id, 20000, item.id);
});
