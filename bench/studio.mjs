// How the studio answers typing with a whole 2023 review open: every
// keystroke runs the checks (validate), keeps the draft and redraws the
// preview. Prints the Event Timing API's durations (input to next paint) of
// the keystrokes into a figure's English label; a figure, not a test.
//
//     node bench/studio.mjs [cpu slowdown, default 1]
import path from 'node:path';
import { launchChromium } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';

const slowdown = Number(process.argv[2] ?? 1);
const server = await serve(path.resolve('dist'));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
await page.goto(new URL('studio.html', server.url).href);
await page.setInputFiles('#studio-open', [path.resolve('data/npc-2023.json'), path.resolve('data/source/rongchang-2023.txt')]);
await page.waitForSelector('#studio-text');
await page.locator('.studio-figures .studio-entry').first().click();
const field = page.locator('[data-path="metrics[0].label.en"]');
await field.click();
await page.keyboard.press('End');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
await page.evaluate(() => {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown' || e.name === 'input') window.__events.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
});
const typed = ' (checked)';
for (const key of typed) {
  await page.keyboard.type(key);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
const durations = (await page.evaluate(() => window.__events)).sort((a, b) => a - b);
const median = durations[Math.floor(durations.length / 2)] ?? 0;
console.log(`studio, npc-2023.json open, ${typed.length} keystrokes at ${slowdown}x CPU:`);
console.log(`  events over 16 ms: ${durations.length} (keydown and input); median ${median} ms, worst ${durations.at(-1) ?? 0} ms`);
console.log(`  the field holds: ${await field.inputValue()}`);
await browser.close();
await server.close();
