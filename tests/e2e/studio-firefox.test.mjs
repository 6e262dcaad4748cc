// The studio's file and download paths in Firefox ESR, over W3C WebDriver
// (geckodriver): files go in through the real <input type="file"> (element
// send keys), the save lands on disk through Firefox's own download manager,
// and a figure is made from a selection made with the keyboard alone.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useDriverSite } from './webdriver.mjs';

const CPPCC = path.resolve('data/cppcc-2023.json');
const SOURCE = path.resolve('data/source/rongchang-2023.txt');
const ARTICLE = path.resolve('tests/fixtures/editions/small/source/article.txt');
const LAMPS = '铜鼓镇刘骥村新安装200余盏路\n灯';

// Firefox saves downloads here, without asking. The directory must exist
// before the browser starts.
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'huimou-studio-ff-dl-'));
// Bad files, written for the refusal test.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'huimou-studio-ff-bad-'));
after(() => {
  fs.rmSync(downloads, { recursive: true, force: true });
  fs.rmSync(scratch, { recursive: true, force: true });
});

const site = useDriverSite('dist', {
  size: [1100, 900],
  prefs: {
    // Firefox 153 ESR needs only these two (tried: it no longer asks by
    // default); the rest are the usual settings that stop older ESRs asking
    // or opening the file (not tried here: only 153 is installed).
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.helperApps.neverAsk.saveToDisk': 'application/json',
    'browser.download.manager.showWhenStarting': false,
    // Newer Firefox opens its downloads panel after each download; nothing
    // to see headless, and it must not take focus from the page.
    'browser.download.alwaysOpenPanel': false,
    // Saved straight into the download directory (never via the system temp).
    'browser.download.start_downloads_in_tmp_dir': false,
    'pdfjs.disabled': true,
  },
});

const studioUrl = () => new URL('studio.html', site.server.url).href;
const problems = () => [...document.querySelectorAll('#studio-problems [data-problem-path]')].map((b) => b.dataset.problemPath);
const stored = () => localStorage.getItem('huimou-studio-draft');

/** The studio with no draft kept from an earlier test (same origin, same
 *  profile: localStorage outlives the page). */
async function freshStudio() {
  const s = site.session;
  await s.goto(studioUrl());
  await s.run(() => localStorage.clear());
  await s.goto(studioUrl());
  await s.waitFor(() => !!document.getElementById('studio-open'));
  return s;
}

/** Opens files through the real file input: WebDriver's element send keys
 *  takes absolute paths joined by "\n". geckodriver does not ask a file
 *  input to be interactable (strictFileInteractability is off by default),
 *  so the visually hidden input is used as it is. */
async function openFiles(files) {
  const input = await site.session.find('#studio-open');
  await site.session.type(input, files.map((f) => path.resolve(f)).join('\n'));
}

/** Presses `key` `times` times with Shift held: one key input source, so
 *  Shift stays down across the presses (the client's `press` lets each key
 *  go at once). */
function shiftPress(key, times) {
  const SHIFT = '\uE008';
  const actions = [{ type: 'keyDown', value: SHIFT }];
  for (let i = 0; i < times; i++) actions.push({ type: 'keyDown', value: key }, { type: 'keyUp', value: key });
  actions.push({ type: 'keyUp', value: SHIFT });
  return site.session.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
}

/** Resolves once `name` is in `dir`, complete: no `.part` file beside it
 *  and its size unchanged between two looks. */
async function downloaded(dir, name, timeout = 20000) {
  const file = path.join(dir, name);
  const end = Date.now() + timeout;
  let last = -1;
  for (;;) {
    const names = fs.readdirSync(dir);
    if (names.includes(name) && !names.some((n) => n.endsWith('.part'))) {
      const size = fs.statSync(file).size;
      if (size > 0 && size === last) return file;
      last = size;
    }
    if (Date.now() > end) throw new Error(`no complete ${name} in ${dir} after ${timeout} ms: [${names.join(', ')}]`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('Firefox: cppcc-2023.json with its article opens through the file input and saves byte for byte', async () => {
  const s = await freshStudio();
  await openFiles([CPPCC, SOURCE]);
  await s.waitFor(() => !!document.getElementById('studio-text'));
  const text = await s.run(() => document.getElementById('studio-text').value);
  const article = fs.readFileSync(SOURCE, 'utf8');
  assert.ok(text.length > 1000, `the article is shown (${text.length} characters)`);
  assert.ok(article.includes(text.slice(0, 40)), 'the text shown is the article opened');
  assert.equal(await s.run(() => document.getElementById('studio-alert').textContent), '', 'nothing refused');
  assert.deepEqual(await s.run(problems), []);
  assert.deepEqual(fs.readdirSync(downloads), [], 'nothing downloaded yet');

  await s.click(await s.find('#studio-save'));
  const saved = await downloaded(downloads, 'cppcc-2023.json');
  const bytes = fs.readFileSync(saved);
  assert.ok(bytes.equals(fs.readFileSync(CPPCC)), `byte for byte (${bytes.length} B saved, ${fs.statSync(CPPCC).size} B in data/)`);
  assert.deepEqual(fs.readdirSync(downloads), ['cppcc-2023.json'], 'one file, under its own name');
});

test('Firefox: bad files are refused by name, and the stored draft is left as it was', async () => {
  const s = await freshStudio();
  await openFiles([CPPCC, SOURCE]);
  await s.waitFor(() => !!document.getElementById('studio-text'));
  const before = await s.run(stored);
  assert.ok(before && before.length > 1000, 'a draft is stored');

  const bad = [
    ['notes.json', Buffer.from('{"hello": "world"}'), /notes\.json.*不是回眸数据文件/],
    ['broken.txt', Buffer.from([0xe5, 0x9b, 0x9e, 0xff, 0xfe]), /broken\.txt.*UTF-8/],
  ];
  for (const [name, bytes, why] of bad) {
    const file = path.join(scratch, name);
    fs.writeFileSync(file, bytes);
    await openFiles([file]);
    const alert = await s.waitFor((name) => {
      const text = document.getElementById('studio-alert')?.textContent ?? '';
      return text.includes(name) && text;
    }, 10000, name);
    assert.match(alert, why);
    assert.equal(await s.run(stored), before, `${name} left the draft as it was`);
    assert.ok(await s.run(() => !!document.getElementById('studio-text')), 'the article is still shown');
  }
});

test('Firefox: a selection made with Shift+arrows, Tab to Figure, Enter, makes the figure from the keyboard', async () => {
  const s = await freshStudio();
  await openFiles([ARTICLE]);
  await s.waitFor(() => !!document.getElementById('studio-text'));
  const at = await s.run((text) => {
    const area = document.getElementById('studio-text');
    const at = area.value.indexOf(text);
    area.focus();
    area.setSelectionRange(at, at);
    return at;
  }, LAMPS);
  assert.ok(at > 0, 'the passage is in the article');
  await shiftPress('\uE014', LAMPS.length);
  const selection = await s.run(() => {
    const area = document.getElementById('studio-text');
    return [area.selectionStart, area.selectionEnd, document.activeElement.id];
  });
  assert.deepEqual(selection, [at, at + LAMPS.length, 'studio-text'], 'Shift+ArrowRight selected the passage');

  await s.press('Tab');
  assert.equal(await s.run(() => document.activeElement.id), 'studio-make-figure');
  await s.press('Enter');
  // The number found is offered, and takes focus: Enter chooses it.
  await s.waitFor(() => [...document.querySelectorAll('.studio-choice')].some((b) => b.textContent === '200余 盏'), 10000);
  await s.waitFor(() => document.activeElement?.matches('.studio-choice') && document.activeElement.textContent === '200余 盏', 5000);
  await s.press('Enter');
  await s.waitFor(() => !!document.querySelector('[data-path="metrics[0].quote.zh"]'), 10000);
  assert.equal(await s.run(() => document.querySelector('[data-path="metrics[0].quote.zh"]').value), '铜鼓镇刘骥村新安装200余盏路灯');
});
