// One number formatter for every report: a value and its unit in, text out. Terminal,
// Markdown and HTML all show numbers through it, so 205.57760000000002 never reaches a page.
/** How a number is shown. `text` cells are shown as they are. */
export type Unit = 'ms' | 'bytes' | 'kb' | 'mb' | 'pct' | 'ratio' | 'count' | 'rps' | 'number' | 'text';

export function formatValue(v: number | null | undefined, unit: Unit): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  switch (unit) {
    case 'ms':
      return ms(v);
    case 'bytes':
      return bytes(v);
    case 'kb':
      return `${round(v)} KB`;
    case 'mb':
      return `${round(v)} MB`;
    case 'pct':
      return `${round(v)}%`;
    case 'ratio':
      return percent(v);
    case 'count':
      return int(v);
    case 'rps':
      return `${int(v)}/s`;
    case 'number':
    case 'text':
      return round(v);
  }
}

export function ms(n: number | undefined): string {
  if (n === undefined || Number.isNaN(n)) return '–';
  if (Math.abs(n) >= 1000) return `${(n / 1000).toFixed(2)} s`;
  if (Math.abs(n) >= 100) return `${Math.round(n)} ms`;
  return `${n.toFixed(1)} ms`;
}

/** A fraction as a percentage: 0.00312 → "0.31%". */
export function percent(x: number): string {
  const v = x * 100;
  if (v === 0) return '0%';
  if (Math.abs(v) < 0.01) return '<0.01%';
  return `${Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2)}%`;
}

export function int(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function bytes(n: number): string {
  if (Math.abs(n) >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(2)} MB`;
  if (Math.abs(n) >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${int(n)} B`;
}

/** A plain number with as many digits as it needs: 205.5776 → "206", 3.14159 → "3.14", 0.01234 → "0.0123". */
export function round(n: number): string {
  if (Number.isInteger(n)) return int(n);
  if (Math.abs(n) >= 100) return int(n);
  if (Math.abs(n) >= 1) return String(+n.toFixed(2));
  return String(+n.toPrecision(3));
}

/** A gate's actual value in messages: as the metric reads, without float noise. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  if (Math.abs(n) >= 100) return n.toFixed(1);
  if (Math.abs(n) >= 1) return n.toFixed(2);
  return n.toPrecision(3);
}
