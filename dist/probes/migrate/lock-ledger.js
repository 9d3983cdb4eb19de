export class LockLedger {
    open = new Map();
    closed = [];
    waiting = new Map();
    /** Record what was seen while statement `index` ran between `start` and `end`. */
    observe(index, start, end, samples, ownAtEnd = []) {
        let lastMissing = start;
        for (const s of samples) {
            if (s.at < start || s.at > end + 1)
                continue;
            for (const l of s.locks) {
                const key = `${l.oid}/${l.mode}`;
                if (!l.granted) {
                    if (!this.waiting.has(key))
                        this.waiting.set(key, s.at);
                    continue;
                }
                if (!this.open.has(key)) {
                    const waitFrom = this.waiting.get(key);
                    this.open.set(key, {
                        relation: l.relation,
                        mode: l.mode,
                        acquiredAt: s.at,
                        statement: index,
                        waitedMs: waitFrom !== undefined ? s.at - waitFrom : 0,
                    });
                    this.waiting.delete(key);
                }
            }
            lastMissing = s.at;
        }
        for (const l of ownAtEnd) {
            const key = `${l.oid}/${l.mode}`;
            if (l.granted && !this.open.has(key)) {
                const waitFrom = this.waiting.get(key);
                this.open.set(key, {
                    relation: l.relation,
                    mode: l.mode,
                    acquiredAt: lastMissing,
                    statement: index,
                    waitedMs: waitFrom !== undefined ? end - waitFrom : 0,
                });
                this.waiting.delete(key);
            }
        }
    }
    /** The transaction ended at `at`: every open lock is released. */
    release(at) {
        for (const o of this.open.values()) {
            this.closed.push({
                relation: o.relation,
                mode: o.mode,
                heldMs: round(Math.max(0, at - o.acquiredAt)),
                statement: o.statement,
                ...(o.waitedMs > 0 ? { waitedMs: round(o.waitedMs) } : {}),
            });
        }
        this.open.clear();
        this.waiting.clear();
    }
    /** Locks first taken by statement `index`, strongest mode first. */
    locksOf(index) {
        return this.closed.filter((h) => h.statement === index).sort((a, b) => MODE_RANK[b.mode] - MODE_RANK[a.mode] || a.relation.localeCompare(b.relation));
    }
}
/** PostgreSQL's table lock modes, weakest to strongest. */
export const MODE_RANK = {
    AccessShareLock: 1,
    RowShareLock: 2,
    RowExclusiveLock: 3,
    ShareUpdateExclusiveLock: 4,
    ShareLock: 5,
    ShareRowExclusiveLock: 6,
    ExclusiveLock: 7,
    AccessExclusiveLock: 8,
};
function round(ms) {
    return Math.round(ms * 10) / 10;
}
