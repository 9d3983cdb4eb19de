// Two error classes decide the exit code: a usage/configuration error means nothing was
// measured (exit 2); a probe error means a measurement was attempted and failed (exit 3).

/** Bad flag, bad config, bad expression: exit 2. The message names the file and path. */
export class UsageError extends Error {
  override name = 'UsageError';
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
}

/** Ctrl-C / SIGTERM arrived: stop, write the partial result, exit 130. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor() {
    super('interrupted');
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
