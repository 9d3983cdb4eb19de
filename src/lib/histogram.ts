// Latencies in an HDR histogram (µs, 1 µs .. 10 min, 3 significant digits: 0.1% resolution
// at any latency), never an array of every request; saved compressed in result.json and read
// back for any percentile a gate asks. One set of settings for every probe, so a saved
// histogram always decodes.
import * as hdr from 'hdr-histogram-js';

export const HIGHEST_US = 600_000_000;
const BIT_BUCKET_SIZE = 32;

export function newLatencyHistogram(): hdr.Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: HIGHEST_US,
    numberOfSignificantValueDigits: 3,
    bitBucketSize: BIT_BUCKET_SIZE,
    useWebAssembly: false,
  });
}

export interface Latency {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
  min: number;
  mean: number;
}

/** Milliseconds; all zero when nothing was recorded. */
export function latencyFromHistogram(h: hdr.Histogram): Latency {
  const ms = (us: number) => Math.round(us) / 1000;
  if (h.totalCount === 0) return { p50: 0, p90: 0, p95: 0, p99: 0, max: 0, min: 0, mean: 0, p999: 0 };
  return {
    p50: ms(h.getValueAtPercentile(50)),
    p90: ms(h.getValueAtPercentile(90)),
    p95: ms(h.getValueAtPercentile(95)),
    p99: ms(h.getValueAtPercentile(99)),
    max: ms(h.maxValue),
    min: ms(h.minNonZeroValue),
    mean: ms(h.mean),
    p999: ms(h.getValueAtPercentile(99.9)),
  };
}

export function encodeHistogram(h: hdr.Histogram): string {
  return hdr.encodeIntoCompressedBase64(h);
}

/** A saved histogram read back. */
export function decodeHistogram(encoded: string): hdr.Histogram {
  return hdr.decodeFromCompressedBase64(encoded, BIT_BUCKET_SIZE, false);
}
