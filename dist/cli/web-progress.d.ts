import type { WebEvents } from '../probes/web/web-probe.ts';
export declare function webProgress(total: {
    pageRuns: number;
    journeyRuns: number;
}, stream?: NodeJS.WriteStream): WebEvents;
