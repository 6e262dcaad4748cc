// What each card must show, computed here from the data files independently
// of the widget's Rust code.
import fs from 'node:fs';

export const reviews = ['data/cppcc-2023.json', 'data/npc-2023.json'].map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
export const metrics = reviews.flatMap((r) => r.metrics.map((m) => ({ ...m, review: r.id })));

/** 3700 with 余 → "3,700+", the big number of a card. */
export function bigNumber(m) {
  return m.value.toLocaleString('en-US') + (m.qualifier === 'more_than' ? '+' : '');
}
