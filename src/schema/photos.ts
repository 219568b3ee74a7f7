/**
 * The build's photo check. astro:assets decodes with sharp's `failOn: 'none'`
 * and, when sharp gives up, ships the original file "unoptimized"; a
 * truncated JPEG then becomes a grey WebP and a non-image fails later naming
 * only the image. So every photo an entry references (front matter image
 * fields and images in a Markdown body) is checked once at content-load time,
 * and the build fails naming the article, the field and what is wrong.
 *
 * What is not checked here because sharp already does it right in Astro's
 * transform (tested in photos.test.ts): EXIF orientation (rotated upright),
 * metadata (EXIF with GPS, XMP, IPTC are stripped), CMYK (converted to sRGB).
 *
 * Cost: tens of ms for a cover, up to ~200 ms for a 24 MP JPEG or a large PNG
 * (docs/PERFORMANCE.md). At 10,000 photos that is minutes, so a photo that passed is
 * remembered in the cache folder by path, size and mtime, and by content hash
 * (a fresh clone changes every mtime, not the bytes).
 */
import sharp, { type Metadata } from 'sharp';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fill, vi } from '../i18n/vi.ts';
import { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, PHOTO_FORMATS } from './photoLimits.ts';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => (bytes / MB).toFixed(1).replace('.', ',');

/** Why these bytes cannot be published (Vietnamese), or null. Reads the pixels: tens of ms. */
export async function photoProblem(bytes: Buffer): Promise<string | null> {
  if (bytes.length > MAX_PHOTO_BYTES) return fill(vi.build.photoTooLarge, { size: megabytes(bytes.length), limit: MAX_PHOTO_BYTES / MB });
  let meta: Metadata;
  try {
    // The header only, so no pixel limit here: sharp's default (268 MP) would call a 900 MP bomb “not a photo” instead of naming its size.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return vi.build.photoNotImage;
  }
  if (!(PHOTO_FORMATS as readonly string[]).includes(meta.format)) return fill(vi.build.photoFormat, { format: meta.format.toUpperCase() });
  const { width = 0, height = 0 } = meta;
  if (width * height > MAX_PHOTO_PIXELS) {
    return fill(vi.build.photoTooManyPixels, {
      width,
      height,
      megapixels: ((width * height) / 1e6).toFixed(1).replace('.', ','),
      limit: MAX_PHOTO_PIXELS / 1e6,
    });
  }
  try {
    // A decode that fails on truncated data ("premature end of JPEG image"), not on the
    // harmless warnings old cameras leave ("extraneous bytes before marker"). Decoding to a
    // thumbnail lets sharp shrink JPEG and WebP while loading; every byte is still read.
    await sharp(bytes, { failOn: 'truncated', limitInputPixels: MAX_PHOTO_PIXELS }).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
  } catch (error) {
    return fill(vi.build.photoBroken, { reason: (error as Error).message });
  }
  return null;
}

/** A photo an entry refers to: the field (`cover.image`, `body`) and the path as written. */
export interface PhotoReference {
  field: string;
  src: string;
}

/**
 * The local photos of a stored entry: its image() fields, which the content
 * store lists by their path in the data (`imageImports`: [['cover', 'image']]),
 * named `cover.image` or `photos[1].image`; and the images of its rendered
 * Markdown body, named `body`. Remote and site-root images are not files of
 * the entry and are left to Astro.
 */
export function photoReferences(
  data: unknown,
  imageImports: readonly (readonly (string | number)[])[] = [],
  bodyImages: readonly string[] = [],
): PhotoReference[] {
  const out: PhotoReference[] = [];
  for (const path of imageImports) {
    let value: unknown = data;
    for (const key of path) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
    if (typeof value !== 'string') continue;
    const field = path.map((key, i) => (typeof key === 'number' || /^\d+$/.test(String(key)) ? `[${key}]` : i ? `.${key}` : key)).join('');
    out.push({ field, src: value });
  }
  for (const src of bodyImages) out.push({ field: 'body', src });
  return out.filter((ref) => !ref.src.includes('://') && !ref.src.startsWith('/'));
}

/** A photo that failed, for the build's message. */
export interface PhotoFailure {
  /** The entry's file, as the build shows it (relative to the project). */
  file: string;
  field: string;
  src: string;
  problem: string;
}

export function formatFailures(failures: readonly PhotoFailure[]): string {
  const lines = failures.map((f) => `  ${f.file}: ${f.field} (${f.src}): ${f.problem}`);
  return `${fill(vi.build.photos, { count: failures.length })}\n${lines.join('\n')}`;
}

/** What the cache remembers of a photo that passed. */
interface Passed {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** Whether a process is running (a temporary of a running build is its own, not left over). */
const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Temporaries of the cache file left by a build killed mid-write
 * (`<file>.<pid>[.<id>].tmp`); never one of a build still running, this one
 * included (another instance of this module may be writing it).
 */
async function sweepTemporaries(file: string): Promise<void> {
  const name = basename(file);
  const entries = await readdir(dirname(file)).catch(() => [] as string[]);
  const left = entries.filter((e) => {
    const pid = e.startsWith(`${name}.`) ? /\.(\d+)(?:\.[0-9a-f]{8})?\.tmp$/.exec(e)?.[1] : undefined;
    return pid !== undefined && Number(pid) !== process.pid && !running(Number(pid));
  });
  await Promise.all(left.map((e) => rm(join(dirname(file), e), { force: true })));
}

/** Cached verdicts are only good for the limits they were made under. */
const CACHE_VERSION = `1:${MAX_PHOTO_BYTES}:${MAX_PHOTO_PIXELS}:${PHOTO_FORMATS.join(',')}`;

/**
 * Photo checks for one build: each file checked once however many entries
 * use it, a few at a time, passes remembered in `cacheFile` between builds.
 * Failures are never remembered: a fixed photo is checked again.
 */
export class PhotoChecks {
  private passed = new Map<string, Passed>();
  private passedHashes = new Set<string>();
  private pending = new Map<string, Promise<string | null>>();
  private loaded: Promise<void> | undefined;
  private running = 0;
  private queue: (() => void)[] = [];
  private saving: Promise<void> = Promise.resolve();
  /** How many photos were decoded (not answered from the cache) by this instance. */
  decoded = 0;

  private readonly cacheFile: string | undefined;
  private readonly limit: number;

  constructor(cacheFile?: string, limit = Math.max(2, availableParallelism())) {
    this.cacheFile = cacheFile;
    this.limit = limit;
  }

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      if (!this.cacheFile) return;
      await sweepTemporaries(this.cacheFile);
      try {
        const saved = JSON.parse(await readFile(this.cacheFile, 'utf8')) as { version?: string; passed?: Record<string, Passed> };
        if (saved.version !== CACHE_VERSION || !saved.passed) return;
        for (const [file, facts] of Object.entries(saved.passed)) {
          this.passed.set(file, facts);
          this.passedHashes.add(facts.sha256);
        }
      } catch {
        // No cache yet, or an unreadable one: check everything.
      }
    })();
    return this.loaded;
  }

  private async slot<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((go) => this.queue.push(go));
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }

  /** Why the photo file cannot be published, or null. */
  check(file: string): Promise<string | null> {
    const path = resolve(file);
    // Shared while in flight only: a photo fixed while `astro dev` runs is checked again.
    let result = this.pending.get(path);
    if (!result) {
      result = this.slot(() => this.checkNow(path)).finally(() => this.pending.delete(path));
      this.pending.set(path, result);
    }
    return result;
  }

  private async checkNow(path: string): Promise<string | null> {
    await this.load();
    let facts;
    try {
      facts = await stat(path);
    } catch {
      return vi.build.photoMissing;
    }
    if (!facts.isFile()) return vi.build.photoMissing;
    const known = this.passed.get(path);
    if (known && known.size === facts.size && known.mtimeMs === facts.mtimeMs) return null;
    if (facts.size > MAX_PHOTO_BYTES) return fill(vi.build.photoTooLarge, { size: megabytes(facts.size), limit: MAX_PHOTO_BYTES / MB });
    const bytes = await readFile(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (!this.passedHashes.has(sha256)) {
      this.decoded++;
      const problem = await photoProblem(bytes);
      if (problem) return problem;
      this.passedHashes.add(sha256);
    }
    this.passed.set(path, { size: facts.size, mtimeMs: facts.mtimeMs, sha256 });
    return null;
  }

  /** Write what passed to the cache file (whole file, renamed into place; one write at a time). */
  save(): Promise<void> {
    const file = this.cacheFile;
    if (!file) return Promise.resolve();
    this.saving = this.saving
      .catch(() => undefined)
      .then(async () => {
        await mkdir(dirname(file), { recursive: true });
        // Unique per write: two module instances in one build (Astro's content layer and a page's environment) may save at once.
        const temporary = `${file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
        // A build that fails on content exits at once: the half-written file must not stay behind.
        const cleanUp = () => rmSync(temporary, { force: true });
        process.once('exit', cleanUp);
        try {
          await writeFile(temporary, JSON.stringify({ version: CACHE_VERSION, passed: Object.fromEntries(this.passed) }));
          await rename(temporary, file);
        } finally {
          process.off('exit', cleanUp);
          cleanUp();
        }
      });
    return this.saving;
  }
}
