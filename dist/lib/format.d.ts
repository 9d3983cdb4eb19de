/** How a number is shown. `text` cells are shown as they are. */
export type Unit = 'ms' | 'bytes' | 'kb' | 'mb' | 'pct' | 'ratio' | 'count' | 'rps' | 'number' | 'text';
export declare function formatValue(v: number | null | undefined, unit: Unit): string;
export declare function ms(n: number | undefined): string;
/** A fraction as a percentage: 0.00312 → "0.31%". */
export declare function percent(x: number): string;
export declare function int(n: number): string;
export declare function bytes(n: number): string;
/** A plain number with as many digits as it needs: 205.5776 → "206", 3.14159 → "3.14", 0.01234 → "0.0123". */
export declare function round(n: number): string;
/** A gate's actual value in messages: as the metric reads, without float noise. */
export declare function formatNumber(n: number): string;
