export const ExitCode = {
    pass: 0,
    gateFailed: 1,
    usage: 2,
    probeError: 3,
    interrupted: 130,
};
/** Bad flag, bad config, bad expression: exit 2. The message names the file and path. */
export class UsageError extends Error {
    hint;
    name = 'UsageError';
    exitCode = ExitCode.usage;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
    }
}
/** A probe could not measure (target down, no browser...): verdict error, exit 3. */
export class ProbeError extends Error {
    name = 'ProbeError';
    exitCode = ExitCode.probeError;
}
/** Ctrl-C / SIGTERM arrived: stop, write the partial result, exit 130. */
export class InterruptedError extends Error {
    name = 'InterruptedError';
    exitCode = ExitCode.interrupted;
    constructor() {
        super('interrupted');
    }
}
export function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/** The exit code a finished run leaves with. */
export function exitCodeFor(verdict, interrupted = false) {
    if (interrupted)
        return ExitCode.interrupted;
    switch (verdict) {
        case 'pass':
        case 'warn':
            return ExitCode.pass;
        case 'fail':
            return ExitCode.gateFailed;
        case 'error':
            return ExitCode.probeError;
    }
}
