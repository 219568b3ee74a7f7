import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slowestFirst } from './sequencer.ts';
import { ROOT } from './build.ts';

const tier = (path: string) => (path.startsWith('src/') ? 'unit' : /\.(browser|e2e)\.test\.ts$/.test(path) ? 'browser' : 'build');
const spec = (path: string) => ({
  moduleId: resolve(ROOT, path),
  project: { name: tier(path), config: { sequence: { groupOrder: tier(path) === 'unit' ? 0 : 1 } } },
});
const paths = (specs: { moduleId: string }[]) => specs.map((s) => s.moduleId.slice(ROOT.length + 1));

describe('slowestFirst', () => {
  it('starts the CMS day, then the build tier, then the slowest browser files, then the rest in vitest’s order', () => {
    const given = [
      'tests/search.browser.test.ts',
      'tests/cms.e2e.test.ts',
      'tests/links.test.ts',
      'tests/albums.browser.test.ts',
      'tests/cms-walk.e2e.test.ts',
      'tests/cms-dev.e2e.test.ts',
      'tests/build.test.ts',
      'tests/pages.browser.test.ts',
    ];
    expect(paths(slowestFirst(given.map(spec)))).toEqual([
      'tests/cms-dev.e2e.test.ts',
      'tests/links.test.ts',
      'tests/build.test.ts',
      'tests/pages.browser.test.ts',
      'tests/cms-walk.e2e.test.ts',
      'tests/cms.e2e.test.ts',
      'tests/search.browser.test.ts',
      'tests/albums.browser.test.ts',
    ]);
  });

  it('keeps the unit tier first, in vitest’s order', () => {
    const given = ['tests/cms-dev.e2e.test.ts', 'src/lib/routes.test.ts', 'tests/build.test.ts', 'src/lib/dates.test.ts'];
    expect(paths(slowestFirst(given.map(spec)))).toEqual([
      'src/lib/routes.test.ts',
      'src/lib/dates.test.ts',
      'tests/cms-dev.e2e.test.ts',
      'tests/build.test.ts',
    ]);
  });
});
