import type { WebEvents } from '../probes/web/web-probe.js';
export declare function webProgress(total: {
    pageRuns: number;
    journeyRuns: number;
}, stream?: NodeJS.WriteStream): WebEvents;
