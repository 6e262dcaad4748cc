// Time to ready, as the page itself sees it, for the benchmarks.
//
// The page records its own ready time: a tiny init script checks `ready`
// once per animation frame (before that frame's layout and paint) and logs
// when it holds. Playwright's waitForFunction would evaluate its injected
// script in the page while it loads: 45-60 ms of main thread at 4x CPU,
// which this benchmark would then charge to the page under test.

/** Opens `url` in `page` and resolves to the page's ready time (its
 *  `performance.now()` when `ready()` first held); rejects after `timeout`. */
export async function loadUntilReady(page, url, ready, timeout) {
  await page.addInitScript(`(() => {
    const ready = ${ready.toString()};
    const frame = () => {
      const at = ready();
      if (at) { window.__benchReady = at; console.debug('bench-ready'); } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })()`);
  // Listening before navigating: the message may come before goto returns.
  const logged = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench-ready', timeout });
  await Promise.all([logged, page.goto(url, { waitUntil: 'commit' })]);
  return page.evaluate(() => window.__benchReady);
}
