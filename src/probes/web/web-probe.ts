// The web probe as `shipgate web` and `shipgate run` call it: find a browser, serve the bundled
// site if there is one, run the journeys (their login cookies go to Lighthouse), then every
// page on every device N times in one shared Chromium. A missing browser or a failed page is a
// probe error (fail closed); what did get measured is kept.
import type { WebJourney, WebPage, WebProbe } from './block.ts';
import { ProbeError, UsageError, errorMessage } from '../../core/errors.ts';
import { findBrowser, type BrowserPath } from './browser-path.ts';
import { LighthouseBrowser } from './lighthouse-browser.ts';
import { measurePage } from './page-runs.ts';
import { launchPlaywright, runJourney } from './journey-runner.ts';
import { startSite, type RunningSite } from './site-server.ts';
import { planPages, type WebConfig } from './web-config.ts';
import { prepareWeb } from './prepare.ts';
import type { Journey } from './journey.ts';
import { checkReachable } from '../../core/reachability.ts';
import { redactUrl } from '../../core/allow-host.ts';

export interface WebEvents {
  browser?(b: BrowserPath): void;
  journeyStart?(name: string, runs: number): void;
  journeyRun?(name: string, run: number, runs: number, ok: boolean): void;
  journeyDone?(j: WebJourney): void;
  /** `index` of `total` page×device, 0-based. */
  pageStart?(url: string, device: string, runs: number, index: number, total: number): void;
  pageRun?(url: string, device: string, run: number, runs: number, ms: number): void;
  pageDone?(p: WebPage): void;
}

export interface WebProbeOptions {
  config: WebConfig;
  /** The journey files as prepare loaded them; loaded (and the URLs checked) here when absent. */
  journeys?: { file: string; journey: Journey }[];
  signal?: AbortSignal;
  events?: WebEvents;
  log?: (line: string) => void;
  /** Tests: where to look for a browser. */
  findBrowser?: typeof findBrowser;
  /** What was measured so far, after each journey and page. */
  onPartial?: (probe: WebProbe) => void;
}

type Cookie = { name: string; value: string; domain: string };

export async function runWebProbe(o: WebProbeOptions): Promise<WebProbe> {
  const c = o.config;
  // Without prepare's journeys, check everything here: a bad file is a usage error (exit 2).
  const journeys = o.journeys ?? (await prepareWeb(c)).journeys;
  const planned = planPages(c);
  const pages: WebPage[] = [];
  const probe: WebProbe = { status: 'ok', pages, ...(journeys.length ? { journeys: [] } : {}) };
  const partial = () => o.onPartial?.({ ...probe, pages: [...pages], ...(probe.journeys ? { journeys: [...probe.journeys] } : {}) });
  let site: RunningSite | undefined;
  let lh: LighthouseBrowser | undefined;
  try {
    const browser = await (o.findBrowser ?? findBrowser)();
    probe.browser = { path: browser.path, source: browser.source };
    o.events?.browser?.(browser);
    if (c.site) {
      site = await startSite(c.site.dir, c.site.routes);
      o.log?.(`serving ${c.site.dir} at ${site.url}`);
    }
    const base = site?.url ?? 'http://127.0.0.1/';
    const cookies: Cookie[] = [];
    if (journeys.length) {
      const pw = await launchPlaywright(browser.path);
      // Ctrl-C closes the browser under a journey run, so a hung step ends now, not at its timeout.
      const stopJourneys = () => void pw.close().catch(() => {});
      o.signal?.addEventListener('abort', stopJourneys, { once: true });
      try {
        probe.browser.version = pw.version();
        for (const { file, journey } of journeys) {
          if (o.signal?.aborted) break;
          o.events?.journeyStart?.(journey.name, c.journeyRuns);
          // Until it ends, the journey is in the block as not finished: an interrupt that ends
          // the probe before the closed browser unwinds the run (or makes it throw) keeps it.
          const at =
            probe.journeys!.push({
              status: 'error',
              message: 'did not finish',
              name: journey.name,
              file,
              url: new URL(journey.start, base).href,
              runs: 0,
              metrics: {},
            }) - 1;
          partial();
          const { result, cookies: got } = await runJourney(pw, {
            journey,
            file,
            baseUrl: base,
            runs: c.journeyRuns,
            ...(o.signal ? { signal: o.signal } : {}),
            onRun: (run, ok) => o.events?.journeyRun?.(journey.name, run, c.journeyRuns, ok),
          });
          probe.journeys![at] = result;
          cookies.push(...got);
          o.events?.journeyDone?.(result);
          partial();
        }
      } finally {
        o.signal?.removeEventListener('abort', stopJourneys);
        await pw.close().catch(() => {});
      }
    }
    if (planned.length && !o.signal?.aborted) {
      lh = await LighthouseBrowser.launch(browser.path);
      const stop = () => void lh?.close();
      o.signal?.addEventListener('abort', stop, { once: true });
      try {
        for (const [index, { url: page, device, runs }] of planned.entries()) {
          // A crashed browser fails every page after it at once: stop, the reason is already recorded.
          if (o.signal?.aborted || lh.crashed) break;
          const url = new URL(page, base).href;
          o.events?.pageStart?.(url, device, runs, index, planned.length);
          const done = (p: WebPage) => {
            pages.push(p);
            o.events?.pageDone?.(p);
            partial();
          };
          const header = cookieHeader(cookies, url);
          // One plain request first: a page that is down is one clear line, not N Lighthouse errors.
          const down = await unreachable(url, header, c.pageTimeout, o.signal);
          if (down) {
            done({ status: 'error', message: down, url: redactUrl(url), device, runs: 0, metrics: {} });
            continue;
          }
          done(
            await measurePage(lh, {
              url,
              device,
              runs,
              pageTimeoutMs: c.pageTimeout,
              ...(header ? { extraHeaders: { Cookie: header }, cookiesFrom: journeysWithLogin(journeys) } : {}),
              ...(o.signal ? { signal: o.signal } : {}),
              onRun: (run, ms) => o.events?.pageRun?.(url, device, run, runs, ms),
            }),
          );
        }
      } finally {
        o.signal?.removeEventListener('abort', stop);
      }
    }
    return withStatus(probe, o.signal);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const message = err instanceof ProbeError ? err.message : `unexpected failure: ${errorMessage(err)}`;
    return { ...probe, status: 'error', message };
  } finally {
    await lh?.close().catch(() => {});
    await site?.close();
  }
}

/** The probe fails closed when any page or journey could not be measured, or it was stopped. */
function withStatus(probe: WebProbe, signal?: AbortSignal): WebProbe {
  const failed: (WebPage | WebJourney)[] = [...(probe.pages ?? []), ...(probe.journeys ?? [])].filter((x) => x.status === 'error');
  if (signal?.aborted) return { ...probe, status: 'error', message: `stopped before the web runs finished: ${errorMessage(signal.reason)}` };
  if (failed.length) {
    const first = failed[0]!;
    const what = 'device' in first ? `${first.device} ${first.url}` : `journey ${first.name}`;
    return { ...probe, status: 'error', message: `${failed.length} could not be measured; ${what}: ${first.message ?? 'failed'}` };
  }
  return probe;
}

/** Cookie header for a page: the login cookies whose domain covers the page's host. */
export function cookieHeader(cookies: Cookie[], url: string): string | undefined {
  const host = new URL(url).hostname;
  const match = cookies.filter((c) => {
    const d = c.domain.replace(/^\./, '');
    return host === d || host.endsWith(`.${d}`);
  });
  return match.length ? match.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
}

async function unreachable(url: string, cookie: string | undefined, timeoutMs: number, signal?: AbortSignal): Promise<string | undefined> {
  try {
    await checkReachable(url, { method: 'GET', path: url, headers: cookie ? { cookie } : {} }, timeoutMs, signal);
    return undefined;
  } catch (err) {
    return errorMessage(err);
  }
}

function journeysWithLogin(journeys: { journey: Journey }[]): string {
  return journeys
    .filter((j) => j.journey.login)
    .map((j) => j.journey.name)
    .join(', ');
}
