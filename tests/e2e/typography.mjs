// Typography checks shared by the Chromium (Playwright) and Firefox
// (WebDriver) tests: both run `brokenWords` in the page.

/** The elements whose words must never break inside: units, labels, titles,
 *  banners, kickers, the controls. */
export const WORDY = '.hm-unit, .hm-label, .hm-title, .hm-banner, .hm-card-theme, .hm-institution, .hm-segment, .hm-funnel-label, .hm-funnel-unit, .hm-glance-kicker';

/** Words drawn across a line break: each word of each visible element's text
 *  (English: runs of letters, so a compound may break at its hyphen; Chinese wraps between characters, so its units
 *  and labels have no words to break) compared with its client rects. */
export function brokenWords(selector) {
  const broken = [];
  for (const el of document.querySelectorAll(selector)) {
    if (!el.getClientRects().length) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const m of n.textContent.matchAll(/[A-Za-z][A-Za-z'’]*[A-Za-z]/g)) {
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(`${m[0]} in ${el.className}`);
      }
    }
  }
  return broken;
}

