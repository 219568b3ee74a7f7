/**
 * The search indexer on a thread of its own, so that indexing (reading each
 * page's search body, keying its syllables, counting its words) runs on the
 * second core while Astro renders on the first, and its tens of megabytes of
 * text live outside the renderer's heap. Messages in: `{ add: [url, html] }`
 * (many), then `{ finish: outDir }`; out: `{ report }` or `{ error }`.
 */
import { parentPort } from 'node:worker_threads';
import { SearchIndexer } from './indexer.ts';

const indexer = new SearchIndexer();
parentPort!.on('message', (message: { add?: [string, string]; finish?: string }) => {
  if (message.add) {
    void indexer.add(...message.add).catch((error: unknown) => parentPort!.postMessage({ error: String(error) }));
    return;
  }
  if (message.finish !== undefined) {
    indexer.finish(message.finish).then(
      (report) => parentPort!.postMessage({ report }),
      (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  }
});
