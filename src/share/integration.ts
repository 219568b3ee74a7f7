/**
 * The share cards of pages without a photo, drawn during `astro build` on a
 * thread of their own (cardWorker.ts) as the pages that name them render,
 * and copied into the output when the build is done (cardFiles.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { BuildWorker } from '../build/buildWorker.ts';
import type { CardReport } from './cardFiles.ts';
import type { ShareCard } from './card.ts';
import { cardSink } from './cardSink.ts';

export function shareCards(): AstroIntegration {
  let worker: BuildWorker<[string, ShareCard], CardReport> | undefined;
  return {
    name: 'tin-phuong-share-cards',
    hooks: {
      'astro:build:start': () => {
        const cards = new BuildWorker<[string, ShareCard], CardReport>(new URL('./cardWorker.ts', import.meta.url), 'ảnh chia sẻ');
        worker = cards;
        // Every page names a card, most of them the portal's: each path goes to the thread once.
        const sent = new Set<string>();
        cardSink.open({ add: (src, card) => void (sent.has(src) || (sent.add(src), cards.add(src, card))) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        cardSink.close();
        if (!worker) throw new Error('ảnh chia sẻ: luồng vẽ ảnh chưa được khởi động');
        const report = await worker.finish(fileURLToPath(dir));
        worker = undefined;
        if (report.errors.length) throw new Error(`ảnh chia sẻ báo lỗi:\n${report.errors.join('\n')}`);
        logger.info(`ảnh chia sẻ: ${report.written} ảnh, ${report.drawn} ảnh vẽ mới, ${report.written - report.drawn} lấy từ bộ đệm`);
      },
    },
  };
}
