// The update policy over real `npm outdated --json` outputs (test/fixtures/npm-outdated).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { classifyUpdate, outdatedBlock, parseOutdated } from './outdated.ts';
import { UsageError } from '../../core/errors.ts';

const load = (name: string) => {
  const file = `test/fixtures/npm-outdated/${name}`;
  return outdatedBlock('outdated-json', file, parseOutdated(JSON.parse(readFileSync(file, 'utf8')), file));
};

describe('npm outdated', () => {
  it('next-js-launchpad: 13 updates, the two majors need review', () => {
    const o = load('next-js-launchpad--npm-outdated.json');
    expect(o.counts).toEqual({ total: 13, major: 2, minor: 7, patch: 4, other: 0, needsReview: 2, maxMajorsBehind: 1 });
    expect(o.packages.filter((p) => p.needsReview).map((p) => `${p.name} ${p.current}→${p.latest}`)).toEqual([
      '@vitejs/plugin-react 5.1.4→6.0.1',
      'jsdom 28.1.0→29.0.1',
    ]);
    // wanted == current < latest: the range holds it back, the update is still a minor.
    expect(o.packages.find((p) => p.name === 'next')).toMatchObject({
      current: '16.1.6',
      wanted: '16.1.6',
      latest: '16.2.1',
      type: 'minor',
      needsReview: false,
    });
  });

  it('react-kolkata: one major; a 0.x minor is breaking under semver and needs review too', () => {
    const o = load('react-kolkata--npm-outdated.json');
    expect(o.counts).toEqual({ total: 25, major: 1, minor: 17, patch: 7, other: 0, needsReview: 2, maxMajorsBehind: 1 });
    expect(o.packages.filter((p) => p.needsReview).map((p) => [p.name, p.type])).toEqual([
      ['jsdom', 'major'],
      ['lucide-react', 'minor'],
    ]);
  });

  it('classifies by semver, counting majors behind', () => {
    expect(classifyUpdate('8.3.2', '14.0.3')).toEqual({ type: 'major', majorsBehind: 6, needsReview: true });
    expect(classifyUpdate('1.2.5', '1.2.8')).toEqual({ type: 'patch', majorsBehind: 0, needsReview: false });
    expect(classifyUpdate('2.0.0-rc.1', '2.0.0')).toMatchObject({ type: 'prerelease', needsReview: false });
    expect(classifyUpdate('1.9.0', '2.0.0-rc.1')).toMatchObject({ type: 'major', needsReview: true });
    expect(classifyUpdate('git', '1.0.0')).toMatchObject({ type: 'unknown' });
  });

  it('reads the workspace shape (a list per package) and packages not installed', () => {
    const pkgs = parseOutdated(
      {
        a: [
          { current: '1.0.0', wanted: '1.0.1', latest: '2.0.0', dependent: 'ws-one' },
          { current: '1.0.1', wanted: '1.0.1', latest: '2.0.0', dependent: 'ws-two' },
        ],
        b: { wanted: '3.1.0', latest: '3.1.0', dependent: 'app' },
      },
      'x',
    );
    expect(pkgs.map((p) => [p.name, p.dependent, p.type])).toEqual([
      ['a', 'ws-one', 'major'],
      ['a', 'ws-two', 'major'],
      ['b', 'app', 'unknown'],
    ]);
  });

  it('a file that is not npm outdated output is a usage error', () => {
    expect(() => parseOutdated([1, 2], 'f.json')).toThrow(UsageError);
    expect(() => parseOutdated({ lodash: 'x' }, 'f.json')).toThrow(/f\.json: "lodash" is not an outdated entry/);
  });
});
