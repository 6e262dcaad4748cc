// The timeline's keyboard contract and deep link in Firefox ESR, over W3C
// WebDriver with real key input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDriverSite } from './webdriver.mjs';
import { reviews, timeOrder } from './figures.mjs';


const ready = () => document.getElementById('huimou')?.dataset.state === 'ready';
const current = () => document.querySelector('[aria-current="true"]')?.id;
const focused = () => document.activeElement?.id;

const site = useDriverSite('dist', { prefs: { 'ui.prefersReducedMotion': 1 }, size: [1280, 900] });

test('Firefox: ?item= selects the item and opens its details; keys walk the time order', async () => {
  const order = timeOrder();
  await site.session.goto(`${site.server.url}?item=${order[0]}`);
  await site.session.waitFor(ready);
  assert.equal(await site.session.run(current), `item-${order[0]}`);
  await site.session.waitFor(() => !!document.getElementById('hm-detail'));
  // A deep link leaves focus on the item (or in its panel); Escape closes
  // the panel and focus is on the item.
  await site.session.waitFor((id) => [id, 'hm-detail-title'].includes(document.activeElement?.id), 5000, `item-${order[0]}`);
  await site.session.press('Escape');
  await site.session.waitFor((id) => document.activeElement?.id === id, 5000, `item-${order[0]}`);
  assert.equal(await site.session.run(() => !!document.getElementById('hm-detail')), false);
  await site.session.press('ArrowRight', 'ArrowRight');
  await site.session.waitFor((id) => document.activeElement?.id === id, 5000, `item-${order[2]}`);
  assert.equal(await site.session.run(current), `item-${order[2]}`);
  await site.session.press('End');
  await site.session.waitFor((id) => document.activeElement?.id === id, 5000, `item-${order.at(-1)}`);
  await site.session.press('Home');
  await site.session.waitFor((id) => document.activeElement?.id === id, 5000, `item-${order[0]}`);
  assert.equal(await site.session.run(focused), `item-${order[0]}`);
  // Enter opens the details again.
  await site.session.press('Enter');
  await site.session.waitFor(() => !!document.getElementById('hm-detail'));
  await site.session.waitFor((id) => new URL(location.href).searchParams.get('item') === id, 5000, order[0]);
});

test('Firefox: on a narrow window the list shows the items in time order', async () => {
  await site.session.setWindowSize(420, 900);
  const order = timeOrder();
  await site.session.goto(`${site.server.url}?item=${order[1]}`);
  await site.session.waitFor(ready);
  const ids = await site.session.run(() => [...document.querySelectorAll('.hm-list-item')].map((b) => b.id));
  assert.deepEqual(ids, order.map((id) => `item-${id}`));
  assert.equal(await site.session.run(current), `item-${order[1]}`);
  await site.session.setWindowSize(1280, 900);
});

test("Firefox: a card's related item link opens it in the list on a narrow window", async () => {
  const npc = reviews[1];
  const metric = npc.metrics.find((m) => m.items?.length);
  const item = npc.items.find((i) => i.id === metric.items[0]);
  await site.session.setWindowSize(400, 800);
  await site.session.goto(site.server.url);
  await site.session.waitFor(ready);
  await site.session.run((id) => document.querySelector(`#metric-${id} .hm-source-toggle`).click(), metric.id);
  await site.session.run((id) => document.querySelector(`a[data-item="${id}"]`).click(), item.id);
  await site.session.waitFor((id) => document.querySelector('[aria-current="true"]')?.id === `item-${id}`, 20000, item.id);
  assert.ok(await site.session.run(() => document.querySelector('.hm-list') !== null), 'the list view shows');
  await site.session.waitFor((id) => new URL(location.href).searchParams.get('item') === id, 20000, item.id);
});
