import { z } from 'zod';
export declare const SignoffRecord: z.ZodObject<{
    by: z.ZodString;
    at: z.ZodString;
    verdict: z.ZodString;
    commit: z.ZodOptional<z.ZodString>;
    resultSha256: z.ZodString;
    note: z.ZodOptional<z.ZodString>;
    override: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type SignoffRecord = z.infer<typeof SignoffRecord>;
export declare const SIGNOFF_FILE = "signoff.json";
export declare function sha256(data: Buffer | string): string;
export declare class SignoffRefused extends Error {
    name: string;
}
export declare function signoff(dir: string, o: {
    by: string;
    note?: string;
    override?: string;
    now?: Date;
}): Promise<SignoffRecord>;
export interface SignoffCheck {
    record: SignoffRecord;
    history: SignoffRecord[];
    /** Set when result.json no longer has the hash that was signed. */
    tampered?: string;
}
export declare function checkSignoff(dir: string): Promise<SignoffCheck | undefined>;
