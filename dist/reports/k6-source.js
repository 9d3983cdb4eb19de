export function k6Lines(k) {
    const failed = k.thresholds.filter((t) => !t.ok).length;
    const runners = k.runners > 1 ? `${k.runners} runner summaries merged` : 'one summary';
    const heading = `k6 ${k.format} (${runners}; ${k.files.join(', ')}): ${k.thresholds.length - failed}/${k.thresholds.length} k6 thresholds ok`;
    const sorted = [...k.thresholds].sort((a, b) => Number(a.ok) - Number(b.ok));
    const thresholds = sorted.map((t) => `${t.ok ? 'ok    ' : 'FAILED'} ${t.metric} ${t.expression}${t.runner ? ` (runner ${t.runner})` : ''}`);
    return { heading, thresholds, notes: k.notes ?? [] };
}
