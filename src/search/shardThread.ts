/**
 * The second lane of the indexer, on a thread of its own: it keys its
 * shards' pages and indexes them on a Pagefind service of its own.
 * Pagefind's Node API runs one service process per module instance, and one
 * service indexed the archive's shards one core at a time (61 s at 10,000
 * articles against the CLI's 25–35 s); keying the pages' text on the main
 * thread alone cost another 20 s. A thread (shardWorker.ts) imports its own
 * instance, so shards are split between two lanes, one per core.
 */
import { Worker } from 'node:worker_threads';
import type { BodyPage, BundleFiles } from './indexer.ts';

export type Answer = { id: number; files: [string, Uint8Array][]; errors: string[]; words: [string, number][]; years: string[] };

/** The main thread's side: key and index pages on the other lane. */
export class ShardThread {
  private readonly worker = new Worker(new URL('./shardWorker.ts', import.meta.url));
  private readonly waiting = new Map<number, (answer: Answer) => void>();
  private next = 0;
  private failed: Error | undefined;

  constructor() {
    this.worker.on('message', (answer: Answer) => {
      this.waiting.get(answer.id)?.(answer);
      this.waiting.delete(answer.id);
    });
    const fail = (error: Error) => {
      this.failed = error;
      for (const settle of this.waiting.values()) settle({ id: -1, files: [], errors: [error.message], words: [], years: [] });
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => code !== 0 && fail(new Error(`luồng lập chỉ mục dừng (mã ${code})`)));
  }

  async index(pages: readonly BodyPage[]): Promise<{ files: BundleFiles; errors: string[]; words: Map<string, number>; years: string[] }> {
    if (this.failed) return { files: new Map(), errors: [this.failed.message], words: new Map(), years: [] };
    const id = this.next++;
    const answer = await new Promise<Answer>((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage({ id, pages: pages.map(({ url, body }) => ({ url, body })) });
    });
    return { files: new Map(answer.files), errors: answer.errors, words: new Map(answer.words), years: answer.years };
  }

  /** Stop the thread's Pagefind service, then the thread. */
  async close(): Promise<void> {
    if (!this.failed) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 5000);
        this.worker.once('message', () => (clearTimeout(timer), resolve()));
        this.worker.postMessage({ close: true });
      });
    }
    await this.worker.terminate();
  }
}
