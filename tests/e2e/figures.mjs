// What each card must show, computed here from the data files independently
// of the widget's Rust code.
import assert from 'node:assert/strict';

import { E2023 } from './editions.mjs';

/** The bundled edition's reviews and figures (tests/fixtures/editions/2023.json). */
export const { reviews, metrics } = E2023;

/** The big number of a card as each language's papers print it: in Chinese
 *  as the article does (3700余, 1841: digits alone, 余 after them), in English
 *  grouped, with "+" for 余 (3,700+). */
export function bigNumber(m, lang = 'zh') {
  const more = m.qualifier === 'more_than';
  return lang === 'zh'
    ? String(m.value) + (more ? '余' : '')
    : m.value.toLocaleString('en-US') + (more ? '+' : '');
}

/** Whether a Chinese card's number and unit are printed in its quote just
 *  so (3700余人次 in "参与委员、群众3700余人次"). A quote that writes the
 *  number in characters (四个) has nothing to compare. */
export function asTheArticlePrintsIt(m, number, unit) {
  const quote = m.quote.zh.replace(/\s/g, '');
  return !/\d/.test(quote) || quote.includes(number + unit);
}

/** The items in the timeline's time order (what ArrowRight steps through and
 *  the list shows): the model's own, which tests/time_order.rs writes into
 *  each edition's fixture and holds equal to the Rust model. */
export function timeOrder(edition = E2023) {
  return edition.time_order;
}

/** Run in the page (Playwright's evaluate, or a WebDriver script): what it
 *  shows of every card, by figure id. */
export function cardsOnPage() {
  return Object.fromEntries([...document.querySelectorAll('article.hm-card')].map((card) => {
    const source = card.querySelector('.hm-source');
    return [card.id.slice('metric-'.length), {
      number: card.querySelector('.hm-number').textContent,
      unit: card.querySelector('.hm-unit').textContent,
      label: card.querySelector('.hm-label').textContent,
      quote: card.querySelector('.hm-source blockquote').textContent,
      quoteShown: source.getBoundingClientRect().height > 0 && getComputedStyle(source).display !== 'none',
    }];
  }));
}

/** Every figure has one card showing its final number, its label in `lang`,
 *  and its quote on screen without a click (`cards` from `cardsOnPage`). */
export function assertEveryFigureWithItsSource(cards, lang, of = metrics) {
  assert.equal(Object.keys(cards).length, of.length, 'one card per figure');
  for (const m of of) {
    const card = cards[m.id];
    assert.ok(card, `card ${m.id}`);
    assert.equal(card.number, bigNumber(m, lang), `${m.id}: the final figure`);
    if (lang === 'zh') assert.ok(asTheArticlePrintsIt(m, card.number, card.unit), `${m.id}: ${card.number}${card.unit} as the article prints it`);
    assert.equal(card.label, m.label[lang], `${m.id}: label`);
    assert.equal(card.quote, m.quote.zh, `${m.id}: quote`);
    assert.ok(card.quoteShown, `${m.id}: its source is on screen without a click`);
  }
}
