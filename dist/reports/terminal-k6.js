import { k6Lines } from "./k6-source.js";
export function k6Terminal(k) {
    if (!k)
        return [];
    const { heading, thresholds, notes } = k6Lines(k);
    return [heading, ...thresholds.filter((t) => t.startsWith('FAILED')).map((t) => `  ${t}`), ...notes.map((n) => `  note: ${n}`)];
}
