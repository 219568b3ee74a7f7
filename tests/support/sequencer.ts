/**
 * The order the build and browser tiers' files start in. The two tiers share
 * two workers (vitest.config.ts), each worker taking the next file as it
 * frees; vitest's own order would run one tier's files, then the other's, and
 * on a fresh clone it knows no file's time. So:
 * - the CMS's day of an editor (the longest file) first, on one worker;
 * - the build tier on the other meanwhile (its files build in the project
 *   folder, one at a time: tests/support/projectBuilds.ts);
 * - then the slowest browser files, the two CMS walks one after the other
 *   rather than together (each starts `npm run cms` and Decap);
 * - then the rest, in vitest's order.
 * Times: README, "Tests".
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { ROOT } from './build.ts';

/** The longest file of all, started first. */
export const FIRST = 'tests/cms-dev.e2e.test.ts';
/** The slowest browser files, started after the build tier, in this order. */
export const SLOWEST_BROWSER = ['tests/pages.browser.test.ts', 'tests/cms-walk.e2e.test.ts', 'tests/bench-smoke.browser.test.ts', 'tests/cms.e2e.test.ts'];

/** What the order needs of a file: its path, its tier and the tier's group. */
type Spec = Pick<TestSpecification, 'moduleId'> & { project: { name: string; config: { sequence: { groupOrder: number } } } };

/** `specs` (in vitest's order), each group ordered as above; the unit tier's group keeps vitest's order. */
export function slowestFirst<S extends Spec>(specs: readonly S[]): S[] {
  const rank = (spec: S) => {
    const path = relative(ROOT, spec.moduleId);
    if (path === FIRST) return 0;
    if (spec.project.name === 'build') return 1;
    const at = SLOWEST_BROWSER.indexOf(path);
    return at < 0 ? 2 + SLOWEST_BROWSER.length : 2 + at;
  };
  const place = new Map(specs.map((spec, i) => [spec, i]));
  return specs.toSorted(
    (a, b) =>
      a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
      (a.project.name === 'unit' ? 0 : rank(a) - rank(b)) ||
      place.get(a)! - place.get(b)!,
  );
}

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return slowestFirst(await super.sort(files));
  }
}
