// Reading npm's JSON outputs defensively: their shapes vary by npm version, so every field is
// checked before use rather than trusted.
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
