// Resources per step, sampled cheaply from /proc every 500 ms during the measured window:
// the machine (CPU, memory, load average, with the generator's own share apart) and, when
// known, the target process (CPU, RSS, open file descriptors). Linux only; elsewhere the
// machine figures come from node:os and the target is not sampled.
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';

export interface Stat {
  mean: number;
  max: number;
}

export interface StepResources {
  samples: number;
  machine: { cpuPercent: Stat; memPercent: Stat; load1: Stat; cores: number; memTotalMB: number };
  generator: { cpuPercent: Stat };
  target?: { pid: number; cpuPercent: Stat; rssMB: Stat; fds: Stat };
}

const TICKS = 100; // USER_HZ on Linux

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

function readProc(pid: number): { ticks: number; rssMB: number; fds: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]);
    const rssPages = Number(f[21]);
    const fds = readdirSync(`/proc/${pid}/fd`).length;
    return { ticks, rssMB: (rssPages * 4096) / 1048576, fds };
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

  constructor(
    private readonly targetPid?: number,
    private readonly intervalMs = 500,
  ) {}

  start(): void {
    this.reset();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
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
        if (this.lastT) this.tCpu.add((((t.ticks - this.lastT.ticks) / TICKS) / wallS) * 100);
        this.tRss.add(t.rssMB);
        this.tFds.add(t.fds);
        this.lastT = { ticks: t.ticks, at: now };
      }
    }
    this.lastAt = now;
    this.samples++;
  }

  stop(): StepResources {
    if (this.timer) clearInterval(this.timer);
    this.sample();
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
        ? { target: { pid: this.targetPid, cpuPercent: this.tCpu.stat(), rssMB: this.tRss.stat(), fds: this.tFds.stat() } }
        : {}),
    };
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
