// One ramp step of the given length in a fresh process; prints its peak RSS.
import { runRamp } from '../src/probes/load/ramp.ts';
import { RampScenario } from '../src/probes/load/scenario.ts';

const [url, seconds, connections] = process.argv.slice(2);
const s = RampScenario.parse({ steps: [Number(connections)], stepDuration: Number(seconds), warmup: '1s' });
const probe = await runRamp(s, { target: url! });
const step = probe.steps[0]!;
console.log(`requests=${step.requests} maxRssMB=${(process.resourceUsage().maxRSS / 1024).toFixed(1)}`);
