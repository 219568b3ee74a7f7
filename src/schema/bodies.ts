/**
 * Rendered Markdown bodies, kept as files beside Astro's content store
 * instead of inside it. Astro's glob loader stores each entry's HTML in the
 * store, and the build turns the whole store into one JavaScript module that
 * Vite bundles and every build loads again: at 10,000 articles that is 68 of
 * its 80 MB, about 9 s of each build, an edit's rebuild included
 * (docs/PERFORMANCE.md). Here the loader writes the HTML to
 * `<cacheDir>/tin-phuong-bodies/<collection>/`, keeps in the store only its
 * file name and what the page keys need to know of it (`BodyFacts`), and a
 * page reads its own body back when, and only when, it renders.
 *
 * A body file is named by the entry's path and Astro's digest of its file,
 * so a changed article gets a new file. The files live and go with the store
 * (build/incremental.ts drops both when the code changes); one that is
 * missing makes the loader render its entry again, and files no entry names
 * are removed after each load.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';

/** Astro's rendered entry: HTML and its metadata. */
export interface Rendered {
  html: string;
  metadata?: Record<string, unknown>;
}

/** The metadata key naming an entry's body file, relative to the site's root. */
export const BODY_FILE = 'tinPhuongBody';

/** What the page keys read of a body without opening it (lib/pageKeys.ts). */
export interface BodyFacts {
  /** Whether it embeds an album (its photos are filled in at page time: lib/blockEmbeds.ts). */
  albums: boolean;
  /** The links into the documents folder (`/van-ban/…`), in order. */
  documents: string[];
}
export const BODY_FACTS = 'tinPhuongBodyFacts';

/** Where a collection's body files live, under Astro's cacheDir. */
export const bodiesFolder = (cacheDir: string, collection: string): string => join(cacheDir, 'tin-phuong-bodies', collection);

/** A body file's name: the entry's file and digest. */
export function bodyFileName(filePath: string, digest: string | number): string {
  return `${createHash('sha256').update(`${filePath}\0${digest}`).digest('base64url').slice(0, 32)}.html`;
}

/** What the page keys need of a body's HTML. */
export function bodyFacts(html: string): BodyFacts {
  return { albums: html.includes('class="album-embed"'), documents: [...html.matchAll(/href="(\/van-ban\/[^"]+)"/g)].map((m) => m[1]!) };
}

/** The facts kept for an entry, or none when its body is in the store itself (an entry from before, or a test's). */
export function storedFacts(rendered: Rendered | undefined): BodyFacts | undefined {
  return rendered?.metadata?.[BODY_FACTS] as BodyFacts | undefined;
}

/**
 * Writes a rendered body to its file and gives what the store keeps instead:
 * no HTML, the metadata, the file's path relative to `root`, and its facts.
 */
export async function keepBody(rendered: Rendered, options: { root: string; folder: string; filePath: string; digest: string | number }): Promise<Rendered> {
  const name = bodyFileName(options.filePath, options.digest);
  // Written on libuv's threads while the next files render; the folder made when it is missing, not before each of 10,000.
  const file = join(options.folder, name);
  await writeFile(file, rendered.html).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(options.folder, { recursive: true });
    await writeFile(file, rendered.html);
  });
  return {
    html: '',
    metadata: { ...rendered.metadata, [BODY_FILE]: relative(options.root, join(options.folder, name)), [BODY_FACTS]: bodyFacts(rendered.html) },
  };
}

/** Whether a stored entry's body file is still there (or its body is in the store). */
export function bodyPresent(rendered: Rendered | undefined, root: string): boolean {
  const file = rendered?.metadata?.[BODY_FILE];
  return typeof file !== 'string' || existsSync(resolve(root, file));
}

/** Removes the body files of `folder` that no stored entry names. */
export function pruneBodies(folder: string, entries: Iterable<{ rendered?: Rendered | undefined }>): void {
  if (!existsSync(folder)) return;
  // By name, not path: names are unique (bodyFileName), and a store written from another root names its files differently.
  const named = new Set<string>();
  for (const entry of entries) {
    const file = entry.rendered?.metadata?.[BODY_FILE];
    if (typeof file === 'string') named.add(basename(file));
  }
  for (const name of readdirSync(folder)) if (!named.has(name)) rmSync(join(folder, name), { force: true });
}

/**
 * The entry with its HTML back in place, for Astro's `render()` and the
 * layout's checks. Relative paths resolve from the working directory, the
 * site's root, as the build's other reads of `filePath` do.
 */
export function withBody<T extends { id: string; rendered?: Rendered | undefined }>(entry: T): T {
  const file = entry.rendered?.metadata?.[BODY_FILE];
  if (typeof file !== 'string') return entry;
  let html: string;
  try {
    html = readFileSync(resolve(file), 'utf8');
  } catch (error) {
    // The loader renders an entry again when its file is missing: this is a cache emptied while the build ran.
    throw new Error(`${entry.id}: ${(error as Error).message}`, { cause: error });
  }
  return { ...entry, rendered: { ...entry.rendered, html } };
}
