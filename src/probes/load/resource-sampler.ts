// Resources per step, sampled cheaply from /proc every 500 ms during the measured window:
// the machine (CPU, memory, load average, with the generator's own share apart) and, when
// known, the target process (CPU, RSS, open file descriptors). Linux only; elsewhere the
// machine figures come from node:os and the target is not sampled.
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import type { StepResources as StepResourcesSchema } from './block.ts';
import type { DbSampler } from './db-sampler.ts';
import { readGauge, scrape, type GaugeSpec } from './metrics-scraper.ts';

export interface Stat {
  mean: number;
  max: number;
}

export type StepResources = StepResourcesSchema;

export interface SamplerOptions {
  targetPid?: number;
  db?: DbSampler;
  metrics?: { url: string; gauges: GaugeSpec[] };
  intervalMs?: number;
}

export const TICKS = 100; // USER_HZ on Linux

function readCpuTicks(): { total: number; idle: number } | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (f[3] ?? 0) + (f[4] ?? 0);
    return { total: f.reduce((a, b) => a + b, 0), idle };
  } catch {
    return undefined;
  }
}

/** The soft limit on open files of a process (from /proc/PID/limits). */
export function readFdLimit(pid: number): number | undefined {
  try {
    const m = /^Max open files\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** A process's CPU ticks (user + system), RSS, open files and threads, from /proc. */
export function readProc(pid: number): { ticks: number; rssMB: number; fds: number; threads: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]);
    const rssPages = Number(f[21]);
    const fds = readdirSync(`/proc/${pid}/fd`).length;
    return { ticks, rssMB: (rssPages * 4096) / 1048576, fds, threads: Number(f[17]) };
  } catch {
    return undefined;
  }
}

class Acc {
  private sum = 0;
  private n = 0;
  private hi = 0;
  add(v: number): void {
    this.sum += v;
    this.n++;
    this.hi = Math.max(this.hi, v);
  }
  stat(): Stat {
    return { mean: round(this.n ? this.sum / this.n : 0), max: round(this.hi) };
  }
}

export class ResourceSampler {
  private timer: NodeJS.Timeout | undefined;
  private samples = 0;
  private cpu = new Acc();
  private mem = new Acc();
  private load = new Acc();
  private gen = new Acc();
  private tCpu = new Acc();
  private tRss = new Acc();
  private tFds = new Acc();
  private lastCpu = readCpuTicks();
  private lastGen = process.cpuUsage();
  private lastT: { ticks: number; at: number } | undefined;
  private lastAt = performance.now();
  private readonly cores = os.cpus().length || 1;
  private readonly targetPid: number | undefined;
  private readonly intervalMs: number;
  private dbConn = new Acc();
  private dbWait = new Acc();
  private dbSlow = 0;
  private dbSamples = 0;
  private gauges = new Map<string, { acc: Acc; limit?: number; unit?: string }>();
  private pending: Promise<void>[] = [];
  private errors = new Set<string>();

  constructor(private readonly o: SamplerOptions = {}) {
    this.targetPid = o.targetPid;
    this.intervalMs = o.intervalMs ?? 500;
  }

  async start(): Promise<void> {
    this.reset();
    await this.o.db?.stepStart().catch(() => undefined);
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  /** Database and metrics endpoint: sampled alongside, never blocking the tick. */
  private sampleAsync(): void {
    const db = this.o.db;
    if (db) {
      this.pending.push(
        db.sample().then(
          (d) => {
            if (!d) return;
            this.dbConn.add(d.connections);
            this.dbWait.add(d.waiting);
            this.dbSlow = Math.max(this.dbSlow, d.slow);
            this.dbSamples++;
          },
          (err: Error) => void this.errors.add(`database sampling: ${err.message}`),
        ),
      );
    }
    const m = this.o.metrics;
    if (m) {
      this.pending.push(
        scrape(m.url).then(
          (samples) => {
            for (const g of m.gauges) {
              const v = readGauge(samples, g.metric);
              if (v === undefined) continue;
              const limit = typeof g.limit === 'string' ? readGauge(samples, g.limit) : g.limit;
              const entry = this.gauges.get(g.name) ?? { acc: new Acc(), ...(g.unit ? { unit: g.unit } : {}) };
              entry.acc.add(v);
              if (limit !== undefined) entry.limit = limit;
              this.gauges.set(g.name, entry);
            }
          },
          (err: Error) => void this.errors.add(`metrics scrape: ${err.message}`),
        ),
      );
    }
  }

  private reset(): void {
    this.lastCpu = readCpuTicks();
    this.lastGen = process.cpuUsage();
    this.lastAt = performance.now();
    const t = this.targetPid ? readProc(this.targetPid) : undefined;
    this.lastT = t ? { ticks: t.ticks, at: this.lastAt } : undefined;
  }

  private sample(): void {
    const now = performance.now();
    const wallS = (now - this.lastAt) / 1000;
    if (wallS <= 0) return;
    const cpu = readCpuTicks();
    if (cpu && this.lastCpu && cpu.total > this.lastCpu.total) {
      const dt = cpu.total - this.lastCpu.total;
      this.cpu.add(100 * (1 - (cpu.idle - this.lastCpu.idle) / dt));
    } else {
      this.cpu.add(Math.min(100, (os.loadavg()[0]! / this.cores) * 100));
    }
    this.lastCpu = cpu;
    this.mem.add(100 * (1 - os.freemem() / os.totalmem()));
    this.load.add(os.loadavg()[0]!);
    const g = process.cpuUsage(this.lastGen);
    this.gen.add(((g.user + g.system) / 1e6 / wallS / this.cores) * 100);
    this.lastGen = process.cpuUsage();
    if (this.targetPid) {
      const t = readProc(this.targetPid);
      if (t) {
        if (this.lastT) this.tCpu.add(((t.ticks - this.lastT.ticks) / TICKS / wallS) * 100);
        this.tRss.add(t.rssMB);
        this.tFds.add(t.fds);
        this.lastT = { ticks: t.ticks, at: now };
      }
    }
    this.lastAt = now;
    this.samples++;
    this.sampleAsync();
  }

  async stop(): Promise<StepResources> {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    await Promise.allSettled(this.pending);
    const top = this.o.db ? await this.o.db.topStatements().catch(() => undefined) : undefined;
    const fdLimit = this.targetPid ? readFdLimit(this.targetPid) : undefined;
    return {
      samples: this.samples,
      machine: {
        cpuPercent: this.cpu.stat(),
        memPercent: this.mem.stat(),
        load1: this.load.stat(),
        cores: this.cores,
        memTotalMB: Math.round(os.totalmem() / 1048576),
      },
      generator: { cpuPercent: this.gen.stat() },
      ...(this.targetPid && this.lastT
        ? { target: { pid: this.targetPid, cpuPercent: this.tCpu.stat(), rssMB: this.tRss.stat(), fds: this.tFds.stat(), ...(fdLimit ? { fdLimit } : {}) } }
        : {}),
      ...(this.gauges.size
        ? {
            gauges: Object.fromEntries(
              [...this.gauges].map(([k, g]) => [
                k,
                { ...g.acc.stat(), ...(g.limit !== undefined ? { limit: g.limit } : {}), ...(g.unit ? { unit: g.unit } : {}) },
              ]),
            ),
          }
        : {}),
      ...(this.o.db && this.dbSamples
        ? {
            db: {
              connections: this.dbConn.stat(),
              maxConnections: this.o.db.maxConnections,
              waiting: this.dbWait.stat(),
              slowQueries: this.dbSlow,
              ...(top ? { topStatements: top } : {}),
              ...(this.o.db.note ? { note: this.o.db.note } : {}),
            },
          }
        : {}),
      ...(this.errors.size ? { errors: [...this.errors] } : {}),
    };
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
