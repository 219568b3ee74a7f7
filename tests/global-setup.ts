/**
 * Builds once for all site tests: the real content (seed site) and the small
 * fixture content folder (drafts, future articles, raw HTML). Test files read
 * the output folders through inject('siteDir') / inject('fixtureDir').
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from './support/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    fixtureDir: string;
    fixtureBuildOutput: string;
  }
}

export default function setup(project: TestProject) {
  // One folder per run (removed afterwards), so two runs on one machine don't wipe each other's output.
  mkdirSync(resolve(ROOT, 'tmp'), { recursive: true });
  const runDir = mkdtempSync(resolve(ROOT, 'tmp/test-run-'));
  const siteDir = resolve(runDir, 'site');
  const fixtureDir = resolve(runDir, 'fixture');
  const env = { ASTRO_CACHE_DIR: resolve(runDir, 'cache') };

  const site = buildSite({ content: 'content', outDir: siteDir, env });
  if (site.status !== 0) throw new Error(`astro build (content/) failed:\n${site.output}`);
  const fixture = buildSite({ content: 'tests/fixtures/content', outDir: fixtureDir, env });
  if (fixture.status !== 0) throw new Error(`astro build (tests/fixtures/content) failed:\n${fixture.output}`);

  project.provide('siteDir', siteDir);
  project.provide('fixtureDir', fixtureDir);
  project.provide('fixtureBuildOutput', fixture.output);
  return () => {
    if (!process.env.KEEP_TEST_OUTPUT) rmSync(runDir, { recursive: true, force: true });
  };
}
