// A smoke test in WebKit, Safari's engine (WebKitGTK's MiniBrowser through
// WebKitWebDriver, under Xvfb), over W3C WebDriver with real key input: the
// widget loads and is ready, a card's source opens, the keyboard walks the
// timeline in time order, English and ?data= (the loader worker) work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDriverSite } from './webdriver.mjs';
import { E2023 } from './editions.mjs';
import { metrics, reviews, timeOrder } from './figures.mjs';


const settledState = () => {
  const s = document.getElementById('huimou')?.dataset.state;
  return s && s !== 'loading' ? s : null;
};

const site = useDriverSite('dist', { browser: 'webkit' });

test('WebKit: ready, both titles, a card for every figure, a source opens', async () => {
  await site.session.goto(site.server.url);
  assert.equal(await site.session.waitFor(settledState), 'ready');
  for (const r of reviews) {
    assert.equal(await site.session.run((id) => document.getElementById(`title-${id}`).textContent, r.id), r.title.zh);
  }
  assert.equal(await site.session.run(() => document.querySelectorAll('article.hm-card').length), metrics.length);
  // The reader scrolls to the card first: themes off screen are not laid
  // out (content-visibility), and WebKit's WebDriver does not scroll to them.
  const m = metrics.find((x) => x.id === E2023.examples.metric);
  assert.ok(m, `${E2023.examples.metric} is a figure of the edition`);
  const id = `metric-${m.id}`;
  await site.session.run((id) => document.getElementById(id).scrollIntoView({ block: 'center' }), id);
  const toggle = await site.session.find(`#${id} .hm-source-toggle`);
  await site.session.click(toggle);
  await site.session.waitFor((id) => document.querySelector(`#${id} .hm-source-toggle`).getAttribute('aria-expanded') === 'true', 20000, id);
  assert.equal(await site.session.run((id) => document.querySelector(`#${id} .hm-source blockquote`).textContent, id), m.quote.zh);
});

test('WebKit: the keyboard walks the timeline items in time order', async () => {
  await site.session.goto(site.server.url);
  assert.equal(await site.session.waitFor(settledState), 'ready');
  // The timeline drawing or, on a narrow window, the list: both follow the keys.
  await site.session.run(() => [...document.querySelectorAll('.hm-toolbar button')].find((b) => b.textContent === '列表').click());
  await site.session.waitFor(() => document.querySelector('.hm-list-item'));
  // The order the data gives (figures.mjs), not the page's own.
  const ids = timeOrder().map((id) => `item-${id}`);
  assert.deepEqual(await site.session.run(() => [...document.querySelectorAll('.hm-list-item')].map((b) => b.id)), ids);
  await site.session.run((id) => document.getElementById(id).focus(), ids[0]);
  await site.session.press('ArrowDown');
  await site.session.waitFor((id) => document.querySelector('[aria-current="true"]')?.id === id, 5000, ids[1]);
  await site.session.press('ArrowDown');
  await site.session.waitFor((id) => document.activeElement?.id === id, 5000, ids[2]);
  await site.session.press('End');
  await site.session.waitFor((id) => document.querySelector('[aria-current="true"]')?.id === id, 5000, ids.at(-1));
  await site.session.press('Enter');
  await site.session.waitFor(() => !!document.getElementById('hm-detail'));
});

test('WebKit: lang=en fetches the English; ?data= loads through the loader worker', async () => {
  await site.session.goto(`${site.server.url}?lang=en`);
  assert.equal(await site.session.waitFor(settledState), 'ready');
  assert.equal(await site.session.run((id) => document.getElementById(`title-${id}`).textContent, reviews[1].id), reviews[1].title.en);
  // The edition's second file alone (dist/ serves data/ as the repository has it).
  await site.session.goto(`${site.server.url}?data=${E2023.files[1]}`);
  assert.equal(await site.session.waitFor(settledState), 'ready');
  assert.equal(await site.session.run(() => document.querySelectorAll('article.hm-card').length), E2023.reviews[1].metrics.length);
});
