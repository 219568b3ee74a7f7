/**
 * Pagefind index built through its Node API at the end of `astro build`
 * (see indexer.ts for what gets indexed and how).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from './indexer.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function searchIndex(): AstroIntegration {
  return {
    name: 'tin-phuong-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const report = await buildSearchIndex(outDir);
        for (const { url, reason } of report.skipped) logger.info(`bỏ qua ${url}: ${reason}`);
        if (report.errors.length) throw new Error(`Pagefind báo lỗi:\n${report.errors.join('\n')}`);
        if (report.indexed.length === 0) logger.warn('chỉ mục tìm kiếm trống: không trang nào có SearchIndexData trong data-pagefind-body');
        logger.info(
          `chỉ mục tìm kiếm: ${report.indexed.length} trang, ${report.vocabularySize} từ, chỉ mục ${kb(report.indexBytes)}, cả gói ${kb(report.bundleBytes)}`,
        );
      },
    },
  };
}
