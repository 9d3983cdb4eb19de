export declare function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void>;
/** For the exit path of a signal handler, where nothing async may run. */
export declare function writeFileAtomicSync(file: string, data: string | Uint8Array): void;
