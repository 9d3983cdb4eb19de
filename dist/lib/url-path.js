// A page's path and query, the part that stays the same when a loopback site moves port.
export function urlPath(url) {
    try {
        const u = new URL(url);
        return u.pathname + u.search;
    }
    catch {
        return url;
    }
}
