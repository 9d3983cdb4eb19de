// The exit codes scripts and CI rely on (PRODUCT.md). Named, as k6 names its failure classes.
import type { Verdict } from './result.ts';

export const ExitCode = {
  pass: 0,
  gateFailed: 1,
  usage: 2,
  probeError: 3,
  interrupted: 130,
} as const;

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
