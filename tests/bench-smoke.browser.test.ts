/**
 * The end-to-end benchmark (scripts/bench.ts) runs through on a small corpus
 * (150 articles and two queries: enough to prove it works) and reports every measure. No
 * timing is asserted: the figures vary with the machine. What the bench exists
 * to show is asserted: searches find pages, and each rebuild shows its change
 * while copying the pages it did not touch.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_CACHE } from './support/build.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = resolve(ROOT, 'node_modules/.bin/node');
const TIMEOUT = 20 * 60 * 1000;
const work = mkdtempSync(join(ROOT, 'tmp', 'bench-smoke-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Paths that must hold a number (≥ 0), in the JSON the benchmark writes. */
const NUMBERS = [
  'corpus.articles',
  'project.seconds',
  'project.peakRssBytes',
  'project.output.bytes',
  'project.output.htmlPages',
  'project.output.searchIndexBytes',
  'project.pagesPerSecond',
  'project.phases.startupSeconds',
  'project.phases.contentSyncSeconds',
  'project.phases.bundleSeconds',
  'project.phases.staticRoutesSeconds',
  'project.phases.imagesSeconds',
  'project.phases.searchIndexSeconds',
  'project.phases.astroTotalSeconds',
  'reference.build.seconds',
  'reference.build.peakRssBytes',
  'reference.pagefind.seconds',
  'reference.pagefind.peakRssBytes',
  'reference.totalSeconds',
  'reference.peakRssBytes',
  'reference.output.bytes',
  'reference.output.htmlPages',
  'ratio.buildSeconds',
  'ratio.peakRss',
  'search.cold.bytesMedian',
  'search.cold.bytesMax',
  'search.cold.msMedian',
  'search.cold.msWorst',
  'search.warm.msMedian',
  'search.warm.msWorst',
  'search.typed.msMedian',
  'search.typed.msWorst',
  'search.repeat.bytesMedian',
  'search.repeat.msMedian',
  'search.pageBytes',
  'rebuild.unchanged.seconds',
  'rebuild.unchangedAstro.seconds',
  'rebuild.edit.seconds',
  'rebuild.add.seconds',
  'rebuild.withdraw.seconds',
];

/** Queries whose words every generated corpus holds (scripts/corpus.ts), so each must find pages. */
const SMOKE_QUERIES = ['an toàn giao thông', 'phường'];

const at = (data: unknown, path: string) =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);

describe('npm run bench', () => {
  it('measures build, reference, search, page weight and rebuilds', { timeout: TIMEOUT }, async () => {
    const json = join(work, 'result.json');
    const output: string[] = [];
    const code = await new Promise<number>((done) => {
      // Shards of 40 pages: the small archive is searched as a large one is, newest years first.
      // The admin's bundle from the suite's shared cache (tests/support/build.ts): no timing is asserted here.
      const env = { ...process.env, TIN_PHUONG_SHARD_PAGES: '40', TIN_PHUONG_ADMIN_CACHE: ADMIN_CACHE };
      const child = spawn(NODE, [resolve(ROOT, 'scripts/bench.ts'), '--articles', '150', '--queries', SMOKE_QUERIES.join(','), '--json', json], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
      child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
      child.on('close', (c) => done(c ?? 1));
    });
    expect(code, output.join('').slice(-4000)).toBe(0);
    const result = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>;

    for (const path of NUMBERS) {
      const value = at(result, path);
      expect(typeof value, path).toBe('number');
      expect(value as number, path).toBeGreaterThanOrEqual(0);
    }
    expect(at(result, 'project.phases.searchIndexLine'), 'search index line').toEqual(expect.any(String));

    const cold = at(result, 'search.cold.perQuery') as { query: string; bytes: number; ms: number; results: number }[];
    const warm = at(result, 'search.warm.perQuery') as { query: string; ms: number }[];
    expect(cold.map((q) => q.query)).toEqual(SMOKE_QUERIES);
    expect(warm.map((q) => q.query)).toEqual(SMOKE_QUERIES);
    for (const q of cold) {
      expect(q.bytes, q.query).toBeGreaterThan(0);
      expect(typeof q.ms, q.query).toBe('number');
      expect(typeof q.results, q.query).toBe('number');
    }

    const pages = at(result, 'articlePages') as { htmlGzipBytes: number; cssGzipBytes: number; totalGzipBytes: number; jsBytes: number }[];
    expect(pages).toHaveLength(5);
    for (const p of pages) for (const key of ['htmlGzipBytes', 'cssGzipBytes', 'totalGzipBytes', 'jsBytes'] as const) expect(typeof p[key], key).toBe('number');

    // Queries whose words every generated corpus holds find pages: on a first visit, a repeat visit,
    // pressing Enter and typing (the newest years answer first, from their own Pagefind instance).
    expect(at(result, 'project.phases.searchIndexLine'), 'several shards').toMatch(/lập mới năm [^;]*,/);
    for (const measure of ['cold', 'repeat', 'warm', 'typed']) {
      const found = Object.fromEntries((at(result, `search.${measure}.perQuery`) as { query: string; results: number }[]).map((q) => [q.query, q.results]));
      for (const query of SMOKE_QUERIES) expect(found[query], `${measure} ${query}`).toBeGreaterThan(0);
    }

    // Each rebuild shows its change; a rebuild copies what did not change (incremental builds).
    for (const name of ['unchangedAstro', 'edit', 'add', 'withdraw']) {
      const r = at(result, `rebuild.${name}`) as { visible: boolean; rendered: number; copied: number };
      expect(r.visible, name).toBe(true);
      expect(r.copied, name).toBeGreaterThan(r.rendered);
    }
    // `npm run build` with nothing changed runs no astro build: nothing rendered, nothing copied, the site still there.
    expect(at(result, 'rebuild.unchanged')).toMatchObject({ visible: true, rendered: 0, copied: 0 });
    expect(output.join('')).toMatch(/\| Build, total \(cold\)/);
  });
});
