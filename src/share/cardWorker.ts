/**
 * Share cards drawn on a thread of their own during `astro build`
 * (src/build/buildWorker.ts), beside the renderer: 3–4 ms a card, which at
 * 10,000 articles without a cover is half a minute the build's thread keeps.
 */
import { serveBuildWorker } from '../build/buildWorker.ts';
import { CardFiles, type CardReport } from './cardFiles.ts';
import type { ShareCard } from './card.ts';

const files = new CardFiles();
serveBuildWorker<[string, ShareCard], CardReport>({
  add: (src, card) => files.add(src, card),
  finish: (outDir) => files.finish(outDir),
});
