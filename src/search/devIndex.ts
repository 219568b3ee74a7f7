/**
 * Search under `astro dev` (and `npm run cms`, which runs it): the dev
 * server answers /pagefind/ from memory with bundles indexed from its own
 * pages, as the build indexes the built ones (indexer.ts), so staff see the
 * search work on the content they are editing.
 *
 * The pages to index are the articles and campaigns of the dev server's own
 * sitemap, fetched from itself and read by the same indexer. It runs on the
 * first request for /pagefind/ and again after a content or source file
 * changes (on the next request), so nothing is indexed while no one searches.
 *
 * After an edit of an article or a campaign, only that page (and the
 * campaigns, which list articles) is fetched again, with the pages the
 * sitemap gained; the others keep the HTML read last time. The dev server
 * renders a page on request, so indexing every page again after each edit
 * took minutes at archive size. Any other change (the site's code, wards,
 * categories, settings) indexes every page again.
 *
 * An edited entry renders anew only once Astro has written its data store
 * (it reloads the store from that file), which a busy machine puts seconds
 * after the file event: an index begun before that write is made again after
 * it, rather than after a fixed delay.
 */
import type { AstroIntegrationLogger } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ViteDevServer } from 'vite';
import { BUNDLE_URL } from './keys.ts';
import { SearchIndexer, type BundleFiles } from './indexer.ts';
import { CAMPAIGNS, NEWS } from '../lib/routes.ts';
import { contentRoot } from '../build/contentRoot.ts';
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';

/** Pages that may carry a search body: an article (/tin-tuc/2015/slug/) or a campaign's first page. */
const INDEXED_PAGE = new RegExp(`^(${NEWS}\\d{4}/(?!trang-\\d+/)[^/]+/|${CAMPAIGNS}(?!trang-\\d+/)[^/]+/)$`);

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', json: 'application/json; charset=utf-8' };

/** The page paths of a sitemap (or of each part of a sitemap index). */
async function sitemapPaths(origin: string): Promise<string[]> {
  const locs = async (path: string) => [...(await (await fetch(origin + path)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const top = await locs('/sitemap.xml');
  const parts = top.filter((p) => /\.xml$/.test(p));
  const all = parts.length ? (await Promise.all(parts.map(locs))).flat() : top;
  return [...new Set(all)].filter((p) => INDEXED_PAGE.test(p)).sort();
}

/** What changed since the last index: every page (`all`), or the pages of these edited entries. */
export interface DevChanges {
  all: boolean;
  paths: Set<string>;
}

/**
 * What an edited file changes in the index: the page of an article or a
 * campaign it is (its id is its path without the extension, as the content
 * loader makes it), or everything (null) for any other file.
 */
export function changedPage(file: string, root: string): string | null {
  const rel = file.startsWith(root + sep)
    ? file
        .slice(root.length + 1)
        .split(sep)
        .join('/')
    : null;
  const entry = rel?.match(/^(news|campaigns)\/(.+)\.(md|mdx)$/);
  if (!entry) return null;
  return entry[1] === 'news' ? `${NEWS}${entry[2]}/` : `${CAMPAIGNS}${entry[2]}/`;
}

/** The pages to fetch again: all, or those edited, new in the sitemap, and the campaigns (they list articles). */
export function pagesToFetch(paths: string[], known: ReadonlyMap<string, string>, changes: DevChanges): string[] {
  if (changes.all) return paths;
  return paths.filter((p) => !known.has(p) || changes.paths.has(p) || p.startsWith(CAMPAIGNS));
}

export interface DevBundle {
  files: BundleFiles;
  /** Each indexed page's HTML, for the next index to start from. */
  pages: Map<string, string>;
  /** How many pages were fetched (rendered) again for this index. */
  fetched: number;
}

/** Index the dev server's pages at `origin`, starting from `known` (each page's HTML from the last index). */
export async function devBundle(
  origin: string,
  known: ReadonlyMap<string, string> = new Map(),
  changes: DevChanges = { all: true, paths: new Set() },
): Promise<DevBundle> {
  const indexer = new SearchIndexer();
  const paths = await sitemapPaths(origin);
  const fetchNow = new Set(pagesToFetch(paths, known, changes));
  const pages = new Map<string, string>();
  const fetched = [...fetchNow];
  // A few at a time: the dev server renders each on request.
  for (let i = 0; i < fetched.length; i += 4) {
    const batch = fetched.slice(i, i + 4);
    const html = await Promise.all(batch.map(async (p) => (await fetch(origin + p)).text()));
    batch.forEach((path, j) => pages.set(path, html[j]!));
  }
  for (const path of paths) {
    const html = pages.get(path) ?? known.get(path)!;
    pages.set(path, html);
    indexer.add(path, html);
  }
  return { files: await indexer.files(), pages, fetched: fetched.length };
}

/**
 * The files whose write commits Astro's dev data store (one file, or a
 * manifest when the store is chunked; `astro/dist/content/paths.js`): pages
 * render an edited entry's new content only from then on.
 */
export function devStoreFiles(root: string): string[] {
  return [resolve(root, '.astro/data-store.json'), resolve(root, '.astro/data-store/manifest.json')];
}

/** A file's last write, in ms (0 if it is gone). */
function writtenAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

export function serveDevIndex(server: ViteDevServer, logger: AstroIntegrationLogger): void {
  let bundle: { files: Promise<BundleFiles>; since: DevChanges; done: boolean } | null = null;
  // Each page's HTML from the newest index that finished, and what changed since: only that is fetched again.
  let known: ReadonlyMap<string, string> = new Map();
  let started = 0;
  let finished = 0;
  let changes: DevChanges = { all: true, paths: new Set() };
  const fetchAgain = (since: DevChanges) => {
    changes.all ||= since.all;
    for (const page of since.paths) changes.paths.add(page);
  };
  const content = contentRoot();
  // An edit of the content or of the site's code (layouts) may change what is indexed: index again on the next search.
  const watched = [content + sep, resolve(server.config.root, 'src') + sep];
  const store = devStoreFiles(server.config.root);
  // When the first content change that Astro's store has not yet taken came (0: none).
  let storeBehind = 0;
  server.watcher.on('all', (_event, changed) => {
    const path = resolve(changed);
    if (store.includes(path)) {
      // Pages render an edited entry from the store's write on: an index begun before may have read the old
      // page. The watcher can report an older write after the change; that one did not take it.
      if (!storeBehind || writtenAt(path) < storeBehind) return;
      storeBehind = 0;
      if (bundle) fetchAgain(bundle.since);
      bundle = null;
      return;
    }
    if (!watched.some((folder) => path.startsWith(folder))) return;
    const page = changedPage(path, content);
    if (path.startsWith(content + sep)) storeBehind ||= Date.now();
    if (page) changes.paths.add(page);
    else changes.all = true;
    // An index still running may not finish with what it was to fetch again.
    if (bundle && !bundle.done) fetchAgain(bundle.since);
    bundle = null;
  });
  server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '').split('?')[0]!;
    if (!path.startsWith(BUNDLE_URL)) return next();
    const origin = `http://${req.headers.host ?? 'localhost:4321'}`;
    const now = Date.now();
    if (!bundle) {
      const since = changes;
      changes = { all: false, paths: new Set() };
      const run = ++started;
      const made = devBundle(origin, known, since).then(({ files, pages, fetched }) => {
        // An older index finishing late does not replace a newer one's pages.
        if (run > finished) [finished, known] = [run, pages];
        current.done = true;
        logger.info(`chỉ mục tìm kiếm (dev): ${pages.size} trang, đọc lại ${fetched} trang, ${files.size} tệp, ${((Date.now() - now) / 1000).toFixed(1)} s`);
        return files;
      });
      const current = { files: made, since, done: false };
      bundle = current;
      current.files.then(
        () => {},
        (error: unknown) => {
          logger.error(`chỉ mục tìm kiếm (dev): ${String(error)}`);
          if (bundle === current) bundle = null;
          // What this run was to fetch again is still to fetch.
          fetchAgain(since);
        },
      );
    }
    bundle.files.then(
      (files) => {
        const file = files.get(decodeURIComponent(path.slice(BUNDLE_URL.length)));
        if (!file) {
          res.statusCode = 404;
          return res.end();
        }
        res.setHeader('Content-Type', TYPES[path.split('.').pop()!] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-store');
        res.end(file);
      },
      () => {
        res.statusCode = 500;
        res.end();
      },
    );
  });
}
