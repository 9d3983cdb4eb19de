// The `migrate:` section of shipgate.config.* and the `shipgate migrate` flags that set it,
// validated in one schema. What the section names (folders, dataset, dump) is read and
// checked in prepare (./prepare.ts), before anything starts.
import { z } from 'zod';
import { InvalidArgumentError } from 'commander';
import { DurationMs } from "../../lib/duration.js";
import { positiveNumber } from "../../core/flags.js";
export const MigrateConfig = z
    .strictObject({
    /** Folder of NNN_name.sql / NNN_name.up.sql files. */
    migrations: z.string().min(1).optional(),
    /** An external migration tool to time as a whole (gets DATABASE_URL). */
    command: z.string().min(1).optional(),
    /** scenarios/*.dataset.yaml to synthesize. */
    dataset: z.string().min(1).optional(),
    /** A pg_dump file or folder to restore. */
    dump: z.string().min(1).optional(),
    /** A server the user names as scratch; default: shipgate's own throwaway cluster. */
    scratchUrl: z.string().min(1).optional(),
    /** Sizes as fractions of the dataset, e.g. [0.1, 0.3, 1]. */
    scale: z.array(z.number().positive().max(100)).min(1).optional(),
    /** Sizes as row counts of the dataset's largest table (instead of scale). */
    rows: z.array(z.number().int().positive()).min(1).optional(),
    /** Runs per size on fresh copies of the data; each statement keeps its best time. */
    repeat: z.number().int().min(1).max(20).default(1),
    /** Production row counts to project to, per table. */
    prodRows: z.record(z.string(), z.number().int().nonnegative()).default({}),
    /** Run a light read/write workload on the tables while migrations run. */
    traffic: z.boolean().default(false),
    /** Tables at least this large count for the lock and rewrite gates. */
    largeTableRows: z.number().int().nonnegative().default(100_000),
    sampleInterval: DurationMs.default(20).refine((ms) => ms >= 5 && ms <= 50, 'the lock sample interval must be 5ms..50ms'),
    statementTimeout: DurationMs.default(3_600_000),
})
    .refine((c) => c.migrations || c.command, { message: 'set migrations (a folder) or command' })
    .refine((c) => !(c.dataset && c.dump), { message: 'dataset and dump are alternatives: set one' })
    .refine((c) => !(c.scale && c.rows), { message: 'scale and rows are alternatives: set one' })
    .refine((c) => !((c.scale || c.rows) && !c.dataset), { message: 'scale and rows need a dataset to resize' });
/** "0.1,0.3,1" → [0.1, 0.3, 1]. */
export function numberList(value) {
    const nums = value.split(',').map((p) => Number(p.trim()));
    if (!nums.length || nums.some((n) => !Number.isFinite(n) || n <= 0))
        throw new InvalidArgumentError(`"${value}" is not a list of positive numbers, e.g. 0.1,0.3,1`);
    return nums;
}
/** "orders=1000000,users=50000", repeatable: each use adds to the tables before it. */
export function prodRows(value, previous) {
    const out = { ...(previous ?? {}) };
    for (const part of value
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const m = /^([\w.]+)=(\d+)$/.exec(part);
        if (!m)
            throw new InvalidArgumentError(`"${part}" is not table=rows, e.g. orders=1000000`);
        out[m[1]] = Number(m[2]);
    }
    return out;
}
const wholeNumber = (v) => Math.round(positiveNumber(v));
export const MIGRATE_FLAGS = {
    migrations: { flags: '--migrations <dir>', description: 'folder of NNN_name.sql / NNN_name.up.sql migrations', path: 'migrations' },
    command: { flags: '--command <cmd>', description: 'time an external migration tool instead (gets DATABASE_URL)', path: 'command' },
    dataset: { flags: '--dataset <file>', description: 'synthesize this dataset (scenarios/*.dataset.yaml)', path: 'dataset' },
    dump: { flags: '--dump <file>', description: 'restore this pg_dump (custom, directory, tar or plain SQL)', path: 'dump' },
    scratchUrl: {
        flags: '--scratch-url <url>',
        description: 'a scratch server to use (default: a throwaway cluster shipgate starts)',
        path: 'scratchUrl',
        env: 'SHIPGATE_SCRATCH_URL',
    },
    scale: { flags: '--scale <list>', description: 'run at these fractions of the dataset, e.g. 0.1,0.3,1', path: 'scale', parse: numberList },
    rows: {
        flags: '--rows <list>',
        description: 'run at these row counts of the largest table, e.g. 100000,300000,1000000',
        path: 'rows',
        parse: (v) => numberList(v).map(Math.round),
    },
    repeat: {
        flags: '--repeat <n>',
        description: 'run each size N times on fresh copies of the data; each statement keeps its best time',
        path: 'repeat',
        parse: wholeNumber,
    },
    prodRows: {
        flags: '--prod-rows <table=N>',
        description: 'production row count to project to (repeatable, or comma-separated)',
        path: 'prodRows',
        parse: prodRows,
    },
    traffic: { flags: '--traffic', description: 'run a light read/write workload while migrating and measure its latency', path: 'traffic' },
    largeTableRows: {
        flags: '--large-table-rows <n>',
        description: 'tables from this size count as large for the lock and rewrite gates (default 100000)',
        path: 'largeTableRows',
        parse: wholeNumber,
    },
    sampleInterval: { flags: '--sample-interval <d>', description: 'lock sampling interval, 5ms..50ms (default 20ms)', path: 'sampleInterval' },
    statementTimeout: { flags: '--statement-timeout <d>', description: 'cap on one statement (default 1h)', path: 'statementTimeout' },
};
