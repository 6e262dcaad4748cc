// TimelineJS3 (npm @knight-lab/timelinejs 3.9.11), the reference the
// benchmarks compare against: installed into bench/node_modules on first use,
// served beside the widget with a page that loads `bench/tl-<name>.json`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const bench = path.dirname(new URL(import.meta.url).pathname);

/** Copies TimelineJS3 and its page (`tl.html?n=<name>`) into `site`. */
export function installTimelineJs(site) {
  if (!fs.existsSync(path.join(bench, 'node_modules/@knight-lab/timelinejs'))) {
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: bench, stdio: 'inherit' });
  }
  fs.mkdirSync(path.join(site, 'bench'), { recursive: true });
  fs.cpSync(path.join(bench, 'node_modules/@knight-lab/timelinejs/dist'), path.join(site, 'tl'), { recursive: true });
  fs.writeFileSync(path.join(site, 'tl.html'), `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="tl/css/timeline.css"></head><body>
<div id="timeline-embed" style="width:100%;height:600px"></div>
<script src="tl/js/timeline.js"></script>
<script>
fetch('bench/tl-' + new URLSearchParams(location.search).get('n') + '.json').then(r => r.json()).then(data => {
  window.timeline = new TL.Timeline('timeline-embed', data, { language: 'zh-cn', start_at_slide: 0 });
  window.timeline.on('loaded', () => { window.__ready = performance.now(); });
});
</script></body></html>`);
}

/** The same events in TimelineJS3's format (publication → early 2024, outlook → 2024). */
export function toTimelineJs(reviews) {
  const date = (w) => {
    switch (w.precision) {
      case 'day': return [{ year: w.year, month: w.month, day: w.day }];
      case 'month': return [{ year: w.year, month: w.month }];
      case 'quarter': return [{ year: w.year, month: (w.quarter - 1) * 3 + 1 }, { year: w.year, month: w.quarter * 3 }];
      case 'year': return [{ year: w.year }, { year: w.year, month: 12 }];
      case 'publication': return [{ year: 2024, month: 1 }];
      default: return [{ year: w.year }, { year: w.year, month: 12 }];
    }
  };
  return {
    events: reviews.flatMap((review) => review.items).map((i) => {
      const [start_date, end_date] = date(i.when);
      return { start_date, end_date, unique_id: i.id, text: { headline: i.title.zh, text: i.quote.zh } };
    }),
  };
}
