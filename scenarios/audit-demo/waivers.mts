// The demo's one waiver. It is dated from the day the demo runs (granted yesterday, expiring
// in two days: inside high's 3-day response window) so that `npm start` stays green in any
// year. That is for the demo only: a real waiver file (gates/waivers.yaml) records the day
// the risk was accepted, and fails the gate again once it expires.
import type { z } from 'zod';
import type { WaiverFile } from '../../src/probes/audit/waivers.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export default {
  description: 'demo waivers, dated relative to the run',
  waivers: [
    {
      id: 'GHSA-35jh-r3h4-6jhm',
      package: 'lodash',
      reason: "lodash.template is never given user input here; the upgrade to 4.17.21 ships in Friday's weekly patch",
      owner: 'release-manager@example.com',
      granted: day(-1),
      expires: day(2),
    },
  ],
} satisfies z.input<typeof WaiverFile>;
