// Flag value parsers: a bad value is a usage error (exit 2) naming the value.
import { InvalidArgumentError } from 'commander';
import { parseDurationMs } from "../lib/duration.js";
export function intList(value) {
    const parts = value
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    const nums = parts.map(Number);
    if (!parts.length || nums.some((n) => !Number.isInteger(n) || n <= 0)) {
        throw new InvalidArgumentError(`"${value}" is not a list of positive whole numbers, e.g. 10,20,40`);
    }
    return nums;
}
export function positiveNumber(value) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
        throw new InvalidArgumentError(`"${value}" is not a positive number`);
    return n;
}
export function collect(value, previous) {
    return [...(previous ?? []), value];
}
/** "90s", "2m", "1h" or seconds, as milliseconds; anything else is a usage error, never the default. */
export function duration(value) {
    const ms = parseDurationMs(value);
    if (ms === undefined || ms <= 0)
        throw new InvalidArgumentError(`"${value}" is not a duration; write e.g. 90s, 20m, 2h`);
    return ms;
}
