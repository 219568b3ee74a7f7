/**
 * Share cards drawn on a thread of their own during `astro build`, beside the
 * renderer: 3–4 ms a card, which at 10,000 articles without a cover is half a
 * minute the build's thread would keep. Gets the build's whole list of cards
 * once (src/share/cardDrawer.ts), answers each with its cache file as soon as
 * it is found or drawn, then drops the cached cards no page uses any more.
 *
 * In: `{ cards, cacheDir }`. Out: `{ index, file }` or `{ index, error }` per
 * card, then `{ done, drawn }`.
 */
import { parentPort } from 'node:worker_threads';
import { CardFiles } from './cardFiles.ts';
import type { ShareCard } from './card.ts';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

parentPort!.once('message', async ({ cards, cacheDir }: { cards: ShareCard[]; cacheDir: string }) => {
  const files = new CardFiles(cacheDir);
  const used = new Set<string>();
  let failed = false;
  for (const [index, card] of cards.entries()) {
    try {
      const file = await files.file(card);
      used.add(file);
      parentPort!.postMessage({ index, file });
    } catch (error) {
      failed = true;
      parentPort!.postMessage({ index, error: describe(error) });
    }
  }
  // A failed build keeps its cache whole: the next one may need every card.
  if (!failed) await files.keepOnly(used);
  parentPort!.postMessage({ done: true, drawn: files.drawn });
});
