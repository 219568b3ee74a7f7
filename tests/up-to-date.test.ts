/**
 * `npm run build` with nothing new (scripts/build.ts, src/build/upToDate.ts):
 * no `astro build` at all, the output left as it is; and a build as soon as
 * anything it reads changed, or its output was touched, or it failed.
 */
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi as words } from '../src/i18n/vi.ts';
import { buildSite, ROOT } from './support/build.ts';

const base = resolve(ROOT, 'tmp/test-up-to-date');
const content = join(base, 'content');
const outDir = join(base, 'dist');
const npmBuild = (...args: string[]) => buildSite({ content: relative(ROOT, content), outDir, npm: true, args, env: { ASTRO_CACHE_DIR: join(base, 'cache') } });
/** Astro ran: its own log lines. */
const astroRan = (output: string) => output.includes('[build]');
const ARTICLE = 'news/2016/tin-phuong-so-05.md';
const page = join(outDir, 'tin-tuc/2016/tin-phuong-so-05/index.html');

describe('npm run build when nothing changed', () => {
  it('builds the first time, then skips Astro and leaves the output as it is', () => {
    rmSync(base, { recursive: true, force: true });
    cpSync(resolve(ROOT, 'tests/fixtures/content'), content, { recursive: true });
    const first = npmBuild();
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain(words.build.upToDate.noStamp);
    expect(astroRan(first.output)).toBe(true);
    // The moment the next build is due by itself: the fixture's scheduled article, which is not out yet.
    const stamp = JSON.parse(readFileSync(join(base, 'cache/tin-phuong-built.json'), 'utf8')) as { nextChange: string };
    expect(stamp.nextChange).toBe(new Date('2099-01-01T08:00:00+07:00').toISOString());
    expect(existsSync(join(outDir, 'tin-tuc/2099/bai-hen-gio-tuong-lai/index.html'))).toBe(false);
    // …and it is not published: it would tell when that article goes out.
    expect(existsSync(join(outDir, '_next-change.json'))).toBe(false);

    const before = statSync(page);
    const again = npmBuild();
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('Không có gì mới từ lần dựng trước');
    expect(astroRan(again.output)).toBe(false);
    expect(statSync(page).ctimeMs).toBe(before.ctimeMs);
    expect(npmBuild('--check').status).toBe(0);
  });

  it('builds again when content changed, and restores a file taken from the output', () => {
    const path = join(content, ARTICLE);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n---\n/, '\n---\n\nĐoạn mới SUA-DOI-7Q.\n'));
    rmSync(join(outDir, 'tin-tuc/2018'), { recursive: true, force: true });
    const check = npmBuild('--check');
    expect(check.status).toBe(1);
    expect(check.output).toContain(words.build.upToDate.content);
    expect(astroRan(check.output)).toBe(false);
    const rebuilt = npmBuild();
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(astroRan(rebuilt.output)).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('SUA-DOI-7Q');
    expect(existsSync(join(outDir, 'tin-tuc/2018'))).toBe(true);
    expect(npmBuild('--check').output).toContain('Không có gì mới');
  });

  it('says when the output was touched, and a failed build leaves no stamp', () => {
    writeFileSync(page, readFileSync(page, 'utf8') + '\n');
    expect(npmBuild('--check').output).toContain(words.build.upToDate.output);
    const path = join(content, ARTICLE);
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.replace(/^publishedAt: .*$/m, 'publishedAt: không phải ngày'));
    const failed = npmBuild();
    expect(failed.status).not.toBe(0);
    writeFileSync(path, good);
    const after = npmBuild('--check');
    expect(after.status).toBe(1);
    expect(after.output).toContain(words.build.upToDate.noStamp);
  });
});
