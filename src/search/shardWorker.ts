/**
 * The thread of shardThread.ts: a Pagefind service of its own. In:
 * `{ id, records }` or `{ close }`; out: `{ id, files, errors }` or `{ closed }`.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { indexRecords, type SearchRecord } from './indexer.ts';
import type { Answer } from './shardThread.ts';

const port = parentPort!;
port.on('message', async ({ id, records, close }: { id: number; records: SearchRecord[]; close?: boolean }) => {
  if (close) {
    await pagefind.close().catch(() => {});
    port.postMessage({ closed: true });
    return;
  }
  try {
    const { files, errors } = await indexRecords(records);
    port.postMessage({ id, files: [...files], errors } satisfies Answer);
  } catch (error) {
    port.postMessage({ id, files: [], errors: [error instanceof Error ? error.message : String(error)] } satisfies Answer);
  }
});
