/**
 * Share card files. Each card is drawn once and kept in a disk cache across
 * builds, beside Astro's image cache (`<ASTRO_CACHE_DIR or
 * node_modules/.astro>/anh-chia-se/<key>.png`); the key hashes the card's
 * text with the code and fonts that draw it, so a change to either draws the
 * card again. A build draws only the cards whose text changed; Astro writes
 * each card into the output from its route (src/pages/anh-chia-se).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { access, mkdir, open, readdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ShareCardPainter, type ShareCard } from './card.ts';
import { fontFiles } from './typeface.ts';
import { writeWhole } from '../build/writeWhole.ts';

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
  return createHash('sha256')
    .update(design)
    .update(JSON.stringify([card.eyebrow, card.kicker, card.headline, card.footer]))
    .digest('hex')
    .slice(0, 32);
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** PNG's signature at the start and its IEND chunk at the end: a card cut short is drawn again, never published. */
const PNG_START = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
async function wholePng(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size < 20) return false;
    const start = Buffer.alloc(8);
    const end = Buffer.alloc(12);
    await handle.read(start, 0, 8, 0);
    await handle.read(end, 0, 12, size - 12);
    return start.equals(PNG_START) && end.equals(PNG_END);
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/** Share card files in the disk cache: drawn when missing, kept while a build uses them. */
export class CardFiles {
  private painter: ShareCardPainter | undefined;
  private readonly cacheDir: string;
  /** Cards are drawn one after another: a build asks for thousands at once. */
  private queue: Promise<unknown> = Promise.resolve();
  /** How many cards this instance drew (the rest were in the cache). */
  drawn = 0;

  constructor(cacheDir: string = cardCacheDir()) {
    this.cacheDir = cacheDir;
  }

  /** The cache file of a card, drawn first if the cache lacks it. */
  file(card: ShareCard): Promise<string> {
    const file = join(this.cacheDir, `${cardKey(card)}.png`);
    const job = this.queue.then(async () => {
      if (await wholePng(file)) return file;
      this.painter ??= new ShareCardPainter();
      const png = await this.painter.png(card);
      await mkdir(this.cacheDir, { recursive: true });
      // Written whole or not at all: a build killed mid-write leaves no truncated card to copy next time.
      await writeWhole(file, png);
      this.drawn++;
      return file;
    });
    this.queue = job.catch(() => {});
    return job;
  }

  /** Drop the cache files that are not in `used`, so the cache holds one site's cards and no more. */
  async keepOnly(used: ReadonlySet<string>): Promise<void> {
    if (!(await exists(this.cacheDir))) return;
    for (const name of await readdir(this.cacheDir)) {
      if (!used.has(join(this.cacheDir, name))) await rm(join(this.cacheDir, name), { force: true });
    }
  }
}
