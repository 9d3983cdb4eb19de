import type { Page } from 'playwright-core';
export interface JourneyContext<M extends string> {
    page: Page;
    /** The site's origin, e.g. http://127.0.0.1:4173 (journey URLs may be relative to it). */
    baseUrl: string;
    /** Record "now" under a declared mark name. */
    mark(name: NoInfer<M>): void;
}
export interface Journey<M extends string = string> {
    name: string;
    /** Where each run starts: absolute, or relative to the site's base URL. */
    start: string;
    marks: readonly M[];
    /** `marks` alone decides the mark names; a typo here or in mark() is a type error. */
    metrics: Record<string, readonly [NoInfer<M>, NoInfer<M>]>;
    steps(ctx: JourneyContext<M>): Promise<void>;
    login?(ctx: {
        page: Page;
        baseUrl: string;
    }): Promise<void>;
    /** Per-run cap (ms); default 30 s. */
    timeoutMs?: number;
}
export declare function defineJourney<const M extends string>(journey: Journey<M>): Journey<M>;
/** The metric names a journey defines must be usable in a gate (`journey.<name>`). */
export declare const JOURNEY_METRIC_NAME: RegExp;
