/**
 * Search test support: open a built site's Pagefind bundles in Node
 * (pagefindIndex.ts over a local HTTP server, with the bundle's own
 * pagefind.js, as the search page reads them), build and load
 * Pagefind's default index of the same pages for comparison (pagefind.js
 * runs outside the browser when given an http basePath), and the search
 * fixture build.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { buildSite, ROOT } from '../support/build.ts';
import { startStatic } from '../support/server.ts';
import type { IndexApi } from '../../src/search/engine.ts';
import { openPagefindIndex, type PagefindApi } from '../../src/search/pagefindIndex.ts';
import { BUNDLE_DIR } from '../../src/search/keys.ts';

export interface LoadedIndex {
  index: IndexApi;
  url: string;
  close: () => Promise<void>;
}

let loads = 0;

/** A fresh instance of a bundle's pagefind.js (the query string defeats the module cache). */
const importPagefind = (siteDir: string, bundle: string) =>
  import(/* @vite-ignore */ `${pathToFileURL(join(siteDir, bundle, 'pagefind.js')).href}?load=${++loads}`) as Promise<PagefindApi>;

/**
 * Serve `siteDir` and open the site's search index from it, as the search
 * page does; with every shard loaded (the list a reader ends up with)
 * unless `complete` is false (the newest shard alone, as at first).
 */
export async function openSiteIndex(siteDir: string, options: { complete?: boolean } = {}): Promise<LoadedIndex> {
  const server = await startStatic(siteDir);
  const index = await openPagefindIndex(`${server.url}/${BUNDLE_DIR}/`, { excerptLength: 32, ellipsis: '…', load: () => importPagefind(siteDir, BUNDLE_DIR) });
  if (options.complete !== false) await index.expand?.();
  return { index, url: server.url, close: server.close };
}

/** Serve `siteDir` and load Pagefind's `<siteDir>/<bundle>/pagefind.js` in this process (the baseline). */
export async function openPagefind(siteDir: string, bundle: string): Promise<LoadedIndex> {
  const server = await startStatic(siteDir);
  const file = pathToFileURL(join(siteDir, bundle, 'pagefind.js')).href;
  // A fresh module instance per bundle (the query string defeats the module cache).
  const module = await import(/* @vite-ignore */ `${file}?load=${++loads}`);
  await module.options({ basePath: `${server.url}/${bundle}/`, baseUrl: '/', excerptLength: 32, excerptEllipsis: '…' });
  await module.init();
  return { index: module, url: server.url, close: server.close };
}

/**
 * Pagefind's default configuration on the same built pages: `pagefind --site`
 * as its documentation shows it (no folding, no page selection of our own),
 * written to `<siteDir>/<bundle>/`.
 */
export async function buildDefaultIndex(siteDir: string, bundle = 'pagefind-default'): Promise<void> {
  const out = join(siteDir, bundle);
  await rm(out, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(errors.join('; '));
  const added = await index.addDirectory({ path: siteDir, glob: '**/*.html' });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  await index.writeFiles({ outputPath: out });
  await pagefind.close();
}

/** A folder of HTML pages, for indexer tests that do not need Astro. */
export async function writeSite(dir: string, pages: Record<string, string>): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [path, html] of Object.entries(pages)) {
    const file = join(dir, path);
    await mkdir(resolve(file, '..'), { recursive: true });
    await writeFile(file, html);
  }
}

// ---------------------------------------------------------------------------
// The search fixture (tests/fixtures/search-content), built once per test run
// next to the run's other builds (global-setup gives each run its own folder).

/** The ten queries the search measurements (firstSearchBytes, firstSearchChromium, typingChromium) run, as readers type them. */
export const PROBE_QUERIES = [
  'đà nẵng',
  'ủy ban nhân dân',
  'vệ sinh môi trường',
  'thi dua khen thuong',
  'an toàn giao thông',
  'phòng cháy chữa cháy',
  'hội phụ nữ',
  'tổ dân phố',
  'cải cách hành chính',
  'xay dung nong thon moi',
];

export const SEARCH_FIXTURE = 'tests/fixtures/search-content';

/**
 * Build the search fixture into `<run folder>/search-fixture` unless this run
 * already did; `siteDir` is inject('siteDir'), whose parent is the run folder.
 */
export function ensureSearchFixture(siteDir: string): string {
  const runDir = dirname(siteDir);
  const outDir = join(runDir, 'search-fixture');
  const stamp = join(outDir, '.built');
  if (existsSync(stamp)) return outDir;
  const build = () => buildSite({ content: SEARCH_FIXTURE, outDir, env: { ASTRO_CACHE_DIR: join(runDir, 'search-cache') } });
  let result = build();
  // Other builds may run at the same time in this repository; one retry covers a transient clash.
  if (result.status !== 0) result = build();
  if (result.status !== 0) throw new Error(`astro build (${SEARCH_FIXTURE}) failed:\n${result.output}`);
  writeFileSync(stamp, new Date().toISOString());
  return outDir;
}

// ---------------------------------------------------------------------------
// Browser helpers.

export const AXE_PATH = resolve(ROOT, 'node_modules/axe-core/axe.min.js');

/** axe-core violations (WCAG 2.0–2.2 A and AA) on the page as it is now. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v: { id: string; impact: string | null; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Wait until the search page has answered for the current state (not loading, not busy). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('#tim-kiem-status')?.textContent ?? '';
    return status !== '' && !status.startsWith('Đang tìm') && !document.querySelector('#tim-kiem-results')?.hasAttribute('aria-busy');
  });
}

/**
 * How many pixels of the first occurrence of `phrase` on the page carry
 * Chromium's text-fragment highlight (::target-text, rgb(233 210 253) by
 * default). Decoded by the browser itself: no image library needed.
 */
export async function highlightPixels(page: Page, phrase: string): Promise<number> {
  const box = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.toLocaleLowerCase('vi').indexOf(text.toLocaleLowerCase('vi'));
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, phrase);
  if (!box || box.width < 1 || box.height < 1 || box.y < 0 || box.y + box.height > (page.viewportSize()?.height ?? 0)) return 0;
  const png = (await page.screenshot({ clip: box })).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let count = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i + 2]! > 240 && px[i]! < 245 && px[i + 1]! < 225 && px[i]! > 200) count++;
    return count;
  }, png);
}
