const STRONG = 'AccessExclusiveLock';
export function migrateTimeline(p) {
    const rows = [];
    let t = 0;
    for (const m of p.migrations ?? []) {
        m.statements.forEach((s, i) => {
            const ae = Math.max(0, ...s.locks.filter((l) => l.mode === STRONG).map((l) => l.heldMs));
            const others = s.locks.filter((l) => l.mode !== STRONG).sort((a, b) => b.heldMs - a.heldMs);
            rows.push({
                label: `${m.file} #${i + 1}`,
                sql: s.sql.replace(/\s+/g, ' ').slice(0, 120),
                start: Math.round(t),
                dur: Math.round(s.durationMs),
                ae: Math.round(ae),
                other: Math.round(others[0]?.heldMs ?? 0),
                otherMode: others[0] ? `${others[0].mode} on ${others[0].relation}` : '',
                rewrote: s.rewrote,
            });
            t += s.durationMs;
        });
    }
    if (rows.length === 0)
        return undefined;
    const invisible = { itemStyle: { color: 'transparent' }, emphasis: { disabled: true }, tooltip: { show: false } };
    const offset = (stack) => ({ type: 'bar', stack, silent: true, data: rows.map((r) => r.start), ...invisible });
    return {
        el: 'migrate-timeline',
        option: {
            title: { text: 'Timeline: statements and the locks they held (largest size)', left: 'center', textStyle: { fontSize: 14 } },
            tooltip: { trigger: 'item' },
            legend: { top: 24, data: ['statement', 'ACCESS EXCLUSIVE held', 'other lock held'] },
            grid: { top: 64, left: 220, right: 32, bottom: 40 },
            xAxis: { type: 'value', name: 'ms since the first statement', nameLocation: 'middle', nameGap: 26 },
            yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true },
            series: [
                offset('stmt'),
                {
                    name: 'statement',
                    type: 'bar',
                    stack: 'stmt',
                    color: '#0969da',
                    data: rows.map((r) => ({ value: r.dur, name: `${r.sql}${r.rewrote.length ? ` — rewrote ${r.rewrote.join(', ')}` : ''}`, itemStyle: r.rewrote.length ? { color: '#8250df' } : undefined })),
                    tooltip: { formatter: '{b}: {c} ms' },
                },
                offset('ae'),
                { name: 'ACCESS EXCLUSIVE held', type: 'bar', stack: 'ae', color: '#cf222e', data: rows.map((r) => r.ae), tooltip: { formatter: 'ACCESS EXCLUSIVE held {c} ms' } },
                offset('other'),
                { name: 'other lock held', type: 'bar', stack: 'other', color: '#bf8700', data: rows.map((r) => ({ value: r.other, name: r.otherMode })), tooltip: { formatter: '{b}: held {c} ms' } },
            ],
        },
    };
}
