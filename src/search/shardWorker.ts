/**
 * The thread of shardThread.ts: keys pages and indexes them on a Pagefind
 * service of its own. In: `{ id, pages }` or `{ close }`; out:
 * `{ id, files, errors, words, years }` or `{ closed }`.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { indexPages, type BodyPage } from './indexer.ts';
import type { Answer } from './shardThread.ts';

const port = parentPort!;
port.on('message', async ({ id, pages, close }: { id: number; pages: BodyPage[]; close?: boolean }) => {
  if (close) {
    await pagefind.close().catch(() => {});
    port.postMessage({ closed: true });
    return;
  }
  try {
    const { files, errors, words, years } = await indexPages(pages);
    port.postMessage({ id, files: [...files], errors, words: [...words], years } satisfies Answer);
  } catch (error) {
    port.postMessage({ id, files: [], errors: [error instanceof Error ? error.message : String(error)], words: [], years: [] } satisfies Answer);
  }
});
