import type { Comparable } from '../../core/metric.ts';
import type { LoadProbe } from './block.ts';
export declare function loadComparables(l: LoadProbe): Comparable[];
