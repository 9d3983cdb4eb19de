import { urlPath } from "../lib/url-path.js";
export function webProgress(total, stream = process.stderr) {
    const tty = Boolean(stream.isTTY) && !process.env.CI;
    let done = 0;
    const all = total.pageRuns + total.journeyRuns;
    const show = (text, last) => {
        done++;
        const line = `[${done}/${all}] ${text}`;
        if (tty)
            stream.write(`\r\x1b[2K${line}${last || done === all ? '\n' : ''}`);
        else
            stream.write(line + '\n');
    };
    return {
        browser(b) {
            stream.write(`web: Chromium ${b.path} (${b.source})\n`);
        },
        journeyRun(name, run, runs, ok) {
            show(`journey ${name} run ${run}/${runs}${ok ? '' : ' FAILED'}`, run === runs);
        },
        pageRun(url, device, run, runs, ms) {
            show(`lighthouse ${device} ${urlPath(url)} run ${run}/${runs} (${(ms / 1000).toFixed(1)} s)`, run === runs);
        },
    };
}
