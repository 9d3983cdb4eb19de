// Secrets never appear in output: credentials in URLs, bearer tokens, passwords in
// connection strings and key=value pairs are masked wherever text leaves the process
// (terminal, result.json, every report, logs).
const PATTERNS = [
    // scheme://user:password@host  (postgres://, http://, ...)
    [/([a-z][a-z0-9+.-]*:\/\/)([^/@\s:'"]+):([^/@\s'"]*)@/gi, '$1$2:***@'],
    // Authorization: Bearer xyz / Basic xyz, and bare "Bearer xyz"
    [/\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{4,}/g, '$1 ***'],
    // password=..., passwd: ..., secret=..., token=..., api_key=...
    [/\b((?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key)\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s&;,'"]+)/gi, '$1***'],
];
export function redactText(text) {
    let out = text;
    for (const [re, to] of PATTERNS)
        out = out.replace(re, to);
    return out;
}
/** The URL without its password, for printing. */
export function redactUrl(url) {
    try {
        const u = new URL(url);
        if (u.password)
            u.password = '***';
        return u.toString();
    }
    catch {
        return redactText(url);
    }
}
