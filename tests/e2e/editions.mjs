// The editions behaviour tests run on, one fixture each
// (tests/fixtures/editions/*.json): which files, how the page is asked for
// it, and the examples tests pick from it. Tests take ids and counts from
// here and from the data, never as literals of one edition.
import fs from 'node:fs';
import path from 'node:path';

function edition(name) {
  const fixture = JSON.parse(fs.readFileSync(`tests/fixtures/editions/${name}.json`, 'utf8'));
  // The bundled edition's files are the ones data/edition.json lists.
  if (fixture.edition) {
    fixture.files = JSON.parse(fs.readFileSync(fixture.edition, 'utf8')).reviews.map((f) => `data/${f}`);
  }
  const reviews = fixture.files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
  return {
    name,
    ...fixture,
    reviews,
    metrics: reviews.flatMap((r) => r.metrics.map((m) => ({ ...m, review: r.id }))),
    items: reviews.flatMap((r) => r.items),
    /** The page's address for this edition, with more parameters. */
    url(base, params = '') {
      const query = [fixture.query.replace(/^\?/, ''), params.replace(/^\?/, '')].filter(Boolean).join('&');
      return `${base}${query ? `?${query}` : ''}`;
    },
    /** Puts the edition's files where the page asks for them (a copy of dist/). */
    place(dir) {
      if (!fixture.served) return;
      const to = path.join(dir, fixture.served);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(fixture.files[0], to);
    },
  };
}

export const E2023 = edition('2023');
export const SMALL = edition('small');
export const EDITIONS = [E2023, SMALL];
