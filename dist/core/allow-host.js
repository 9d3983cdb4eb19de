// Safe by default: load goes only to loopback unless the user allowlists the host.
import { UsageError } from "./errors.js";
export function isLoopbackHost(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (h === 'localhost' || h.endsWith('.localhost'))
        return true;
    if (h === '::1' || h === '0:0:0:0:0:0:0:1')
        return true;
    if (/^::ffff:127\.\d+\.\d+\.\d+$/.test(h))
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
/** Throws a usage error (exit 2) naming the flag, before any request is sent. */
export function assertTargetAllowed(url, allowHosts) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new UsageError(`target "${url}" is not a URL; write e.g. http://127.0.0.1:3000/`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        throw new UsageError(`target "${u.protocol}//${u.host}" must be http: or https:`);
    }
    const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (isLoopbackHost(host))
        return u;
    if (allowHosts.map((h) => h.toLowerCase()).includes(host))
        return u;
    throw new UsageError(`refusing to send load to ${host}: only loopback targets are allowed by default`, `pass --allow-host ${host} (or allowHosts in the config) if you own that host`);
}
export { redactUrl } from "../lib/redact.js";
