/**
 * Share cards drawn on a thread of their own during `astro build`, beside the
 * renderer: 3–4 ms a card, which at 10,000 articles without a cover is half a
 * minute. The build's integration starts this thread when the build starts
 * (src/build/shareCards.ts); the card route writes the site's list of cards
 * to `listFile` when Astro asks it for its paths (src/pages/anh-chia-se), and
 * the thread draws what the cache lacks while the pages render.
 *
 * In: `{ listFile, cacheDir }`, later `{ done: true }` (the pages are built:
 * a list not written by then never will be). Out: `{ report }` once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { CardFiles } from './cardFiles.ts';
import type { ShareCard } from './card.ts';

export interface CardReport {
  /** Each card's site path and its file in the cache. */
  cards: [src: string, file: string][];
  drawn: number;
  errors: string[];
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function draw(list: [src: string, card: ShareCard][], cacheDir: string): Promise<CardReport> {
  const files = new CardFiles(cacheDir);
  const report: CardReport = { cards: [], drawn: 0, errors: [] };
  for (const [src, card] of list) {
    try {
      report.cards.push([src, await files.file(card)]);
    } catch (error) {
      report.errors.push(`${src}: ${describe(error)}`);
    }
  }
  // A failed build keeps its cache whole: the next one may need every card.
  if (!report.errors.length) await files.keepOnly(new Set(report.cards.map(([, file]) => file)));
  report.drawn = files.drawn;
  return report;
}

let done = false;
parentPort!.on('message', (message: { listFile?: string; cacheDir?: string; done?: boolean }) => {
  if (message.done) done = true;
  if (!message.listFile) return;
  const { listFile, cacheDir } = message as { listFile: string; cacheDir: string };
  const wait = () => {
    if (existsSync(listFile)) {
      const list = JSON.parse(readFileSync(listFile, 'utf8')) as [string, ShareCard][];
      draw(list, cacheDir).then(
        (report) => parentPort!.postMessage({ report }),
        (error: unknown) => parentPort!.postMessage({ report: { cards: [], drawn: 0, errors: [describe(error)] } }),
      );
    } else if (done) parentPort!.postMessage({ report: { cards: [], drawn: 0, errors: [] } });
    else setTimeout(wait, 50);
  };
  wait();
});
