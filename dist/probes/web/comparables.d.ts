import type { Comparable } from '../../core/metric.js';
import type { WebProbe } from './block.js';
export declare function webComparables(w: WebProbe): Comparable[];
