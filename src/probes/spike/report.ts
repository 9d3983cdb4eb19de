// The spike's report: the timeline (offered rate, p95 and errors per second by when requests
// were due) with the spike and the recovery marked, and the three parts side by side.
import type { Block, ChartMark, Section } from '../../core/report-model.ts';
import { type SpikeProbe, spikeUnit } from './block.ts';

export function spikeReport(b: SpikeProbe): Section[] {
  const blocks: Block[] = [];
  if (b.status === 'error') blocks.push({ kind: 'note', text: `Could not measure: ${b.message ?? 'unknown error'}`, tone: 'bad', terminal: false });
  blocks.push({
    kind: 'note',
    text: `Target ${b.target} · ${b.base} → ${b.peak} → ${b.base} ${b.mode === 'arrivals' ? 'new users/s, each running the flow once' : 'requests/s'} (open model) · spike held ${b.holdS} s · recovery awaited up to ${b.recoverS} s${b.band ? ` · band: p95 ≤ ${b.band.p95Ms} ms and errors ≤ ${(b.band.errorRate * 100).toFixed(1)}% for ${b.band.sustainS} s` : ''}`,
  });
  if (b.noBand) blocks.push({ kind: 'note', text: `Recovery not measured: ${b.noBand}`, tone: 'bad', terminal: true });
  if (b.trusted === false) blocks.push({ kind: 'note', text: `Untrusted: ${b.untrustedReason}`, tone: 'warn', terminal: true });
  blocks.push({
    kind: 'table',
    columns: [
      { label: 'part', unit: 'text' },
      { label: 'requests', unit: 'count' },
      { label: 'p50', unit: 'ms' },
      { label: 'p95', unit: 'ms' },
      { label: 'p99', unit: 'ms' },
      { label: 'errors', unit: 'ratio' },
    ],
    rows: b.phases.map((p) => [p.name, p.requests, p.latencyMs.p50 ?? null, p.latencyMs.p95 ?? null, p.latencyMs.p99 ?? null, p.errorRate]),
  });
  if (b.timeline.length) {
    const marks: ChartMark[] = [{ x: 0, x2: b.holdS, label: 'spike', tone: 'bad' }];
    if (b.recoveryS !== null) marks.push({ x: b.holdS + b.recoveryS, label: `recovered (+${b.recoveryS} s)`, tone: 'good' });
    blocks.push({
      kind: 'chart',
      id: 'spike-timeline',
      title: 'Latency and errors by the second the requests were due',
      x: { name: 'seconds from the spike', type: 'value' },
      y: [{ name: 'p95 (ms)' }, { name: `${spikeUnit(b.mode)} offered · errors %`, min: 0 }],
      marks,
      series: [
        { name: 'p95', type: 'line', data: b.timeline.map((t) => [t.t, t.p95Ms]), color: '#bf8700' },
        ...(b.band
          ? [
              {
                name: 'band',
                type: 'line' as const,
                data: b.timeline.map((t): [number, number] => [t.t, b.band!.p95Ms]),
                color: '#1a7f37',
                dashed: true,
                showSymbol: false,
              },
            ]
          : []),
        { name: `offered ${spikeUnit(b.mode)}`, type: 'line', data: b.timeline.map((t) => [t.t, t.offered]), axis: 1, color: '#6e7781', showSymbol: false },
        { name: 'errors %', type: 'line', data: b.timeline.map((t) => [t.t, +(t.errorRate * 100).toFixed(2)]), axis: 1, color: '#fa4549', dashed: true },
      ],
    });
  }
  const headline =
    b.status === 'error'
      ? undefined
      : b.recoveryS !== null
        ? {
            text: `Recovered ${b.recoveryS} s after the spike${b.survived === false ? ', but stopped answering' : ''}`,
            tone: b.survived === false ? ('bad' as const) : ('good' as const),
          }
        : b.noBand
          ? { text: 'Recovery not measured: the target was failing before the spike', tone: 'bad' as const }
          : { text: `Not recovered within ${b.recoverS} s of the spike`, tone: 'bad' as const };
  return [{ id: 'spike', title: 'Spike', ...(headline ? { headline } : {}), blocks }];
}
