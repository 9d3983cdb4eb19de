// How a probe shows long work: on a terminal a live line per task, in CI logs plain lines
// (one when a task starts, one when it ends, and the task's own log lines), with --quiet
// nothing. Probes describe their work in these terms; the CLI decides how it looks.
/** For library use and tests: nothing shown. */
export const silentProgress = {
    line: () => { },
    task: () => ({ update: () => { }, log: () => { }, done: () => { } }),
};
