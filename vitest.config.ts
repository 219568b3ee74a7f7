import { defineConfig } from 'vitest/config';
import SlowestFirst from './tests/support/sequencer.ts';

/**
 * Three tiers, by file name (as GOV.UK Frontend does), each runnable alone:
 * - unit: `*.test.ts` beside the code in src/, scripts/, admin/ and the tests' own support/: no build, no browser;
 * - build: `tests/*.test.ts`: a real `astro build` (tests/global-setup.ts) and what it writes;
 * - browser: `tests/*.browser.test.ts` and `*.e2e.test.ts`: Debian's Chromium on the built site,
 *   the CMS and the dev server. Only this tier starts a browser.
 * `npm test` runs them all; the build and browser tiers share one pair of builds.
 */
const site = {
  environment: 'node',
  // A mutable array: the config's type takes string[], not the readonly tuple 'as const' would make.
  globalSetup: ['tests/global-setup.ts'] as string[],
  testTimeout: 120_000,
  hookTimeout: 900_000,
} as const;

export default defineConfig({
  test: {
    sequence: { sequencer: SlowestFirst },
    projects: [
      // The unit tier first (groupOrder 0), on its own: its files are many and short.
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'admin/**/*.test.ts', 'tests/support/**/*.test.ts'],
          environment: 'node',
          // One module graph per worker, not per file: the unit files share no state worth isolating
          // (pure modules, temporary folders of their own), and importing it all again per file was
          // a fifth of the tier (~50 s → ~40 s on two cores).
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      // The build and browser tiers run together, two files at a time on two cores, slowest first
      // (tests/support/sequencer.ts): one tier after the other used under one core on average.
      {
        test: {
          name: 'build',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.browser.test.ts', 'tests/**/*.e2e.test.ts', 'tests/support/**'],
          ...site,
          // Its files build in the project folder itself: one file at a time holds it (the browser tier builds in copies).
          setupFiles: ['tests/support/projectBuilds.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      { test: { name: 'browser', include: ['tests/**/*.browser.test.ts', 'tests/**/*.e2e.test.ts'], ...site, maxWorkers: 2, sequence: { groupOrder: 1 } } },
    ],
  },
});
