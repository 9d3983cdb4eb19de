#!/usr/bin/env node
// shipgate runs its TypeScript sources through tsx, so config files in TypeScript and the
// tool itself load the same way, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv);
// Let pending output flush, then leave with the contract's exit code.
process.exitCode = code;
setTimeout(() => process.exit(code), 50).unref();
