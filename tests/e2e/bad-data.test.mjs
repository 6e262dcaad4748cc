// Bad and hostile data through ?data= (Chromium): every invalid fixture ends
// in data-state="error" with the problems tests/fixtures/invalid/expected.txt
// lists for it (path and message); HTML and script payloads
// in every string field, right-to-left text and emoji render as plain text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { settled, useBuiltSite } from './browser.mjs';

const INVALID = path.resolve('tests/fixtures/invalid');
const site = useBuiltSite('dist', {
  prepare: (dir) => {
    fs.cpSync(INVALID, path.join(dir, 'bad'), { recursive: true });
    // Every string that is not an id or a name of a kind carries a payload.
    // No digits: a quote's numbers are checked against its figure.
    // (Single quotes: English text refuses straight double quotes, model::originals.)
    const payload = "<img src=x onerror='window.__pwned=true'><script>window.__pwned='script'</script>";
    const hostile = JSON.parse(fs.readFileSync('tests/fixtures/valid.json', 'utf8'));
    // (A unit's Chinese stays clean: the validator finds a figure in its quote
    // as the number followed by that unit, e.g. 四个.)
    (function poison(v, parent) {
      for (const [k, x] of Object.entries(v)) {
        if (typeof x === 'string' && (k === 'zh' || k === 'en') && !(parent === 'unit' && k === 'zh')) {
          v[k] = `${x} ${payload} שלום 🎉`;
        } else if (x && typeof x === 'object') poison(x, k);
      }
    })(hostile);
    fs.writeFileSync(path.join(dir, 'hostile.json'), JSON.stringify(hostile));
  },
});

/** Every problem each invalid fixture has, as tests/fixtures/invalid/expected.txt
 *  lists them by hand (tests/validation.rs holds the validator to the same list). */
function expectedProblems() {
  const all = new Map();
  let current;
  for (const line of fs.readFileSync(path.join(INVALID, 'expected.txt'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const header = line.match(/^\[(.+)\]$/);
    if (header) all.set((current = header[1]), []);
    else all.get(current).push(line);
  }
  return all;
}

// The loader has no article: the rules about it (a quote is in it, once)
// are checked natively, with it. Fixtures that break only those rules:
const NEEDS_ARTICLE = / in the source\b/;
const ARTICLE_ONLY = ['quote-printed-twice'];

test('every invalid fixture loaded with ?data= shows what is wrong, and where', async () => {
  const page = await site.browser.newPage();
  const expected = expectedProblems();
  const fixtures = fs.readdirSync(INVALID).filter((f) => f.endsWith('.json')).sort();
  assert.deepEqual(fixtures.map((f) => f.slice(0, -5)), [...expected.keys()].sort(), 'every fixture is in expected.txt');
  const articleOnly = [];
  for (const name of fixtures) {
    const problems = expected.get(name.slice(0, -5)).filter((p) => !NEEDS_ARTICLE.test(p));
    if (problems.length === 0) {
      articleOnly.push(name.slice(0, -5));
      continue;
    }
    await page.goto(`${site.server.url}?data=bad/${name}`);
    assert.equal(await settled(page), 'error', name);
    const alert = await page.locator('[role=alert]').innerText();
    // A line ending in " …" gives the problem's beginning.
    for (const problem of problems) assert.ok(alert.includes(problem.replace(/ …$/, '')), `${name}: ${problem}\n${alert}`);
  }
  assert.deepEqual(articleOnly, ARTICLE_ONLY, 'the fixtures not checked here, and only they');
  await page.close();
});

test('HTML and script payloads in every text, RTL and emoji, render as text and run nothing', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}?data=hostile.json`);
  assert.equal(await settled(page), 'ready');
  await page.locator('.hm-source-toggle').first().click();
  const seen = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    injected: document.querySelectorAll('#huimou img, #huimou script').length,
    text: document.getElementById('huimou').textContent,
  }));
  assert.equal(seen.pwned, null);
  assert.equal(seen.injected, 0);
  assert.ok(seen.text.includes("<img src=x onerror='window.__pwned=true'>"), 'the payload shows as text');
  assert.ok(seen.text.includes('שלום 🎉'));
  await page.close();
});

test('?data= with another scheme or origin is refused before any request', async () => {
  const page = await site.browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const raw of ['javascript:alert(document.domain)', 'data:application/json,{}', 'file:///etc/passwd',
    '//evil.example/d.json', 'https://evil.example/d.json', '/\\evil.example/d.json']) {
    await page.goto(`${site.server.url}?data=${encodeURIComponent(raw)}`);
    assert.equal(await settled(page), 'error', raw);
    assert.match(await page.locator('[role=alert]').innerText(), /只能加载本站|不是有效的文件地址/, raw);
  }
  assert.deepEqual(requests.filter((u) => !u.startsWith(site.server.url)), []);
  await page.close();
});
