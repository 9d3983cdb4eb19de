export type Obj = Record<string, unknown>;
export declare const isObj: (v: unknown) => v is Obj;
export declare const str: (v: unknown) => string | undefined;
