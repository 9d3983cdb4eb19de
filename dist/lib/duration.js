// Durations as people write them in configs and flags: "500ms", "10s", "2m", "1h", or a
// plain number of seconds.
import { z } from 'zod';
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
export function parseDurationMs(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) && text >= 0 ? text * 1000 : undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
    if (!m)
        return undefined;
    return Number(m[1]) * UNITS[m[2] ?? 's'];
}
/** A zod field that accepts "10s" or 10 (seconds) and yields milliseconds. */
export const DurationMs = z.union([z.string(), z.number()]).transform((v, ctx) => {
    const ms = parseDurationMs(v);
    if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration; write e.g. 500ms, 10s, 2m` });
        return z.NEVER;
    }
    return ms;
});
export function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${+(ms / 1000).toFixed(1)}s`;
    return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}
