/**
 * The benchmark's command line (scripts/bench.ts): what each option asks for,
 * --help, and a wrong word refused before anything is built. The run itself:
 * tests/bench-smoke.browser.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_HELP, parseBenchArgs, parsePhases, QUERIES } from './bench.ts';

const ROOT = resolve(import.meta.dirname, '..');

describe('node scripts/bench.ts', () => {
  it('reads every option, with the defaults the header documents', () => {
    expect(parseBenchArgs([])).toEqual({
      articles: 10000,
      corpus: undefined,
      skipReference: false,
      skipSearch: false,
      skipRebuild: false,
      keep: false,
      inPlace: false,
      json: join(ROOT, 'tmp/bench/result.json'),
      seed: 1,
      queries: QUERIES,
    });
    expect(
      parseBenchArgs([
        '--articles',
        '300',
        '--corpus',
        'tmp/c',
        '--json',
        'tmp/r.json',
        '--seed',
        '7',
        '--skip-reference',
        '--skip-search',
        '--skip-rebuild',
        '--keep',
        '--in-place',
        '--queries',
        'phường, hoi nghi',
      ]),
    ).toEqual({
      articles: 300,
      corpus: resolve('tmp/c'),
      skipReference: true,
      skipSearch: true,
      skipRebuild: true,
      keep: true,
      inPlace: true,
      json: resolve('tmp/r.json'),
      seed: 7,
      queries: ['phường', 'hoi nghi'],
    });
    expect(parseBenchArgs(['--report'])).toEqual({ report: join(ROOT, 'tmp/bench/result.json') });
    expect(parseBenchArgs(['--report', 'tmp/old.json'])).toEqual({ report: resolve('tmp/old.json') });
  });

  it('refuses a wrong option or value, in English like the rest of the bench', () => {
    expect(() => parseBenchArgs(['--article', '300'])).toThrow(/^unknown option --article$/);
    expect(() => parseBenchArgs(['--articles'])).toThrow(/^--articles needs a value$/);
    expect(() => parseBenchArgs(['--articles', '5'])).toThrow(/^--articles must be an integer ≥ 10$/);
    expect(() => parseBenchArgs(['--keep=yes'])).toThrow(/^--keep takes no value$/);
    expect(() => parseBenchArgs(['300'])).toThrow(/^unexpected argument “300”$/);
    expect(() => parseBenchArgs(['--queries', 'phường,,hoi nghi'])).toThrow(/^--queries takes queries separated by commas, none empty$/);
    const wrong = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/bench.ts', '--articels', '300'], { cwd: ROOT, encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^bench: unknown option --articels\nusage: node scripts\/bench.ts/);
  });

  it('prints its help on --help, every option explained, and runs nothing', () => {
    expect(parseBenchArgs(['--articles', '300', '--help'])).toBe('help');
    for (const option of [
      '--articles',
      '--corpus',
      '--skip-reference',
      '--skip-search',
      '--skip-rebuild',
      '--keep',
      '--json',
      '--seed',
      '--in-place',
      '--report',
    ]) {
      expect(BENCH_HELP, option).toMatch(new RegExp(`^ {2}${option} .*[a-z]`, 'm'));
    }
    const help = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/bench.ts', '-h'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(`${BENCH_HELP}\n`);
  });
});

/** Run one of the bench commands as a user would. */
const command = (script: string, ...args: string[]) =>
  spawnSync(join(ROOT, 'node_modules/.bin/node'), [`scripts/${script}`, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('node scripts/bench-blocks.ts', () => {
  it('explains itself in Vietnamese on --help, and refuses a wrong option before copying anything', () => {
    const help = command('bench-blocks.ts', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Đo chi phí của các khối nội dung/);
    for (const option of ['--corpus', '--out', '--rate']) expect(help.stdout, option).toMatch(new RegExp(`^ {2}${option} .*\\p{L}`, 'mu'));
    const out = join(ROOT, 'tmp/bench-blocks-never-written');
    const wrong = command('bench-blocks.ts', '--out', out, '--rates', '0.5');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^Tùy chọn không hỗ trợ \(unknown option\): --rates\nCách dùng \(usage\): /);
    expect(command('bench-blocks.ts', '--out', out, '--rate', '2').stderr).toMatch(/^--rate phải là số từ 0 đến 1: 2\n/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('node scripts/bench-admin.ts', () => {
  it('prints its help on --help, and refuses a wrong option before starting a server or a browser', () => {
    const help = command('bench-admin.ts', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^The admin's first load/);
    for (const option of ['--runs', '--slow']) expect(help.stdout, option).toMatch(new RegExp(`^ {2}${option} .*[a-z]`, 'm'));
    const wrong = command('bench-admin.ts', 'dist', '--run', '5');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^bench-admin: unknown option --run\nusage: /);
    expect(command('bench-admin.ts', '--runs').stderr).toMatch(/^bench-admin: --runs needs a value\n/);
  });
});

describe("the bench's reading of a build log", () => {
  it("reads a build's phases from its log, the search step's line from the integration that awaits it", () => {
    const log = [
      [500, '04:06:13 [content] Syncing content'],
      [17_600, '04:06:30 [content] Synced content'],
      [19_000, '04:06:32 [build] Building static entrypoints...'],
      [26_400, ' generating static routes'],
      [93_400, '04:07:47 ✓ Completed in 67.0s.'],
      [93_500, '04:07:47 [build] ✓ Completed in 74.5s.'],
      [96_000, '04:07:50 [tin-phuong-share-cards] ảnh chia sẻ: 9941 ảnh'],
      [131_500, '04:08:25 [tin-phuong-search-done] chỉ mục tìm kiếm (Pagefind): 9961 trang; 35.1 s'],
      [133_000, '04:08:27 [build] 13382 page(s) built in 2m 14s'],
    ].map(([t, text]) => ({ t: t as number, text: text as string }));
    const phases = parsePhases(log);
    expect(phases).toMatchObject({
      startupSeconds: 0.5,
      contentSyncSeconds: 17.1,
      staticRoutesSeconds: 67,
      searchIndexSeconds: 38,
      astroTotalSeconds: 134,
      pagesBuilt: 13382,
    });
    expect(phases.searchIndexLine).toMatch(/^\[tin-phuong-search-done\] chỉ mục/);
  });
});
