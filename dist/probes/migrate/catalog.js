export const MIGRATE_CATALOG = {
    migration_duration_ms: { type: 'gauge', description: 'the whole migration set (ms), projected to production rows when a projection was made' },
    lock_access_exclusive_ms: { type: 'gauge', description: 'longest ACCESS EXCLUSIVE lock held on a large table (ms), projected with its statement' },
    table_rewrites: { type: 'counter', description: 'rewrites of large tables (ALTER TYPE, a volatile DEFAULT...)' },
    migrations_failed: { type: 'counter', description: 'migration files that failed' },
    traffic_query_duration: { type: 'trend', description: 'latency (ms) of the --traffic workload while the migrations ran' },
    traffic_lock_wait_ms: { type: 'gauge', description: 'longest time one --traffic query waited for a lock (ms)' },
};
