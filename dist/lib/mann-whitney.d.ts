export interface MannWhitney {
    u: number;
    p: number;
    method: 'exact' | 'normal';
}
export declare function mannWhitneyU(a: number[], b: number[]): MannWhitney;
