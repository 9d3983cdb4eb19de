// Progress on stderr for every probe: on a terminal one live line per task (a cli-progress
// bar); in CI logs (or when stderr is not a terminal) plain lines, one when a task starts and
// one when it ends; with --quiet nothing.
import cliProgress from 'cli-progress';
import { redactText } from "../lib/redact.js";
export function consoleProgress(opts = {}) {
    const stream = opts.stream ?? process.stderr;
    const tty = Boolean(stream.isTTY) && !process.env.CI;
    const write = (text) => {
        if (!opts.quiet)
            stream.write(redactText(text) + '\n');
    };
    let bar;
    const stopBar = () => {
        bar?.stop();
        bar = undefined;
    };
    return {
        line(text) {
            stopBar();
            write(text);
        },
        task(label) {
            stopBar();
            if (tty && !opts.quiet) {
                bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {status}`, stream, hideCursor: true, clearOnComplete: true, barsize: 20 }, cliProgress.Presets.shades_classic);
                bar.start(1, 0, { status: '' });
            }
            else {
                write(`${label} ...`);
            }
            const mine = bar;
            return {
                update(done, total, status) {
                    if (!mine || bar !== mine)
                        return;
                    mine.setTotal(Math.max(1, total));
                    mine.update(Math.min(done, total), { status: redactText(status) });
                },
                log(line) {
                    if (mine && bar === mine) {
                        // Print above the bar: clear it, write, redraw.
                        stream.write('\r\x1b[2K');
                        write(line);
                        mine.render();
                    }
                    else
                        write(line);
                },
                done(summary) {
                    if (bar === mine)
                        stopBar();
                    write(`${label} ${summary}`);
                },
            };
        },
    };
}
