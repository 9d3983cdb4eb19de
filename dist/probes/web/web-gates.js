import { prepareWeb } from "./prepare.js";
/** The budget files' gates, after the same checks as the probe's prepare. */
export async function prepareWebRun(config) {
    return (await prepareWeb(config)).budgets.flatMap((b) => b.defs);
}
