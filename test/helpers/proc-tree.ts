// Process trees from /proc (Linux): which processes a CLI run started, and whether any is
// still alive after it exited. Zombies count as gone: they hold no resources but a pid.
import { readdirSync, readFileSync } from 'node:fs';

interface Proc {
  pid: number;
  ppid: number;
  pgid: number;
  state: string;
  cmdline: string;
}

function readProc(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: fields follow the last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    return { pid, ppid: Number(rest[1]), pgid: Number(rest[2]), state: rest[0]!, cmdline };
  } catch {
    return undefined;
  }
}

function allProcs(): Proc[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readProc(Number(d)))
    .filter((p): p is Proc => Boolean(p));
}

/** Every live process below `root` (children, grandchildren, ...). */
export function descendants(root: number): Proc[] {
  const procs = allProcs();
  const out: Proc[] = [];
  let frontier = [root];
  while (frontier.length) {
    const kids = procs.filter((p) => frontier.includes(p.ppid) && p.state !== 'Z');
    out.push(...kids);
    frontier = kids.map((k) => k.pid);
  }
  return out;
}

/** The given processes that still run (same pid, same command line, not a zombie). */
export function stillAlive(procs: Proc[]): Proc[] {
  return procs.filter((p) => {
    const now = readProc(p.pid);
    return now !== undefined && now.state !== 'Z' && now.cmdline === p.cmdline;
  });
}

/** Waits until a process below `root` matches, e.g. /chrom/ or /npm/. */
export async function waitForDescendant(root: number, re: RegExp, timeoutMs = 20_000): Promise<Proc[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = descendants(root).filter((p) => re.test(p.cmdline));
    if (found.length) return found;
    if (Date.now() > until) throw new Error(`no process matching ${re} below ${root}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
