/**
 * The search index, built during `astro build`: the indexer starts with the
 * build on a thread of its own, takes each page as it renders
 * (src/middleware.ts → sink.ts) and writes the bundle when the build is done. See indexer.ts for what gets
 * indexed and how.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ThreadedSearchIndexer } from './indexer.ts';
import { closeSink, openSink } from './sink.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function searchIndex(): AstroIntegration {
  let indexer: ThreadedSearchIndexer | undefined;
  /** Pages the middleware handed over: an incremental build copies the others, and they are read back. */
  let seen = new Set<string>();
  return {
    name: 'tin-phuong-search',
    hooks: {
      'astro:build:start': () => {
        const threaded = new ThreadedSearchIndexer();
        indexer = threaded;
        seen = new Set();
        openSink({ add: (url, html) => (seen.add(url), threaded.add(url, html)) });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        closeSink();
        if (!indexer) throw new Error('chỉ mục tìm kiếm: bộ lập chỉ mục chưa được khởi động');
        // Pages an incremental build copied from the last one never met the middleware: read them back.
        for (const { pathname } of pages) {
          const url = `/${pathname}`;
          if (seen.has(url) || !url.endsWith('/')) continue;
          const html = await readFile(join(fileURLToPath(dir), pathname, 'index.html'), 'utf8').catch(() => '');
          if (html.includes('data-pagefind-body')) indexer.add(url, html);
        }
        const report = await indexer.finish(fileURLToPath(dir));
        indexer = undefined;
        for (const { url, reason } of report.skipped) logger.info(`bỏ qua ${url}: ${reason}`);
        if (report.errors.length) throw new Error(`chỉ mục tìm kiếm báo lỗi:\n${report.errors.join('\n')}`);
        if (report.indexed.length === 0) logger.warn('chỉ mục tìm kiếm trống: không trang nào có SearchIndexData trong data-pagefind-body');
        logger.info(
          `chỉ mục tìm kiếm: ${report.indexed.length} trang, ${report.vocabularySize} từ, chỉ mục ${kb(report.indexBytes)}, cả gói ${kb(report.bundleBytes)}`,
        );
      },
    },
  };
}
