/**
 * The search index as an Astro integration:
 * - `astro build`: when the build is done, this build's pages (the hook's
 *   `pages`) are read back from the output folder and indexed (indexer.ts). Not from rendering: with
 *   incremental builds an unchanged page is copied from the cache, never
 *   rendered, and the index must still hold it. Shards (runs of years) whose pages did not
 *   change are copied from `<cacheDir>/pagefind/`, and their pages are not keyed again
 *   (the site's code is part of the cache key).
 * - `astro dev` (and so `npm run cms`): the dev server serves /pagefind/ from
 *   memory, indexed from its own pages (devIndex.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, type IndexReport } from './indexer.ts';
import { serveDevIndex } from './devIndex.ts';
import { codeHash } from '../build/incremental.ts';

/** Pages a shard gathers (indexer.ts SHARD_PAGES); TIN_PHUONG_SHARD_PAGES gives a small site several shards (tests). */
const shardPages = () => Number(process.env.TIN_PHUONG_SHARD_PAGES) || undefined;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The search step, in two integrations: `start` begins indexing when the
 * pages are done and returns at once; `done`, named later in the list,
 * waits for it, logs its report and fails the build with its errors. The
 * steps between (share cards, redirects, precompression, stale files) touch
 * nothing of `pagefind/` and run meanwhile, mostly while Pagefind's service
 * (another process) indexes: about a second of every rebuild at 10,000
 * articles (docs/PERFORMANCE.md). `done` comes before the up-to-date stamp,
 * which prints the finished output.
 */
export function searchIndex(): { start: AstroIntegration; done: AstroIntegration } {
  let cacheDir: string | undefined;
  let root = '';
  let running: Promise<IndexReport> | undefined;
  let started = 0;
  const start: AstroIntegration = {
    name: 'tin-phuong-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        serveDevIndex(server, logger);
      },
      'astro:build:done': ({ dir, pages }) => {
        started = performance.now();
        // This build's pages, rendered or copied: not every HTML file of the folder, which may
        // still hold a page the build no longer makes (a deleted article) until it is cleaned.
        running = buildSearchIndex(fileURLToPath(dir), {
          cacheDir,
          pages: pages.map((p) => p.pathname),
          version: codeHash(root),
          shardPages: shardPages(),
        });
        // Awaited by `done`; a build that fails before it must not also report an unhandled rejection.
        running.catch(() => {});
      },
    },
  };
  const done: AstroIntegration = {
    name: 'tin-phuong-search-done',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (!running) return;
        const report = await running.catch((error: unknown) => {
          throw new Error(`chỉ mục tìm kiếm: không lập được: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        });
        for (const { url, reason } of report.skipped) logger.info(`bỏ qua ${url}: ${reason}`);
        if (report.errors.length) throw new Error(`chỉ mục tìm kiếm báo lỗi:\n${report.errors.join('\n')}`);
        if (report.indexed.length === 0) logger.warn('chỉ mục tìm kiếm trống: không trang nào có SearchIndexData trong data-pagefind-body');
        const shards = (list: string[]) => (list.length ? list.join(', ') : 'không');
        logger.info(
          `chỉ mục tìm kiếm (Pagefind): ${report.indexed.length} trang, ${report.vocabularySize} từ, ${kb(report.bundleBytes)}; ` +
            `lập mới năm ${shards(report.builtShards)} (${report.keyedPages} trang), lấy từ bộ nhớ đệm năm ${shards(report.cachedShards)}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
  return { start, done };
}
