// Progress for `shipgate migrate` on stderr: on a terminal one updating line (rows
// synthesized, statements done); in CI logs plain lines.
import cliProgress from 'cli-progress';
import { int, ms } from "../reports/format.js";
export function migrateProgress(stream = process.stderr) {
    const tty = Boolean(stream.isTTY) && !process.env.CI;
    let bar;
    const startBar = (format, total) => {
        bar?.stop();
        bar = new cliProgress.SingleBar({ format, stream, hideCursor: true, clearOnComplete: true, barsize: 20 }, cliProgress.Presets.shades_classic);
        bar.start(Math.max(1, total), 0);
    };
    const stopBar = () => {
        bar?.stop();
        bar = undefined;
    };
    const say = (line) => {
        stopBar();
        stream.write(line + '\n');
    };
    return {
        server: (version, where) => say(`scratch server: ${version.split(' on ')[0]} — ${where}`),
        buildStart: (scale, i, total) => total > 1 && say(`building size ${i + 1}/${total}: scale ${scale}`),
        passStart: (scale, i, total, round, rounds) => (total > 1 || rounds > 1) && say(`running migrations at scale ${scale}${rounds > 1 ? ` (round ${round + 1}/${rounds})` : ''}`),
        restoreStart: (file) => say(`restoring ${file} …`),
        synthesis: {
            tableStart(table, rows) {
                if (tty)
                    startBar(`synthesizing ${table} [{bar}] {value}/{total} rows`, rows);
                else
                    stream.write(`synthesizing ${table}: ${int(rows)} rows …\n`);
            },
            rows(_t, done) {
                bar?.update(done);
            },
            tableEnd(table, rows, took) {
                say(`synthesized ${table}: ${int(rows)} rows in ${ms(took)}`);
            },
        },
        migrationStart(file, i, total) {
            if (tty)
                startBar(`migration ${i + 1}/${total} ${file} [{bar}] {value}/{total} statements`, 1);
            else
                stream.write(`migration ${i + 1}/${total}: ${file} …\n`);
        },
        statementEnd(file, done, total, s) {
            if (bar) {
                bar.setTotal(total);
                bar.update(done);
            }
            else
                stream.write(`  ${file} statement ${done}/${total}: ${ms(s.durationMs)}${s.rewrote.length ? ` (rewrote ${s.rewrote.join(', ')})` : ''}${s.error ? ` FAILED: ${s.error}` : ''}\n`);
        },
        migrationEnd(m) {
            say(`${m.status === 'ok' ? 'done' : m.status.toUpperCase()}: ${m.file} in ${ms(m.durationMs)}${m.error ? ` — ${m.error}` : ''}`);
        },
    };
}
