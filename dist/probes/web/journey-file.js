// Loading scenarios/*.journey.ts: the default export must be a defineJourney() object; a bad
// one is a usage error naming the file and the field.
import { z } from 'zod';
import { loadFile } from "../../core/load-file.js";
import { UsageError } from "../../core/errors.js";
import { JOURNEY_METRIC_NAME } from "./journey.js";
const fn = z.custom((v) => typeof v === 'function', 'must be a function');
const JourneySchema = z.object({
    name: z.string().min(1),
    start: z.string().min(1),
    marks: z.array(z.string().min(1)).min(2),
    metrics: z.record(z.string().regex(JOURNEY_METRIC_NAME, 'metric names are lower_snake_case'), z.tuple([z.string(), z.string()])),
    steps: fn,
    login: fn.optional(),
    timeoutMs: z.number().positive().optional(),
});
export async function loadJourney(file) {
    const { data } = await loadFile(file, JourneySchema);
    for (const [name, pair] of Object.entries(data.metrics)) {
        const unknown = pair.filter((m) => !data.marks.includes(m));
        if (unknown.length)
            throw new UsageError(`${file}: metrics.${name}: mark ${unknown.join(', ')} is not in marks [${data.marks.join(', ')}]`);
    }
    return data;
}
