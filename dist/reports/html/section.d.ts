export interface ChartSpec {
    /** id of the <div> the chart draws into. */
    el: string;
    /** An ECharts option object (plain data: it is embedded as JSON). */
    option: Record<string, unknown>;
}
export interface HtmlSection {
    id: string;
    title: string;
    html: string;
    charts?: ChartSpec[];
}
export interface SignoffInfo {
    by: string;
    at: string;
    verdict: string;
    commit?: string;
    note?: string;
    override?: string;
}
export interface ReportExtras {
    signoff?: SignoffInfo;
    /** Set when result.json no longer matches the signed hash. */
    tampered?: string;
}
export declare function esc(s: unknown): string;
export declare function chartDiv(id: string, height?: number): string;
export declare function table(head: string[], rows: (string | number)[][], cls?: string): string;
