/**
 * Builds once for all site tests, of the build tier and the browser tier
 * alike: the real content (seed site) and the small fixture content folder
 * (drafts, future articles, raw HTML). Test files read the output folders
 * through inject('siteDir') / inject('fixtureDir').
 *
 * Both tiers name this setup; when `npm test` runs them together, the second
 * finds the first one's builds (TIN_PHUONG_TEST_RUN, in this process) instead
 * of building again, and the folder goes when the last one is done.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from './support/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    fixtureDir: string;
    fixtureBuildOutput: string;
  }
}

interface Run {
  siteDir: string;
  fixtureDir: string;
  fixtureBuildOutput: string;
}

function build(): Run & { runDir: string } {
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
  const run = { siteDir, fixtureDir, fixtureBuildOutput: fixture.output };
  writeFileSync(join(runDir, 'run.json'), JSON.stringify(run));
  return { ...run, runDir };
}

export default function setup(project: TestProject) {
  const existing = process.env.TIN_PHUONG_TEST_RUN;
  let runDir: string;
  let run: Run;
  if (existing && existsSync(join(existing, 'run.json'))) {
    runDir = existing;
    run = JSON.parse(readFileSync(join(runDir, 'run.json'), 'utf8')) as Run;
  } else {
    ({ runDir, ...run } = build());
    process.env.TIN_PHUONG_TEST_RUN = runDir;
  }
  const users = join(runDir, 'users');
  writeFileSync(users, String(Number(existsSync(users) ? readFileSync(users, 'utf8') : 0) + 1));

  project.provide('siteDir', run.siteDir);
  project.provide('fixtureDir', run.fixtureDir);
  project.provide('fixtureBuildOutput', run.fixtureBuildOutput);
  return () => {
    const left = Number(readFileSync(users, 'utf8')) - 1;
    writeFileSync(users, String(left));
    if (left > 0 || process.env.KEEP_TEST_OUTPUT) return;
    rmSync(runDir, { recursive: true, force: true });
    delete process.env.TIN_PHUONG_TEST_RUN;
  };
}
