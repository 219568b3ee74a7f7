/**
 * Share card files. Each card is drawn once and kept in a disk cache across
 * builds, beside Astro's image cache (`<ASTRO_CACHE_DIR or
 * node_modules/.astro>/anh-chia-se/<key>.png`); the key hashes the card's
 * text with the code and fonts that draw it, so a change to either draws the
 * card again. A build then copies each card into the output: a rebuild draws
 * only the cards whose text changed, and writes the same bytes for the rest.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { access, copyFile, link, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ShareCardPainter, type ShareCard } from './card.ts';
import { fontFiles } from './typeface.ts';

export const cardCacheDir = (): string => join(resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro'), 'anh-chia-se');

/** What draws a card: these modules and the fonts. */
const DRAWN_BY = ['card.ts', 'canvas.ts', 'glyphMasks.ts', 'png.ts', 'typeface.ts'];
let design: string | undefined;

/** The cache key of a card: its text, the drawing code and the fonts. */
export function cardKey(card: ShareCard): string {
  if (!design) {
    const hash = createHash('sha256');
    const here = dirname(fileURLToPath(import.meta.url));
    for (const file of [...DRAWN_BY.map((name) => join(here, name)), ...fontFiles()]) hash.update(readFileSync(file));
    design = hash.digest('hex');
  }
  return createHash('sha256').update(design).update(JSON.stringify([card.eyebrow, card.kicker, card.headline, card.footer])).digest('hex').slice(0, 32);
}

export interface CardReport {
  /** Card files written into the output. */
  written: number;
  /** Of those, drawn in this build (the rest came from the cache). */
  drawn: number;
  errors: string[];
}

const exists = (file: string) => access(file).then(() => true, () => false);

export class CardFiles {
  private painter: ShareCardPainter | undefined;
  private readonly cacheDir: string;
  /** Output path (site path of the card) → its cache file, once drawn or found. */
  private readonly cards = new Map<string, Promise<string>>();
  /** Cards are drawn one after another: a build queues thousands at once. */
  private queue: Promise<unknown> = Promise.resolve();
  private drawn = 0;

  constructor(cacheDir: string = cardCacheDir()) {
    this.cacheDir = cacheDir;
  }

  /** The cache file of a card, drawn first if the cache lacks it. */
  file(card: ShareCard): Promise<string> {
    const file = join(this.cacheDir, `${cardKey(card)}.png`);
    const job = this.queue.then(async () => {
      if (await exists(file)) return file;
      this.painter ??= new ShareCardPainter();
      const png = await this.painter.png(card);
      await mkdir(this.cacheDir, { recursive: true });
      await writeFile(file, png);
      this.drawn++;
      return file;
    });
    this.queue = job.catch(() => {});
    return job;
  }

  /** A card for the site path `src` (the first one wins when a path comes twice). */
  async add(src: string, card: ShareCard): Promise<void> {
    if (!this.cards.has(src)) this.cards.set(src, this.file(card));
    await this.cards.get(src);
  }

  /**
   * Copy every card into `outDir`, then drop the cache files this build did
   * not use, so that the cache holds one site's cards and no more.
   */
  async finish(outDir: string): Promise<CardReport> {
    const errors: string[] = [];
    const used = new Set<string>();
    const folders = new Set<string>();
    for (const [src, job] of this.cards) {
      try {
        const file = await job;
        used.add(file);
        const target = join(outDir, src);
        if (!folders.has(dirname(target))) {
          await mkdir(dirname(target), { recursive: true });
          folders.add(dirname(target));
        }
        // A hard link writes nothing (10,000 cards are 270 MB); another file system gets a copy.
        await link(file, target).catch(() => copyFile(file, target));
      } catch (error) {
        errors.push(`${src}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (errors.length === 0 && (await exists(this.cacheDir))) {
      for (const name of await readdir(this.cacheDir)) {
        if (!used.has(join(this.cacheDir, name))) await rm(join(this.cacheDir, name), { force: true });
      }
    }
    return { written: used.size, drawn: this.drawn, errors };
  }
}
