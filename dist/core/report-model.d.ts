import type { Unit } from '../lib/format.js';
/** How a column's numbers are shown (ms, bytes, ratio...); `text` cells are shown as they are. */
export type { Unit };
export type Tone = 'good' | 'warn' | 'bad' | 'muted';
/**
 * A cell: a number in its column's unit, text, or text with a tone (a verdict, a status), and
 * optionally a link (an advisory's page): Markdown and HTML link it, a terminal shows the text.
 */
/** A cell: a number in its column's unit, text, or text with a tone (a verdict, a status),
 * an icon shown before it in every format, a code face, or a link. */
export type Cell = number | string | null | {
    text: string;
    tone?: Tone;
    icon?: string;
    code?: boolean;
    href?: string;
};
export interface Column {
    label: string;
    unit: Unit;
    /** Shown on a terminal too (default true); wide detail columns may say false. */
    terminal?: boolean;
}
export interface TableBlock {
    kind: 'table';
    title?: string;
    columns: Column[];
    rows: Cell[][];
    /** Shown when there are no rows. */
    empty?: string;
    /** On a terminal, at most this many rows, then "… N more in report.md". */
    terminalRows?: number;
}
export interface NoteBlock {
    kind: 'note';
    text: string;
    tone?: Tone;
    /** Shown on a terminal too (default false: notes are for the written reports). */
    terminal?: boolean;
}
/** Label → value pairs, e.g. resources at the knee. */
export interface FactsBlock {
    kind: 'facts';
    title?: string;
    items: {
        label: string;
        value: Cell;
        unit?: Unit;
    }[];
}
export interface ChartSeries {
    name: string;
    type: 'line' | 'bar' | 'scatter';
    /** [x, y] points; y null is a gap (a stat that was not measured), never a zero. */
    data: [number | string, number | null][];
    /** 1 = the right-hand axis. */
    axis?: 0 | 1;
    color?: string;
    /** A tone per point (parallel to data): e.g. each bar coloured by its outcome. */
    tones?: (Tone | undefined)[];
    dashed?: boolean;
    smooth?: boolean;
    showSymbol?: boolean;
}
export interface ChartMark {
    /** A vertical line at x, or a band from x to x2. */
    x: number | string;
    x2?: number | string;
    label: string;
    tone?: Tone;
}
/** A small chart language: the HTML renderer turns it into an ECharts option. */
export interface ChartBlock {
    kind: 'chart';
    /** Unique within the report, e.g. "load-latency". */
    id: string;
    title: string;
    x: {
        name: string;
        type: 'value' | 'category' | 'time';
        categories?: string[];
    };
    y: {
        name: string;
        min?: number;
        max?: number;
    }[];
    series: ChartSeries[];
    marks?: ChartMark[];
    /** Category charts with many rows (a bar per metric) grow with them. */
    height?: number;
    horizontal?: boolean;
}
export type Block = TableBlock | NoteBlock | FactsBlock | ChartBlock;
export interface Section {
    /** Anchor id, e.g. "load". */
    id: string;
    title: string;
    /** One line for the terminal and the top of the section. */
    headline?: {
        text: string;
        tone?: Tone;
    };
    blocks: Block[];
}
