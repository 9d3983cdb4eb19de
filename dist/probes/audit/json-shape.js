export const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v) => (typeof v === 'string' ? v : undefined);
