/**
 * Builds once for all site tests: the real content (seed site) and the small
 * fixture content folder (drafts, future articles, raw HTML). Test files read
 * the output folders through inject('siteDir') / inject('fixtureDir').
 */
import { rmSync } from 'node:fs';
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
  const siteDir = resolve(ROOT, 'tmp/test-site');
  const fixtureDir = resolve(ROOT, 'tmp/test-fixture');
  for (const dir of [siteDir, fixtureDir]) rmSync(dir, { recursive: true, force: true });

  const site = buildSite({ content: 'content', outDir: siteDir });
  if (site.status !== 0) throw new Error(`astro build (content/) failed:\n${site.output}`);
  const fixture = buildSite({ content: 'tests/fixtures/content', outDir: fixtureDir });
  if (fixture.status !== 0) throw new Error(`astro build (tests/fixtures/content) failed:\n${fixture.output}`);

  project.provide('siteDir', siteDir);
  project.provide('fixtureDir', fixtureDir);
  project.provide('fixtureBuildOutput', fixture.output);
}
