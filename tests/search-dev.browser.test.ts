/**
 * Search under `astro dev` (what `npm run dev` and `npm run cms` run), in
 * Chromium, on the search fixture: the dev server answers /pagefind/ from
 * memory, indexed from its own pages, so the search page finds the current
 * content instead of saying the search cannot load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium.ts';
import { freePort } from './support/cms.ts';
import { copyProject, NODE, ROOT } from './support/build.ts';
import { SEARCH_FIXTURE, settled } from './search/support.ts';

let dev: ChildProcess | undefined;
let site = '';
let output = '';
let cache = '';
let content = '';
let browser: Browser;

beforeAll(async () => {
  cache = mkdtempSync(resolve(ROOT, 'tmp/search-dev-'));
  // A copy of the fixture: one test edits an article.
  content = join(cache, 'content');
  cpSync(resolve(ROOT, SEARCH_FIXTURE), content, { recursive: true });
  // In a copy of the project, as the CMS tests: the dev server writes the project's .astro/, which builds in the
  // project itself (the build tier, at the same time) write too.
  const project = join(cache, 'project');
  mkdirSync(project);
  copyProject(project);
  const port = await freePort();
  site = `http://127.0.0.1:${port}`;
  // As from a shell: under vitest's VITEST=… variables astro dev serves no pages.
  const shell = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'));
  dev = spawn(NODE, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    detached: true,
    env: { ...shell, TIN_PHUONG_CONTENT: content, ASTRO_CACHE_DIR: join(cache, 'astro'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (chunk) => (output += chunk));
  dev.stderr!.on('data', (chunk) => (output += chunk));
  for (let i = 0; ; i++) {
    const ok = await fetch(`${site}/tim-kiem/`, { signal: AbortSignal.timeout(60_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 240) throw new Error(`astro dev did not answer:\n${output.slice(-4000)}`);
    await new Promise((done) => setTimeout(done, 500));
  }
  browser = await launchChromium();
});

/**
 * An edit written whole, as the CMS saves (renamed into place): the dev server's watcher may otherwise read the
 * file between its truncation and its write, and Astro keeps the old entry after that schema error. The temporary
 * file is outside the content folder: one inside is a change of some other file, which indexes every page again.
 */
function writeWhole(file: string, text: string): void {
  const partial = join(cache, 'edit.tmp');
  writeFileSync(partial, text);
  renameSync(partial, file);
}

afterAll(async () => {
  await browser?.close();
  // Its own process group: the dev server and anything it started stop together.
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  rmSync(cache, { recursive: true, force: true });
});

describe('search under the dev server', () => {
  it('serves a Pagefind bundle of the current content from memory', async () => {
    const entry = await fetch(`${site}/pagefind/pagefind-entry.json`);
    expect(entry.status).toBe(200);
    expect(Object.values(((await entry.json()) as { languages: Record<string, { page_count: number }> }).languages)[0]!.page_count).toBeGreaterThan(10);
    expect((await fetch(`${site}/pagefind/pagefind.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${site}/pagefind/khong-co.pf_meta`)).status).toBe(404);
  });

  it('finds articles on /tim-kiem/, with the Vietnamese layer', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${site}/tim-kiem/?q=${encodeURIComponent('đà nẵng')}`);
    await settled(page);
    expect(await page.textContent('#tim-kiem-status')).toMatch(/^Tìm thấy 2 kết quả/);
    const titles = await page.$$eval('#tim-kiem-results h3 a', (links) => links.map((a) => a.textContent ?? ''));
    expect(titles.sort()).toEqual(
      ['Phường Hải Vân ra quân làm sạch bãi biển Xuân Thiều', 'Tổng kết công tác thi đua khen thưởng năm 2013 khối phường, quận Liên Chiểu'].sort(),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('indexes an article again once it is edited', async () => {
    const file = join(content, 'news/2015/phuong-phuc-loi-voi-cong-tac-thi-dua-khen-thuong.md');
    const found = async () => {
      const context = await browser.newContext({ locale: 'vi-VN' });
      const page = await context.newPage();
      await page.goto(`${site}/tim-kiem/?q=tuchinhsuamoi`);
      await settled(page);
      const titles = await page.$$eval('#tim-kiem-results h3 a', (links) => links.map((a) => a.textContent ?? ''));
      await context.close();
      return titles;
    };
    expect(await found()).toEqual([]);
    // The first index done (on a busy machine the page may answer before it): an edit during it would
    // rightly have every page read again, and this test is about the edit after it.
    for (let i = 0; i < 120 && !/chỉ mục tìm kiếm \(dev\): \d+ trang/.test(output); i++) await new Promise((done) => setTimeout(done, 500));
    const original = readFileSync(file, 'utf8');
    writeWhole(file, original.replace(/\n*$/, '\n\nĐoạn thêm với tuchinhsuamoi.\n'));
    let titles: string[] = [];
    for (let i = 0; i < 60 && titles.length === 0; i++) {
      await new Promise((done) => setTimeout(done, 1000));
      titles = await found();
    }
    expect(titles).toEqual(['Phường Phúc Lợi: Với công tác thi đua khen thưởng.']);
    // Only the edited article (and the campaigns, which list articles) was rendered again to index it,
    // not every page: the first index read them all.
    const runs = [...output.matchAll(/chỉ mục tìm kiếm \(dev\): (\d+) trang, đọc lại (\d+) trang/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(runs[0]![1]).toBe(runs[0]![0]);
    expect(runs.at(-1)![1]).toBeGreaterThanOrEqual(1);
    expect(runs.at(-1)![1]).toBeLessThan(runs.at(-1)![0] / 2);
    // The edit undone (the file as it was, written whole): read again, not taken for the stored, edited entry.
    const logBefore = output.length;
    writeWhole(file, original);
    for (let i = 0; i < 60 && titles.length > 0; i++) {
      await new Promise((done) => setTimeout(done, 1000));
      titles = await found();
    }
    expect(titles).toEqual([]);
    expect(output.slice(logBefore)).not.toMatch(/Failed to reload|does not match collection schema/);
  }, 300_000);
});
