/**
 * The search indexer on a thread of its own, so that indexing (reading each
 * page's search body, keying its syllables, counting its words) runs on the
 * second core while Astro renders on the first, and its tens of megabytes of
 * text live outside the renderer's heap (src/build/buildWorker.ts).
 */
import { serveBuildWorker } from '../build/buildWorker.ts';
import { SearchIndexer } from './indexer.ts';

const indexer = new SearchIndexer();
serveBuildWorker<[string, string], Awaited<ReturnType<SearchIndexer['finish']>>>({
  add: (url, html) => indexer.add(url, html),
  finish: (outDir) => indexer.finish(outDir),
});
