// What each card must show, computed here from the data files independently
// of the widget's Rust code.
import fs from 'node:fs';

export const reviews = ['data/cppcc-2023.json', 'data/npc-2023.json'].map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
export const metrics = reviews.flatMap((r) => r.metrics.map((m) => ({ ...m, review: r.id })));

/** 3700 with 余 → "3,700+", the big number of a card. */
export function bigNumber(m) {
  return m.value.toLocaleString('en-US') + (m.qualifier === 'more_than' ? '+' : '');
}

/** The items in time order, computed here from the data: the axis position of
 *  each precision, ties in the order lanes are drawn (review, section, data order). */
export function timeOrder() {
  const span = (w) => ({ year: [0, 1200], month: [950, 950], publication: [1200, 1400], outlook: [1400, 2600] })[w.precision];
  const refs = reviews.flatMap((r) => r.sections.flatMap((s) => r.items.filter((i) => i.section === s.id)));
  return refs
    .map((item, n) => ({ item, n, s: span(item.when) }))
    .sort((a, b) => a.s[0] - b.s[0] || a.s[1] - b.s[1] || a.n - b.n)
    .map((x) => x.item.id);
}
