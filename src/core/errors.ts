// Errors carry their exit code and a hint, and the CLI maps them once (k6's errext, in
// spirit). The codes are the contract scripts and CI rely on: 0 pass (warnings allowed),
// 1 a gate failed, 2 usage or configuration error (nothing was measured), 3 a probe could
// not measure, 130 interrupted.
import type { Verdict } from './result.ts';

export const ExitCode = {
  pass: 0,
  gateFailed: 1,
  usage: 2,
  probeError: 3,
  interrupted: 130,
} as const;

/** Bad flag, bad config, bad expression: exit 2. The message names the file and path. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode = ExitCode.usage;
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A probe could not measure (target down, no browser...): verdict error, exit 3. */
export class ProbeError extends Error {
  override name = 'ProbeError';
  readonly exitCode = ExitCode.probeError;
}

/** Ctrl-C / SIGTERM arrived: stop, write the partial result, exit 130. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  readonly exitCode = ExitCode.interrupted;
  constructor() {
    super('interrupted');
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** The exit code a finished run leaves with. */
export function exitCodeFor(verdict: Verdict, interrupted = false): number {
  if (interrupted) return ExitCode.interrupted;
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
