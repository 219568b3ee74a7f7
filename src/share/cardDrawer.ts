/**
 * The build's side of the card thread (cardWorker.ts): started with every
 * card the site uses, it hands each card's file to the route that writes it
 * (src/pages/anh-chia-se). The thread and its port belong to this object: no
 * global channel between rendering and the build.
 *
 * A card that cannot be drawn, or a thread that dies, rejects the card's
 * promise with the reason, so the route fails and the build with it.
 */
import { Worker } from 'node:worker_threads';
import { fill, vi } from '../i18n/vi.ts';
import type { ShareCard } from './card.ts';

export class CardDrawer {
  private readonly files: Promise<string>[];
  private readonly settle: { resolve: (file: string) => void; reject: (error: Error) => void }[] = [];
  /** Cards drawn by the thread (the rest came from the cache), once it is done. */
  readonly finished: Promise<{ drawn: number }>;

  /** `workerFile`: cardWorker.ts, by path; `cacheDir`: where cards are kept between builds. */
  constructor(workerFile: string, cacheDir: string, cards: readonly ShareCard[]) {
    this.files = cards.map(() => new Promise<string>((resolve, reject) => this.settle.push({ resolve, reject })));
    for (const file of this.files) file.catch(() => {}); // Awaited by the route; unasked ones must not crash the build.
    const worker = new Worker(workerFile);
    const failAll = (reason: string) => {
      for (const s of this.settle) s.reject(new Error(fill(vi.build.shareCard, { reason })));
    };
    this.finished = new Promise((resolve) => {
      worker.on('message', (message: { index?: number; file?: string; error?: string; done?: boolean; drawn?: number }) => {
        if (message.done) return resolve({ drawn: message.drawn ?? 0 });
        const s = this.settle[message.index!]!;
        if (message.file) s.resolve(message.file);
        else s.reject(new Error(fill(vi.build.shareCard, { reason: message.error ?? '?' })));
      });
      worker.on('error', (error) => failAll(error.message));
      // Settled promises ignore a second settle: only cards still waiting get this.
      worker.on('exit', (code) => failAll(fill(vi.build.shareCardThread, { code })));
    });
    worker.postMessage({ cards, cacheDir });
  }

  /** The cache file of the card at `index` of the list, once found or drawn. */
  file(index: number): Promise<string> {
    return this.files[index]!;
  }
}
