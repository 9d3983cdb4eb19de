import type { Comparable } from '../../core/metric.ts';
import type { WebProbe } from './block.ts';
export declare function webComparables(w: WebProbe): Comparable[];
