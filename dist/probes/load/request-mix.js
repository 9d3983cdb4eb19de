/**
 * The path a request goes to. The target's path is where the load goes (`--target
 * http://h/rate/` loads `/rate/`); a scenario path is appended to it, as Artillery, Gatling
 * and Locust append request paths to their base URL (`http://h/api` + `/items` = `/api/items`).
 */
export function requestPath(target, path) {
    const t = new URL(target);
    if (path === undefined)
        return `${t.pathname}${t.search}`;
    const base = t.pathname.replace(/\/+$/, '');
    return `${base}${path}`;
}
/** Credentials in the target URL become Basic auth, as curl and browsers send them. */
function basicAuth(target) {
    const t = new URL(target);
    if (!t.username && !t.password)
        return {};
    const raw = `${decodeURIComponent(t.username)}:${decodeURIComponent(t.password)}`;
    return { authorization: `Basic ${Buffer.from(raw).toString('base64')}` };
}
export function prepareRequest(e, common, target) {
    const headers = { ...basicAuth(target), ...common, ...e.headers };
    let body;
    if (typeof e.body === 'string')
        body = e.body;
    else if (e.body !== undefined) {
        body = JSON.stringify(e.body);
        if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
            headers['content-type'] = 'application/json';
    }
    const path = requestPath(target, e.path);
    return { name: e.name ?? `${e.method} ${path}`, method: e.method, path, headers, ...(body !== undefined ? { body } : {}) };
}
/** One cycle of the mix: each endpoint appears `weight` times, spread out evenly. */
export function weightedSequence(items) {
    const total = items.reduce((s, i) => s + i.weight, 0);
    const current = items.map(() => 0);
    const out = [];
    for (let n = 0; n < total; n++) {
        let best = 0;
        items.forEach((item, i) => {
            current[i] += item.weight;
            if (current[i] > current[best])
                best = i;
        });
        current[best] -= total;
        out.push(items[best]);
    }
    return out;
}
