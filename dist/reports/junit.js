function xml(s) {
    return (s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        // XML 1.0 forbids most control characters even when escaped.
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''));
}
function testcase(g) {
    const name = `${g.id}: ${g.metric} ${g.expression}`;
    const head = `    <testcase classname="shipgate.${xml(g.probe)}" name="${xml(name)}"${g.source?.file ? ` file="${xml(g.source.file)}"` : ''}>`;
    const detail = `${g.message}${g.at ? ` [${g.at}]` : ''}`;
    switch (g.outcome) {
        case 'pass':
            return `${head}</testcase>`;
        case 'warn':
            return `${head}\n      <system-out>${xml(`warning: ${detail}`)}</system-out>\n    </testcase>`;
        case 'fail':
            return `${head}\n      <failure message="${xml(g.message)}" type="gate-failed">${xml(detail)}</failure>\n    </testcase>`;
        case 'error':
        case 'not-measured':
            if (g.level === 'warn')
                return `${head}\n      <system-out>${xml(`${g.outcome}: ${detail}`)}</system-out>\n    </testcase>`;
            return `${head}\n      <error message="${xml(g.message)}" type="${g.outcome}">${xml(detail)}</error>\n    </testcase>`;
    }
}
export function renderJunit(r) {
    const byProbe = new Map();
    for (const g of r.gates)
        byProbe.set(g.probe, [...(byProbe.get(g.probe) ?? []), g]);
    // A probe that could not measure and has no gates still shows as an error.
    for (const [name, p] of Object.entries(r.probes)) {
        const s = p;
        if (s?.status === 'error' && !byProbe.has(name)) {
            byProbe.set(name, [
                {
                    id: `${name}-probe`,
                    probe: name,
                    metric: '(probe)',
                    expression: 'measured',
                    actual: null,
                    level: 'fail',
                    outcome: 'error',
                    message: s.message ?? 'could not measure',
                },
            ]);
        }
    }
    const seconds = Math.max(0, (Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 1000);
    const suites = [];
    let tests = 0;
    let failures = 0;
    let errors = 0;
    for (const [probe, gates] of byProbe) {
        const f = gates.filter((g) => g.outcome === 'fail').length;
        const e = gates.filter((g) => (g.outcome === 'error' || g.outcome === 'not-measured') && g.level === 'fail').length;
        tests += gates.length;
        failures += f;
        errors += e;
        suites.push(`  <testsuite name="shipgate ${xml(probe)}" tests="${gates.length}" failures="${f}" errors="${e}" skipped="0" timestamp="${xml(r.startedAt)}">\n${gates.map(testcase).join('\n')}\n  </testsuite>`);
    }
    return (`<?xml version="1.0" encoding="UTF-8"?>\n` +
        `<testsuites name="shipgate ${xml(r.command ?? 'run')}: ${r.verdict}" tests="${tests}" failures="${failures}" errors="${errors}" time="${seconds.toFixed(3)}">\n` +
        `${suites.join('\n')}\n</testsuites>\n`);
}
