// Content first in Firefox ESR: with JavaScript switched off (the browser's
// own preference, over W3C WebDriver), the page still shows every figure
// with its label and source, the timeline as a list, styled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDriverSite } from './webdriver.mjs';
import { reviews, cardsOnPage, assertEveryFigureWithItsSource } from './figures.mjs';

const site = useDriverSite('dist', { prefs: { 'javascript.enabled': false }, size: [400, 800] });
const items = reviews.flatMap((r) => r.items);

for (const [file, lang] of [['index.html', 'zh'], ['en.html', 'en']]) {
  test(`Firefox, JavaScript off (${file}): every figure, label and source; the timeline listed; styled`, async () => {
    await site.session.goto(`${site.server.url}${file}`);
    // WebDriver's scripts run in their own sandbox, not the page's (which runs none).
    const page = await site.session.run(() => ({
      scripting: !!document.getElementById('huimou').querySelector('.hm-card') && document.getElementById('huimou').dataset.state,
      rows: [...document.querySelectorAll('.hm-noscript .hm-list-item')].map((row) => row.textContent),
      band: getComputedStyle(document.querySelector('.hm-masthead')).backgroundColor,
      toolbar: getComputedStyle(document.querySelector('.hm-toolbar')).display,
      titles: Object.fromEntries([...document.querySelectorAll('.hm-title')].map((t) => [t.id, t.textContent])),
    }));
    assert.equal(page.scripting, 'loading', 'the page ran no script of its own (the root still says loading)');
    assertEveryFigureWithItsSource(await site.session.run(cardsOnPage), lang);
    for (const r of reviews) assert.equal(page.titles[`title-${r.id}`], r.title[lang]);
    assert.equal(page.rows.length, items.length, 'every timeline item is listed');
    for (const i of items) assert.ok(page.rows.some((row) => row.includes(i.title[lang])), `item ${i.id}`);
    assert.equal(page.band, 'rgb(168, 22, 27)', 'styled: the red masthead band');
    assert.equal(page.toolbar, 'none', 'no control that needs a script');
  });
}
