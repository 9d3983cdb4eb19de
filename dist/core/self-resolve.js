// Inside a user's config, scenario or journey, `import ... from 'shipgate'` resolves to the
// shipgate that is running, even when the user's repository does not install it (npx, a
// global install, the GitHub Action). Both module systems are hooked: ESM through a resolve
// hook, CommonJS (tsx loads .ts as CommonJS in a "type": "commonjs" project) through
// Module._resolveFilename.
import Module, { register } from 'node:module';
import { fileURLToPath } from 'node:url';
let done = false;
export function resolveShipgateToSelf() {
    if (done)
        return;
    done = true;
    const self = new URL(import.meta.url.endsWith('.ts') ? '../index.ts' : '../index.js', import.meta.url).href;
    const hook = `export async function resolve(specifier, context, next) {
    if (specifier === 'shipgate') return { url: ${JSON.stringify(self)}, shortCircuit: true };
    return next(specifier, context);
  }`;
    register(`data:text/javascript,${encodeURIComponent(hook)}`);
    const M = Module;
    const original = M._resolveFilename;
    // From the build, `require('shipgate')` gets the CommonJS entry; from the sources, tsx
    // handles requiring the TypeScript index.
    const selfPath = fileURLToPath(import.meta.url.endsWith('.ts') ? self : new URL('../index.cjs', import.meta.url));
    M._resolveFilename = function (request, ...rest) {
        if (request === 'shipgate')
            return selfPath;
        return original.call(this, request, ...rest);
    };
}
