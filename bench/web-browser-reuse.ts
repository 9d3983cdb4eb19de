// Does reusing one Chromium pay? Times `1 run` and `5 runs` of Lighthouse on the demo's light
// page (desktop), each including the browser launch and close, as `shipgate web` does them.
// Target: 5 runs <= 5.5 x one run. Run: npx tsx bench/web-browser-reuse.ts [page] [device]
import { findBrowser } from '../src/probes/web/browser-path.ts';
import { LighthouseBrowser } from '../src/probes/web/lighthouse-browser.ts';
import { measurePage } from '../src/probes/web/page-runs.ts';
import { startSite } from '../src/probes/web/site-server.ts';
import type { WebDevice } from '../src/probes/web/block.ts';

const path = process.argv[2] ?? '/';
const device = (process.argv[3] ?? 'desktop') as WebDevice;
const browser = await findBrowser();
const site = await startSite('scenarios/demo-site');
const url = new URL(path, site.url).href;

async function timed(runs: number): Promise<{ totalMs: number; runMs: number[] }> {
  const t0 = performance.now();
  const lh = await LighthouseBrowser.launch(browser.path);
  try {
    const page = await measurePage(lh, { url, device, runs });
    if (page.status !== 'ok') throw new Error(page.message);
    return { totalMs: performance.now() - t0, runMs: page.runMs ?? [] };
  } finally {
    await lh.close();
  }
}

try {
  console.log(`Chromium: ${browser.path} (${browser.source}); page ${path}, ${device}`);
  await timed(1); // warm the disk cache, so the first figure is not a cold start
  const one = await timed(1);
  const five = await timed(5);
  const ratio = five.totalMs / one.totalMs;
  console.log(`1 run  (launch + run + close): ${(one.totalMs / 1000).toFixed(1)} s`);
  console.log(`5 runs (one browser):          ${(five.totalMs / 1000).toFixed(1)} s; per run ${five.runMs.map((m) => (m / 1000).toFixed(1)).join(', ')} s`);
  console.log(`ratio: ${ratio.toFixed(2)} x one run (target <= 5.5) ${ratio <= 5.5 ? 'OK' : 'OVER'}`);
} finally {
  await site.close();
}
