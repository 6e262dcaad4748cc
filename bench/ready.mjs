// Time to ready, as the page itself sees it, for the benchmarks.
//
// The page records its own ready time: a tiny init script checks `ready`
// once per animation frame (before that frame's layout and paint) and logs
// when it holds. Playwright's waitForFunction would evaluate its injected
// script in the page while it loads: 45-60 ms of main thread at 4x CPU,
// which this benchmark would then charge to the page under test.
export async function watchReady(page, ready) {
  await page.addInitScript(`(() => {
    const ready = ${ready.toString()};
    const frame = () => {
      const at = ready();
      if (at) { window.__benchReady = at; console.debug('bench-ready'); } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })()`);
}
/** Resolves to the page's ready time; call before navigating. */
export async function readyAt(page, timeout) {
  await page.waitForEvent('console', { predicate: (m) => m.text() === 'bench-ready', timeout });
  return page.evaluate(() => window.__benchReady);
}
