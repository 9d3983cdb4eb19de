// Holding one level: the ramp's generator runs for the whole soak while a timer cuts it into
// sample windows. Each window keeps its own latency percentiles (the recorder's histogram is
// reset, so memory stays flat however long the soak), error rate and the target's resources
// at its end, and the generator's health (a window where the generator lagged is left out of
// the latency trend, never silently kept).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { ProgressTask } from '../../core/progress.ts';
import { int, ms, percent } from '../../lib/format.ts';
import { latencyFromHistogram, newLatencyHistogram } from '../../lib/histogram.ts';
import { drive } from '../load/drive.ts';
import { compileFlow } from '../load/flow.ts';
import { GeneratorMonitor, saturationReason, sendLagReason } from '../load/generator-health.ts';
import { readGauge, scrape } from '../load/metrics-scraper.ts';
import { prepareRequest, weightedSequence } from '../load/request-mix.ts';
import { readFdLimit, readProc, TICKS } from '../load/resource-sampler.ts';
import { StepRecorder } from '../load/step-recorder.ts';
import type { OpenTarget } from '../load/target-session.ts';
import type { LoadPrepared } from '../load/index.ts';
import type { SoakProbe, SoakSample } from './block.ts';
import { soakTrends } from './trends.ts';

export interface SoakRunOptions {
  p: LoadPrepared;
  level: number;
  durationMs: number;
  warmupMs: number;
  sampleIntervalMs: number;
  memoryLimitMb?: number;
  opened: OpenTarget;
  signal?: AbortSignal;
  task: ProgressTask;
}

export async function runSoak(o: SoakRunOptions): Promise<Omit<SoakProbe, 'status' | 'target' | 'mode'>> {
  const s = o.p.scenario;
  const target = o.opened.target;
  const requests = weightedSequence(s.endpoints).map((e) => prepareRequest(e, s.headers, target, o.p.feeds));
  const flow = s.flow ? compileFlow(s, target, o.p.feeds ?? []) : undefined;
  const rec = new StepRecorder();
  const total = newLatencyHistogram();
  const totalErrors: Record<string, number> = {};
  let totalRequests = 0;
  let totalFailed = 0;
  const samples: SoakSample[] = [];
  const monitor = new GeneratorMonitor();
  let untrustedWindows = 0;
  const pid = o.opened.targetPid;
  let lastTicks = pid ? readProc(pid)?.ticks : undefined;
  let lastAt = performance.now();
  const t0 = performance.now() + o.warmupMs;
  let genStart: number | undefined;

  const sample = async () => {
    const now = performance.now();
    // The percentiles of this window only; the totals keep every response.
    total.add(rec.histogram);
    const w = rec.rotate();
    const health = monitor.stop();
    monitor.start();
    totalRequests += w.requests;
    for (const [k, v] of Object.entries(w.errors)) {
      totalErrors[k] = (totalErrors[k] ?? 0) + v;
      totalFailed += v;
    }
    const resources: Record<string, number> = {};
    if (pid) {
      const p = readProc(pid);
      if (p) {
        resources['target RSS'] = round(p.rssMB, 1);
        resources['target open files'] = p.fds;
        resources['target threads'] = p.threads;
        if (lastTicks !== undefined) resources['target CPU %'] = round(((p.ticks - lastTicks) / TICKS / ((now - lastAt) / 1000)) * 100, 1);
        lastTicks = p.ticks;
      }
    }
    lastAt = now;
    if (o.opened.db) {
      const d = await o.opened.db.sample().catch(() => undefined);
      if (d) resources['database connections'] = d.connections;
    }
    if (o.opened.metrics) {
      const scraped = await scrape(o.opened.metrics.url).catch(() => undefined);
      for (const g of o.opened.metrics.gauges) {
        const v = scraped ? readGauge(scraped, g.metric) : undefined;
        if (v !== undefined) resources[g.name] = v;
      }
    }
    const gen = process.memoryUsage().rss / 1048576;
    genStart ??= gen;
    // shipgate's own memory, trended like the target's: a generator that grows would be the
    // soak's own leak (its windows reuse one histogram, so it must stay flat).
    resources['shipgate RSS'] = round(gen, 1);
    const untrusted = saturationReason(health) !== undefined;
    if (untrusted) untrustedWindows++;
    const t = round((now - t0) / 1000, 1);
    const windowS = o.sampleIntervalMs / 1000;
    samples.push({
      t,
      requests: w.requests,
      rps: round(w.requests / windowS, 1),
      errorRate: round(w.errorRate, 6),
      latencyMs: w.latencyMs,
      ...(untrusted ? { untrusted: true } : {}),
      resources,
    });
    const rss = resources['target RSS'];
    const line = `${fmtClock(t * 1000)}/${fmtClock(o.durationMs)} · ${int(w.requests / windowS)} req/s · p95 ${ms(w.latencyMs.p95)} · errors ${percent(w.errorRate)}${rss !== undefined ? ` · target RSS ${rss} MB` : ''}${untrusted ? ' · generator lagged' : ''}`;
    o.task.update(Math.round(t), Math.round(o.durationMs / 1000), line);
    // In a CI log, a line a minute is enough to watch a long soak.
    if (samples.length % Math.max(1, Math.round(60_000 / o.sampleIntervalMs)) === 0) o.task.log(line);
  };

  let timer: NodeJS.Timeout | undefined;
  let pending: Promise<void> = Promise.resolve();
  const warm = setTimeout(() => {
    rec.rotate(); // nothing from the warm-up counts
    monitor.start();
    timer = setInterval(() => {
      pending = pending.then(sample);
    }, o.sampleIntervalMs);
  }, o.warmupMs);
  let sendLagMsMean: number | undefined;
  try {
    ({ sendLagMsMean } = await drive(s, {
      target,
      level: o.level,
      warmupMs: o.warmupMs,
      durationMs: o.durationMs,
      requests,
      recorder: rec,
      ...(flow ? { flow } : {}),
      ...(o.signal ? { signal: o.signal } : {}),
    }));
  } finally {
    clearTimeout(warm);
    if (timer) clearInterval(timer);
    monitor.stop();
  }
  await pending;
  const limits = {
    'target RSS': (o.memoryLimitMb ?? memoryLimitMb(pid)) * 0.75, // the playbook's memory target: < 75%
    ...(pid && readFdLimit(pid) ? { 'target open files': readFdLimit(pid)! } : {}),
    ...(o.opened.db ? { 'database connections': o.opened.db.maxConnections ?? Number.POSITIVE_INFINITY } : {}),
  };
  const trends = soakTrends(samples, limits);
  const share = samples.length ? untrustedWindows / samples.length : 1;
  // The generator's own send delay over the soak (late sends, or requests held back for a
  // busy turn): judged as a ramp's step is.
  const lateSends = sendLagReason(s.mode, sendLagMsMean);
  return {
    level: o.level,
    durationS: round(samples.length ? samples[samples.length - 1]!.t : 0, 1),
    warmupS: o.warmupMs / 1000,
    sampleIntervalS: o.sampleIntervalMs / 1000,
    samples,
    trends,
    totals: {
      requests: totalRequests,
      errorRate: totalRequests ? round(totalFailed / totalRequests, 6) : 0,
      errors: totalErrors,
      latencyMs: latencyFromHistogram(total),
    },
    untrustedWindows,
    trusted: samples.length > 0 && share <= 0.1 && !lateSends,
    ...(share > 0.1 || lateSends
      ? {
          untrustedReason: [share > 0.1 ? `the load generator lagged in ${untrustedWindows} of ${samples.length} windows` : undefined, lateSends]
            .filter(Boolean)
            .join('; '),
        }
      : {}),
    ...(genStart !== undefined ? { generatorRssMB: { start: round(genStart, 1), end: round(process.memoryUsage().rss / 1048576, 1) } } : {}),
  };
}

/** The target's cgroup memory limit (v2, then v1), else the machine's memory, in MB. */
function memoryLimitMb(pid: number | undefined): number {
  const machine = os.totalmem() / 1048576;
  if (!pid) return machine;
  try {
    const cg = /^0::(.*)$/m.exec(readFileSync(`/proc/${pid}/cgroup`, 'utf8'))?.[1];
    const raw = cg !== undefined ? readFileSync(`/sys/fs/cgroup${cg}/memory.max`, 'utf8').trim() : 'max';
    const limit = raw === 'max' ? Number.POSITIVE_INFINITY : Number(raw) / 1048576;
    return Math.min(machine, limit);
  } catch {
    return machine;
  }
}

function fmtClock(msTotal: number): string {
  const s = Math.max(0, Math.round(msTotal / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`;
}

function round(n: number, d: number): number {
  const f = 10 ** d;
  return Math.round(n * f) / f;
}
