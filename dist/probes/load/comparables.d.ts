import type { Comparable } from '../../core/metric.js';
import type { LoadProbe } from './block.js';
export declare function loadComparables(l: LoadProbe): Comparable[];
