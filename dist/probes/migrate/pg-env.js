// Connection settings for PostgreSQL's own client programs (pg_restore, psql, a migration
// tool) passed through the environment, so a password never appears on a command line.
export function pgEnv(url) {
    const u = new URL(url);
    const env = {
        PGHOST: decodeURIComponent(u.hostname.replace(/^\[|\]$/g, '')),
        PGPORT: u.port || '5432',
        PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
    };
    if (u.username)
        env.PGUSER = decodeURIComponent(u.username);
    if (u.password)
        env.PGPASSWORD = decodeURIComponent(u.password);
    const ssl = u.searchParams.get('sslmode');
    if (ssl)
        env.PGSSLMODE = ssl;
    return env;
}
