/**
 * Keeps `dist/` between builds and removes only what this build did not make.
 *
 * Why: with incremental builds Astro copies each unchanged page back from its
 * cache into an emptied `dist/` (`vite.build.emptyOutDir`), 23,000 file
 * copies at 10,000 articles, about 20 s of a rebuild that changes one page.
 * Left in place, an unchanged page is "cached" where it stands. What must
 * not survive is a page that is gone (a deleted article, one turned back
 * into a draft): so after every other step, a file that is neither an
 * output of this build's routes (rendered or kept) nor written during this
 * build is removed, and the folders it leaves empty with it. The
 * incremental tests compare every rebuild with a clean full build, file for
 * file.
 *
 * "Written during this build" is read from a file's ctime, not its mtime:
 * Astro (7.4.1 on) copies cached optimized images and the public/ files into
 * the output with their source's times (`copyCachedFile`, `copyTimestamps`),
 * so a photo copied a second ago can look as old as its cache. The system
 * sets the ctime itself on every write, copy, link or `utimes`, to now.
 */
import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARE_IMAGES } from '../lib/routes.ts';
import { BUNDLE_DIR } from '../search/keys.ts';

/** The share cards' folder of the output (top level): shareCards.ts writes it and removes the cards no page names. */
export const CARD_DIR = SHARE_IMAGES.slice(1, -1);

/** The files of every route of this build, rendered or kept from the last one (the hook's `assets`). */
export const routeOutputs = (assets: Map<string, URL[]>): Set<string> => new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));

/** Whether a file was written (or copied, linked, touched) since `since` (ms), whatever times it was given. */
export const writtenSince = (stats: { ctimeMs: number }, since: number): boolean => stats.ctimeMs >= since;

/** Whether this build made `path`: an output of one of its routes, or a file written since `since`. */
export function madeByThisBuild(path: string, outputs: ReadonlySet<string>, since: number): boolean {
  if (outputs.has(path)) return true;
  try {
    return writtenSince(statSync(path), since);
  } catch {
    return false;
  }
}

/** A moment just before the build started (a file system may round a write made right after it down). */
export const buildStart = (): number => Date.now() - 1000;

/**
 * A compressed copy (`x.js.br`, `x.js.gz`: precompressAssets.ts) whose file is
 * gone or stale: the precompression runs over `_astro/` while the last
 * build's files are still there, and makes their copies anew.
 */
async function orphanCopy(path: string): Promise<boolean> {
  if (!/\.(br|gz)$/.test(path)) return false;
  const source = path.replace(/\.(br|gz)$/, '');
  return stat(source).then(
    () => false,
    () => true,
  );
}

/**
 * Files under `dir` not in `keep` and not written since `since` (ms):
 * removed; returns how many. Folders in `owned` (top level) are left alone:
 * the step that writes each replaces it whole every build.
 */
export async function removeStale(dir: string, keep: ReadonlySet<string>, since: number, owned: ReadonlySet<string> = new Set()): Promise<number> {
  let removed = 0;
  const walk = async (folder: string): Promise<boolean> => {
    let empty = true;
    // Compressed copies last, so that their file's fate in this folder is known.
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => Number(/\.(br|gz)$/.test(a.name)) - Number(/\.(br|gz)$/.test(b.name)));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (folder === dir && owned.has(entry.name)) empty = false;
      else if (entry.isDirectory()) {
        if (await walk(path)) await rmdir(path);
        else empty = false;
      } else if (!keep.has(path) && (!writtenSince(await stat(path), since) || (await orphanCopy(path)))) {
        await rm(path, { force: true });
        removed++;
      } else empty = false;
    }
    return empty;
  };
  await walk(dir);
  return removed;
}

export function staleFiles(): AstroIntegration {
  let started = 0;
  return {
    name: 'tin-phuong-stale-files',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        started = buildStart();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        // The search index (src/search/indexer.ts) puts a whole new pagefind/ in place of the last one, its
        // unchanged shards hard-linked from the cache with their old times: not this step's to judge. The share
        // cards (shareCards.ts), linked from their cache, are cleaned by their own step, which knows them by name.
        const removed = await removeStale(fileURLToPath(dir), routeOutputs(assets), started, new Set([BUNDLE_DIR, CARD_DIR]));
        if (removed) logger.info(`bỏ ${removed} tệp của lần dựng trước không còn trong trang`);
      },
    },
  };
}
