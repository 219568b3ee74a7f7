import { defineConfig } from 'vitest/config';

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
  hookTimeout: 600_000,
  // Builds and browsers share two cores: one file at a time keeps timings sane.
  fileParallelism: false,
} as const;

export default defineConfig({
  test: {
    projects: [
      // The tiers run one after the other (groupOrder): two builds or a build and a browser at once on two cores made timings flaky.
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
      {
        test: {
          name: 'build',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.browser.test.ts', 'tests/**/*.e2e.test.ts', 'tests/support/**'],
          ...site,
          sequence: { groupOrder: 1 },
        },
      },
      // One file at a time, as the build tier: two at once (tried: fileParallelism with maxWorkers 2) saved about a
      // minute of the suite on two cores, and made the dev-server tests' timings flaky (search-dev, cms-dev).
      { test: { name: 'browser', include: ['tests/**/*.browser.test.ts', 'tests/**/*.e2e.test.ts'], ...site, sequence: { groupOrder: 2 } } },
    ],
  },
});
