// "When 10x more users arrive, will you break?" (playbook §2.4). Each sampled resource is
// fitted against load over the good steps (least squares), projected to the current peak
// times the growth factor, and compared with its limit; the first resource to reach its
// limit, and at what multiple of today's peak, is named.
import { linearRegression, linearRegressionLine, rSquared } from 'simple-statistics';
export function projectGrowth(steps, series, current, factor) {
    const good = steps.filter((s) => (s.breaks ?? []).length === 0 && s.trusted !== false);
    const resources = [];
    for (const r of series) {
        const pts = good.map((s) => [s.level, r.value(s)]).filter((p) => p[1] !== undefined && Number.isFinite(p[1]));
        const levels = new Set(pts.map((p) => p[0]));
        if (pts.length < 2 || levels.size < 2 || !(r.limit > 0))
            continue;
        const data = pts.map(([x, y]) => [x, y]);
        const lr = linearRegression(data);
        const line = linearRegressionLine(lr);
        const r2 = rSquared(data, line);
        const atCurrent = Math.max(0, line(current));
        const projected = Math.max(0, line(current * factor));
        // Where does the trend meet the limit? Only a rising trend ever does.
        const breaksAtLevel = lr.m > 0 ? (r.limit - lr.b) / lr.m : null;
        resources.push({
            name: r.name,
            unit: r.unit,
            limit: r.limit,
            atCurrent: round(atCurrent),
            projected: round(projected),
            utilizationAtCurrent: round(atCurrent / r.limit, 4),
            utilizationProjected: round(projected / r.limit, 4),
            breaksAtMultiple: breaksAtLevel === null ? null : round(Math.max(0, breaksAtLevel) / current, 2),
            fit: { slope: lr.m, intercept: lr.b, r2: round(Number.isFinite(r2) ? r2 : 0, 3), points: pts.length },
        });
    }
    const breaking = resources.filter((r) => r.breaksAtMultiple !== null).sort((a, b) => a.breaksAtMultiple - b.breaksAtMultiple);
    const first = breaking[0];
    return {
        current,
        factor,
        resources,
        firstToBreak: first ? { name: first.name, multiple: first.breaksAtMultiple } : null,
        ...(resources.length === 0 ? { note: 'fewer than two good steps with resource samples: nothing to project' } : {}),
    };
}
/** The series every ramp has (machine, target process) with their limits. */
export function standardSeries(steps) {
    const any = steps.find((s) => s.resources)?.resources;
    if (!any)
        return [];
    const out = [
        {
            // The generator shares the machine; its CPU is not the service's.
            name: 'machine CPU (without the load generator)',
            unit: '%',
            limit: 100,
            value: (s) => (s.resources ? Math.max(0, s.resources.machine.cpuPercent.mean - s.resources.generator.cpuPercent.mean) : undefined),
        },
        { name: 'machine memory', unit: '%', limit: 100, value: (s) => s.resources?.machine.memPercent.mean },
    ];
    if (any.target) {
        out.push({ name: 'target CPU (one core)', unit: '%', limit: 100, value: (s) => s.resources?.target?.cpuPercent.mean }, { name: 'target memory (RSS)', unit: 'MB', limit: any.machine.memTotalMB, value: (s) => s.resources?.target?.rssMB.mean });
        if (any.target.fdLimit)
            out.push({ name: 'target open files', unit: 'files', limit: any.target.fdLimit, value: (s) => s.resources?.target?.fds.mean });
    }
    for (const g of Object.keys(any.gauges ?? {})) {
        const limit = any.gauges[g].limit;
        if (limit)
            out.push({ name: g, unit: any.gauges[g].unit ?? '', limit, value: (s) => s.resources?.gauges?.[g]?.mean });
    }
    if (any.db?.maxConnections) {
        out.push({ name: 'database connections', unit: 'connections', limit: any.db.maxConnections, value: (s) => s.resources?.db?.connections.mean });
    }
    return out;
}
function round(n, digits = 1) {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
}
