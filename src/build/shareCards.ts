/**
 * Share cards (src/share) in the build. The pages name their cards; the card
 * route (src/pages/anh-chia-se) knows the whole list from the content. In a
 * build the route writes that list to a file for this build (its name comes
 * to the route through a virtual module, as Astro's own integrations hand
 * values to pages) and renders no page: a thread started here draws the
 * missing cards while the pages render (cardWorker.ts), and when the build
 * is done each card is hard-linked into the output from the card cache.
 *
 * Why not a page of the route per card: Astro renders the route before the
 * articles (its paths come first), so the build's thread waited for every
 * card to be drawn (42 s at 10,000 articles), and an incremental build keeps
 * a second copy of every card. Linked, a card costs no write at all.
 */
import type { AstroIntegration } from 'astro';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fill, vi } from '../i18n/vi.ts';
import type { CardReport } from '../share/cardWorker.ts';
import { linkFiles } from './linkFiles.ts';
import { CARD_DIR, removeStale } from './staleFiles.ts';

const MODULE = 'virtual:tin-phuong/share-cards';
const RESOLVED = `\0${MODULE}`;

export function shareCards(): AstroIntegration {
  let cacheDir = '';
  let listFile = '';
  let worker: Worker | undefined;
  let report: Promise<CardReport> | undefined;
  return {
    name: 'tin-phuong-share-cards',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'anh-chia-se');
        listFile = command === 'build' ? join(fileURLToPath(config.cacheDir), `anh-chia-se-${randomUUID()}.json`) : '';
        const values = { listFile, cacheDir };
        const code = Object.entries(values)
          .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
          .join('\n');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tin-phuong:share-cards',
                resolveId: (id: string) => (id === MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? code : undefined),
              },
            ],
          },
        });
      },
      'astro:build:start': async () => {
        // Lists of builds that failed before they were done (their build:done never ran).
        const folder = dirname(listFile);
        for (const name of await readdir(folder).catch(() => [] as string[])) {
          if (/^anh-chia-se-[0-9a-f-]{36}\.json(\.tmp)?$/.test(name)) await rm(join(folder, name), { force: true });
        }
        const thread = new Worker(fileURLToPath(new URL('../share/cardWorker.ts', import.meta.url)));
        worker = thread;
        report = new Promise<CardReport>((resolve, reject) => {
          thread.on('message', (message: { report: CardReport }) => resolve(message.report));
          thread.on('error', reject);
          thread.on('exit', (code) => reject(new Error(fill(vi.build.shareCardThread, { code }))));
        });
        report.catch(() => {});
        thread.postMessage({ listFile, cacheDir });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!worker || !report) return;
        worker.postMessage({ done: true });
        let result: CardReport;
        try {
          result = await report;
        } finally {
          await worker.terminate();
          await rm(listFile, { force: true });
        }
        if (result.errors.length) throw new Error(fill(vi.build.shareCard, { reason: result.errors.join('\n') }));
        const out = fileURLToPath(dir);
        await linkFiles(result.cards.map(([src, file]) => ({ from: file, to: join(out, src) })));
        // dist/ is kept between builds: a card no page names any more (a deleted article's) goes here, by name. Not by
        // its time (staleFiles.ts leaves this folder to this step): pruning the card cache changes a linked card's ctime.
        const placed = new Set(result.cards.map(([src]) => join(out, src)));
        if (existsSync(join(out, CARD_DIR))) await removeStale(join(out, CARD_DIR), placed, Infinity);
        logger.info(`ảnh chia sẻ: ${result.cards.length} ảnh, ${result.drawn} ảnh vẽ mới, ${result.cards.length - result.drawn} lấy từ bộ đệm`);
      },
    },
  };
}
