import type { Block, Cell, ChartBlock, Column, Section } from '../core/report-model.js';
export declare function cellText(c: Cell, col: Column | undefined): string;
export declare function terminalSection(s: Section): string[];
/** A Markdown table cell: pipes escaped, on one line. */
export declare function mdEscape(s: string): string;
export declare function markdownBlock(b: Block): string[];
export declare function markdownSection(s: Section, level?: number): string[];
export declare function esc(s: unknown): string;
export declare function htmlBlock(b: Block): string;
export declare function htmlSection(s: Section): string;
/** A chart block as an ECharts option (plain data, embedded in the page as JSON). */
export declare function echartsOption(c: ChartBlock): Record<string, unknown>;
