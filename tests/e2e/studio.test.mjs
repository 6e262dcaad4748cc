// The studio (studio.html), end to end in Chromium: an editor makes a small
// edition from a short article through the UI alone (keyboard for the
// figure), and `validate` accepts the download; the 2023 files round-trip
// byte for byte; problems lead to their fields; the draft survives a
// reload and bad files; axe finds nothing; nothing leaves the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { axeViolations, useBuiltSite } from './browser.mjs';

const site = useBuiltSite();
const ARTICLE = path.resolve('tests/fixtures/editions/small/source/article.txt');
const SOURCE = path.resolve('data/source/rongchang-2023.txt');
/** The English the small edition is given: the 2023 file's own, reviewed
 *  translations of the same sentences. */
const CPPCC = JSON.parse(fs.readFileSync('data/cppcc-2023.json', 'utf8'));
/** The steps' screenshots: under target/ on every run (to look at), and into
 *  docs/editing only when asked (`bash scripts/doc-shots.sh`), so a test run
 *  never rewrites the images the guide shows. */
const SHOTS = path.resolve(process.env.HUIMOU_DOC_SHOTS === '1' ? 'docs/editing' : 'target/shots/editing');
/** The small edition this test makes through the UI is the one the widget's
 *  edition tests show (editions.test.mjs): the download must equal it byte
 *  for byte. UPDATE_EDITIONS=1 writes it instead, after a deliberate change. */
const SMALL = path.resolve('tests/fixtures/editions/small/cppcc-lights-2023.json');

async function openStudio(width = 1100) {
  const page = await site.browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith(site.server.url) && !r.url().startsWith('blob:')) outside.push(r.url()); });
  await page.goto(new URL('studio.html', site.server.url).href);
  await page.waitForSelector('#studio-open', { state: 'attached' });
  return { page, outside };
}

async function openFiles(page, files) {
  await page.setInputFiles('#studio-open', files);
}

/** Selects the `nth` occurrence of `text` in the article (or from `text`
 *  to the end of `until`), as a mouse would. */
async function select(page, text, { nth = 0, until } = {}) {
  const range = await page.evaluate(([text, nth, until]) => {
    const area = document.getElementById('studio-text');
    let at = -1;
    for (let i = 0; i <= nth; i++) at = area.value.indexOf(text, at + 1);
    if (at < 0) return null;
    const end = until ? area.value.indexOf(until, at) + until.length : at + text.length;
    area.focus();
    area.setSelectionRange(at, end);
    return [at, end];
  }, [text, nth, until ?? null]);
  assert.ok(range, `"${text}" is in the article`);
  return range;
}

async function useAs(page, what, text) {
  await select(page, text);
  await page.selectOption('#studio-use-as', what);
  await page.getByRole('button', { name: /^(使用|Use)$/ }).click();
}

const field = (page, p) => page.locator(`[data-path="${p}"]`);
const fill = (page, p, value) => field(page, p).fill(value);
const problems = (page) => page.$$eval('#studio-problems [data-problem-path]', (bs) => bs.map((b) => b.dataset.problemPath));
const blocks = (page) => page.$$eval('.studio-block p', (ps) => ps.map((p) => p.textContent));

/** A screenshot of the part of the studio a step is about (docs/editing.md shows them). */
async function shot(page, name, part) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  if (!part) return page.screenshot({ path: file });
  const element = page.locator(part).first();
  await element.scrollIntoViewIfNeeded();
  // Two frames: what scrolled into view is painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await element.screenshot({ path: file });
}

test('an editor makes an edition from a short article, and validate accepts the download', async () => {
  const { page, outside } = await openStudio();
  await openFiles(page, ARTICLE);
  await page.waitForSelector('#studio-text');
  await shot(page, '1-opened');

  // The column break inside a paragraph (a blank line mid-sentence) is not
  // taken for a paragraph's end.
  const proposed = await blocks(page);
  const lights = proposed.findIndex((b) => b.startsWith('原来，去年10月'));
  assert.ok(lights >= 0 && proposed[lights].includes('“渝事好商量'), proposed.join(' | '));
  // Fix a split: split at the caret, then join again; no text is lost.
  const caret = await page.evaluate(() => {
    const area = document.getElementById('studio-text');
    const at = area.value.indexOf('最终由区政');
    area.setSelectionRange(at, at);
    return at;
  });
  assert.ok(caret > 0);
  await page.locator(`.studio-block[data-block="${lights}"] button`, { hasText: /在光标处拆分|Split at cursor/ }).click();
  const split = await blocks(page);
  assert.equal(split.length, proposed.length + 1);
  assert.ok(split[lights + 1].startsWith('最终由区政协社法委'), split[lights + 1]);
  assert.equal(split[lights] + split[lights + 1], proposed[lights]);
  await page.locator(`.studio-block[data-block="${lights}"] .studio-join`).click();
  assert.deepEqual(await blocks(page), proposed);
  // The heading starts the section; the title and byline stay outside it.
  const heading = proposed.findIndex((b) => b.startsWith('发挥委员主体作用'));
  await page.locator(`.studio-block[data-block="${heading}"] select[data-role]`).selectOption('heading');
  await page.locator(`.studio-block[data-block="${heading}"] select[data-starts]`).selectOption('body');
  // One section: the paragraphs under the heading continue it.
  for (let i = heading + 1; i < proposed.length; i++) {
    await page.locator(`.studio-block[data-block="${i}"] select[data-starts]`).selectOption('none');
  }
  for (let i = 0; i < heading; i++) {
    await page.locator(`.studio-block[data-block="${i}"] select[data-role]`).selectOption('front');
  }
  await shot(page, '2-structure', '.studio-map');

  // The front matter, from selections.
  await useAs(page, 'title', '履职尽责显担当 硕果满枝展芳华');
  await useAs(page, 'subtitle', '——荣昌区政协2023年工作回眸');
  await useAs(page, 'organisation', '融媒体中心');
  await useAs(page, 'reporter', '张 丹');
  await useAs(page, 'correspondent', '胡\n文丽');

  // A figure, from the keyboard: caret, Shift + arrows, Tab to "Figure", Enter.
  const [start] = await select(page, '铜鼓镇刘骥村新安装200余盏路\n灯');
  const length = '铜鼓镇刘骥村新安装200余盏路\n灯'.length;
  await page.evaluate((at) => document.getElementById('studio-text').setSelectionRange(at, at), start);
  for (let i = 0; i < length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'studio-make-figure');
  await page.keyboard.press('Enter');
  // The number found takes focus.
  await page.waitForFunction(() => document.activeElement?.textContent === '200余 盏');
  await shot(page, '3-figure-number', '.studio-article');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.path === 'metrics[0].id', null, { timeout: 5000 });
  assert.equal(await field(page, 'metrics[0].quote.zh').inputValue(), '铜鼓镇刘骥村新安装200余盏路灯', 'the quote is the selection');
  const lamps = CPPCC.metrics.find((m) => m.id === 'lamps-installed');
  await fill(page, 'metrics[0].label.zh', lamps.label.zh);
  await fill(page, 'metrics[0].label.en', lamps.label.en);
  await fill(page, 'metrics[0].unit.en', lamps.unit.en);
  await fill(page, 'metrics[0].quote.en', lamps.quote.en);
  // English agrees with the number: a figure of 1 asks for its unit's
  // singular ("1 lamp"), and the check leads to the field it asks for.
  assert.equal(await field(page, 'metrics[0].unit.en_one').count(), 0, 'nothing asked of 200');
  await fill(page, 'metrics[0].value', '1');
  await field(page, 'metrics[0].unit.en_one').waitFor();
  await page.waitForFunction(() => document.querySelector('#studio-problems [data-problem-path="metrics[0].unit.en_one"]'));
  await fill(page, 'metrics[0].unit.en_one', 'lamp');
  await page.waitForFunction(() => !document.querySelector('#studio-problems [data-problem-path="metrics[0].unit.en_one"]'));
  await fill(page, 'metrics[0].unit.en_one', '');
  await fill(page, 'metrics[0].value', String(lamps.value));
  await field(page, 'metrics[0].unit.en_one').waitFor({ state: 'detached' });
  await shot(page, '4-figure-form', '.studio-figures');

  // An item of month precision: only the dates the quote supports are offered.
  // The map: the figure's quote is highlighted, and choosing it opens the figure;
  // 200 is claimed now, 100 (the lamps donated and claimed) not yet.
  await page.locator('.studio-figures .studio-entry').first().click(); // closes the form
  await page.locator('.studio-mark', { hasText: '200余盏' }).click();
  await page.locator('#studio-figure-0').waitFor();
  const unclaimed = await page.locator('#studio-unclaimed li').allTextContents();
  assert.ok(unclaimed.includes('100') && !unclaimed.includes('200'), unclaimed.join(' '));

  // The item from the keyboard too: the selection, then Enter on "Item".
  await select(page, '去年10月', { until: '夜晚出行难题。' });
  await page.locator('#studio-make-item').focus();
  await page.keyboard.press('Enter');
  const dates = await page.$$eval('.studio-choice', (bs) => bs.map((b) => b.textContent));
  assert.ok(dates.includes('2023年10月'), dates.join(' | '));
  assert.ok(!dates.some((d) => /日$/.test(d)), 'never a day the text does not give');
  await shot(page, '5-item-date', '.studio-article');
  await page.getByRole('button', { name: '2023年10月' }).click();
  await page.waitForSelector('#studio-item-0');
  const consultation = CPPCC.items.find((i) => i.id === 'liuji-lights-consultation');
  await page.locator('[data-path="items[0].kind"]').selectOption({ label: '协商' });
  await fill(page, 'items[0].title.zh', consultation.title.zh);
  await fill(page, 'items[0].title.en', consultation.title.en);
  await fill(page, 'items[0].quote.en', consultation.quote.en);

  // The review's own fields, and the English of every part of the article.
  await fill(page, 'id', 'cppcc-lights');
  await fill(page, 'institution.zh', CPPCC.institution.zh);
  await fill(page, 'institution.en', CPPCC.institution.en);
  await fill(page, 'short_name.zh', CPPCC.short_name.zh);
  await fill(page, 'short_name.en', CPPCC.short_name.en);
  await fill(page, 'title.en', CPPCC.title.en);
  await fill(page, 'subtitle.en', CPPCC.subtitle.en);
  await fill(page, 'byline.organisation.en', CPPCC.byline.organisation.en);
  await fill(page, 'byline.reporters[0].en', CPPCC.byline.reporters[0].en);
  await fill(page, 'byline.correspondents[0].en', CPPCC.byline.correspondents[0].en);
  const members = CPPCC.sections.find((s) => s.id === 'members');
  await fill(page, 'sections[0].label.zh', members.label.zh);
  await fill(page, 'sections[0].label.en', members.label.en);
  await fill(page, 'sections[0].heading.en', members.heading.en);
  await fill(page, 'sections[0].paragraphs[0].en', members.paragraphs[0].en);
  await fill(page, 'sections[0].paragraphs[1].en', members.paragraphs[1].en);
  assert.deepEqual(await problems(page), []);
  await shot(page, '6-checks-pass', '.studio-checks');

  // Save: validate accepts the download, beside its article.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#studio-save').click()]);
  assert.equal(download.suggestedFilename(), 'cppcc-lights-2023.json');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huimou-studio-'));
  fs.mkdirSync(path.join(dir, 'source'));
  fs.copyFileSync(ARTICLE, path.join(dir, 'source', 'article.txt'));
  const saved = path.join(dir, 'cppcc-lights-2023.json');
  await download.saveAs(saved);
  if (process.env.UPDATE_EDITIONS === '1') fs.copyFileSync(saved, SMALL);
  assert.ok(fs.readFileSync(saved).equals(fs.readFileSync(SMALL)), 'the download is the small edition, byte for byte');
  const review = JSON.parse(fs.readFileSync(saved, 'utf8'));
  assert.equal(review.source, 'source/article.txt');
  execFileSync('cargo', ['run', '--quiet', '--bin', 'validate', '--', saved], { stdio: 'pipe' });
  assert.equal(review.metrics[0].value, 200);
  assert.equal(review.metrics[0].qualifier, 'more_than');
  assert.deepEqual(review.items[0].when, { precision: 'month', year: 2023, month: 10 });
  assert.equal(review.sections.length, 1);
  assert.equal(review.sections[0].paragraphs.length, 2);

  // The preview: the widget's own components show the figure and the item.
  const preview = page.locator('.hm-preview');
  await preview.scrollIntoViewIfNeeded();
  assert.ok(await preview.locator('.hm-card', { hasText: lamps.label.zh }).count() >= 1, 'the figure\'s card');
  await shot(page, '7-preview', '.studio-preview');
  await preview.locator('.hm-toolbar button', { hasText: '时间线' }).click();
  await preview.locator('.hm-item', { hasText: consultation.title.zh }).waitFor();
  await preview.locator('.hm-toolbar button', { hasText: '列表' }).click();
  await preview.locator('.hm-list-item', { hasText: consultation.title.zh }).waitFor();
  // In English: the item's English title, then the figure's English label.
  await page.locator('#studio-preview-en').click();
  await preview.locator('.hm-list-item', { hasText: consultation.title.en }).waitFor();
  await preview.locator('.hm-toolbar .hm-segment').first().click();
  await preview.locator('.hm-card', { hasText: lamps.label.en }).first().waitFor();
  await shot(page, '8-preview-english', '.studio-preview');
  assert.deepEqual(outside, [], 'no request leaves the origin');
  fs.rmSync(dir, { recursive: true, force: true });
  await page.close();
});

for (const file of ['cppcc-2023.json', 'npc-2023.json']) {
  test(`${file} with its article, saved without a change, downloads byte for byte`, async () => {
    const { page } = await openStudio();
    await openFiles(page, [path.resolve('data', file), SOURCE]);
    await page.waitForSelector('#studio-text');
    assert.deepEqual(await problems(page), []);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#studio-save').click()]);
    assert.equal(download.suggestedFilename(), file);
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'huimou-studio-')), file);
    await download.saveAs(saved);
    assert.ok(fs.readFileSync(saved).equals(fs.readFileSync(path.resolve('data', file))), 'byte for byte');
    await page.close();
  });
}

test('files dropped on the studio open as the file input\'s do', async () => {
  const { page } = await openStudio();
  const files = [
    { name: 'cppcc-2023.json', text: fs.readFileSync('data/cppcc-2023.json', 'utf8') },
    { name: 'rongchang-2023.txt', text: fs.readFileSync(SOURCE, 'utf8') },
  ];
  await page.evaluate((files) => {
    const data = new DataTransfer();
    for (const f of files) data.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    const target = document.querySelector('.studio-open');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, files);
  await page.waitForSelector('#studio-text');
  assert.equal(await page.locator('.studio-figures .studio-entry').count(), CPPCC.metrics.length);
  assert.deepEqual(await problems(page), []);
  await page.close();
});

test('a repeated passage is anchored to the occurrence selected', async () => {
  const { page } = await openStudio();
  await openFiles(page, ARTICLE);
  await page.waitForSelector('#studio-text');
  await select(page, '100余盏', { nth: 1 });
  await page.locator('#studio-make-figure').click();
  await page.locator('.studio-choice').first().click();
  const quote = await field(page, 'metrics[0].quote.zh').inputValue();
  const article = fs.readFileSync(ARTICLE, 'utf8').replace(/\s/g, '');
  assert.notEqual(quote, '100余盏');
  assert.ok(quote.includes('100余盏'));
  assert.equal(article.indexOf(quote), article.lastIndexOf(quote), 'printed once');
  const second = article.lastIndexOf('100余盏');
  const at = article.indexOf(quote);
  assert.ok(at <= second && second < at + quote.length, `"${quote}" holds the second 100余盏`);
  assert.ok(!(await problems(page)).includes('metrics[0].quote.zh'), 'its quote passes');
  await page.close();
});

test('a hand-edited quote not in the text is reported with its path, which leads to the field', async () => {
  const { page } = await openStudio();
  await openFiles(page, [path.resolve('data/cppcc-2023.json'), SOURCE]);
  await page.waitForSelector('#studio-text');
  await page.locator('.studio-figures .studio-entry').first().click();
  await fill(page, 'metrics[0].quote.zh', '走访企业720家');
  const listed = await problems(page);
  assert.ok(listed.includes('metrics[0].quote.zh'), listed.join(' | '));
  await page.locator('.studio-figures .studio-entry').first().click(); // closed again
  await page.locator('[data-problem-path="metrics[0].quote.zh"]').first().click();
  await page.waitForFunction(() => document.activeElement?.dataset.path === 'metrics[0].quote.zh');
  await shot(page, '9-problem', '.studio-figures');
  await page.close();
});

test('a reload restores the draft; bad files are refused and leave it as it was', async () => {
  const { page } = await openStudio();
  await openFiles(page, ARTICLE);
  await page.waitForSelector('#studio-text');
  await select(page, '铜鼓镇刘骥村新安装200余盏路\n灯');
  await page.locator('#studio-make-figure').click();
  await page.locator('.studio-choice').first().click();
  await fill(page, 'metrics[0].label.zh', '刘骥村新装路灯');
  const stored = () => page.evaluate(() => localStorage.getItem('huimou-studio-draft'));
  const before = await stored();
  assert.ok(before.includes('刘骥村新装路灯'));
  await page.reload();
  await page.waitForSelector('#studio-text');
  assert.match(await page.locator('.studio-figures .studio-entry').first().textContent(), /刘骥村新装路灯/);
  assert.equal(await stored(), before);

  const bad = [
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') },
    { name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from([0xe5, 0x9b, 0x9e, 0xff, 0xfe]) },
    { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(8 * 1024 * 1024 + 1, 0x61) },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  ];
  for (const file of bad) {
    await openFiles(page, [file]);
    await page.locator('#studio-alert', { hasText: file.name }).waitFor();
    assert.equal(await stored(), before, `${file.name} left the draft as it was`);
  }
  await openFiles(page, bad);
  await page.waitForFunction(() => document.querySelectorAll('#studio-alert p').length === 4);
  const alerts = await page.locator('#studio-alert p').allTextContents();
  assert.match(alerts[0], /notes\.json.*不是回眸数据文件/);
  assert.match(alerts[1], /broken\.txt.*UTF-8/);
  assert.match(alerts[2], /huge\.txt.*太大/);
  assert.match(alerts[3], /photo\.png.*\.txt/);
  assert.equal(await stored(), before);
  assert.match(await page.locator('.studio-figures .studio-entry').first().textContent(), /刘骥村新装路灯/);
  await shot(page, '10-refused', '.studio-open');
  await page.close();
});

for (const [scheme, width] of [['light', 1100], ['dark', 375]]) {
  test(`axe finds nothing in the studio (${scheme}, ${width}px), with a figure open`, async () => {
    const { page, outside } = await openStudio(width);
    await page.emulateMedia({ colorScheme: scheme });
    await openFiles(page, [path.resolve('data/npc-2023.json'), SOURCE]);
    await page.waitForSelector('#studio-text');
    if (scheme === 'dark') await page.locator('#studio-dark').click();
    await page.locator('.studio-figures .studio-entry').first().click();
    await page.locator('.studio-items .studio-entry').first().click();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(outside, []);
    await page.close();
  });
}

test('leaving with unsaved changes asks first; once saved, it does not', async () => {
  const { page } = await openStudio();
  await openFiles(page, [path.resolve('data/cppcc-2023.json'), SOURCE]);
  await page.waitForSelector('#studio-text');
  await page.locator('.studio-figures .studio-entry').first().click();
  await fill(page, 'metrics[0].label.en', 'Companies visited (edited)');
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.type()); d.dismiss(); });
  // Leaving (a navigation) is asked about; staying keeps the page and its edit.
  await assert.rejects(page.goto('about:blank'));
  assert.deepEqual(dialogs, ['beforeunload']);
  assert.equal(await field(page, 'metrics[0].label.en').inputValue(), 'Companies visited (edited)', 'the editor stayed');
  await Promise.all([page.waitForEvent('download'), page.locator('#studio-save').click()]);
  await page.goto('about:blank');
  assert.deepEqual(dialogs, ['beforeunload'], 'no question once saved');
  await page.close();
});

test('the studio speaks English as well as Chinese, and says so to assistive technology', async () => {
  const { page } = await openStudio(375);
  await openFiles(page, ARTICLE);
  await page.waitForSelector('#studio-text');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.equal(await page.locator('#studio-open-label').textContent(), '打开文件');
  await page.locator('#studio-ui-lang').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('#studio-open-label').textContent(), 'Open files');
  assert.equal(await page.locator('#studio-make-figure').textContent(), 'Figure');
  assert.equal(await page.locator('#studio-save').textContent(), 'Save JSON');
  // No Chinese in the English UI outside what is marked Chinese (the article, its quotes).
  const stray = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('.studio'), NodeFilter.SHOW_TEXT);
    const found = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (/\p{Script=Han}/u.test(n.textContent) && !n.parentElement.closest('[lang^="zh"]')) found.push(n.textContent.slice(0, 30));
    }
    return found;
  });
  assert.deepEqual(stray, []);
  assert.deepEqual(await axeViolations(page), []);
  await shot(page, '0-english-phone');
  await page.close();
});

test('files that would replace unsaved work ask first; keeping the draft keeps it', async () => {
  const { page } = await openStudio();
  await openFiles(page, ARTICLE);
  await page.waitForSelector('#studio-text');
  await useAs(page, 'title', '履职尽责显担当 硕果满枝展芳华');
  await openFiles(page, [path.resolve('data/npc-2023.json'), SOURCE]);
  await page.locator('#studio-replace').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'studio-keep');
  await page.keyboard.press('Enter');
  await page.locator('#studio-replace').waitFor({ state: 'detached' });
  assert.equal(await field(page, 'title.zh').inputValue(), '履职尽责显担当 硕果满枝展芳华', 'the draft kept');
  await openFiles(page, [path.resolve('data/npc-2023.json'), SOURCE]);
  await page.locator('#studio-replace-draft').click();
  await page.waitForFunction((n) => document.querySelectorAll('.studio-figures .studio-entry').length === n,
    JSON.parse(fs.readFileSync('data/npc-2023.json', 'utf8')).metrics.length);
  assert.deepEqual(await problems(page), []);
  await page.close();
});

test('"part of" offers only figures of the same unit, at least as large', async () => {
  const { page } = await openStudio();
  await openFiles(page, [path.resolve('data/cppcc-2023.json'), SOURCE]);
  await page.waitForSelector('#studio-text');
  const i = CPPCC.metrics.findIndex((m) => m.part_of);
  const part = CPPCC.metrics[i];
  await page.locator('.studio-figures .studio-entry').nth(i).click();
  const offered = await page.locator(`[data-path="metrics[${i}].part_of"] option`).allTextContents();
  const wholes = CPPCC.metrics.filter((m) => m.id !== part.id && m.unit.zh === part.unit.zh && m.value >= part.value);
  assert.equal(offered.length, 1 + wholes.length, offered.join(' | '));
  const chosen = await page.locator(`[data-path="metrics[${i}].part_of"]`).evaluate((s) => s.selectedOptions[0].textContent);
  const whole = CPPCC.metrics.find((m) => m.id === part.part_of);
  assert.match(chosen, new RegExp(whole.label.zh));
  await page.close();
});
