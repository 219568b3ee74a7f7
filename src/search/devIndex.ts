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
 */
import type { AstroIntegrationLogger } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ViteDevServer } from 'vite';
import { BUNDLE_URL } from './keys.ts';
import { SearchIndexer, type BundleFiles } from './indexer.ts';
import { CAMPAIGNS, NEWS } from '../lib/routes.ts';
import { contentRoot } from '../build/contentRoot.ts';
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

/** Index the dev server's pages at `origin`. */
export async function devBundle(origin: string): Promise<BundleFiles> {
  const indexer = new SearchIndexer();
  const paths = await sitemapPaths(origin);
  // A few at a time: the dev server renders each on request.
  for (let i = 0; i < paths.length; i += 4) {
    const batch = paths.slice(i, i + 4);
    const pages = await Promise.all(batch.map(async (p) => (await fetch(origin + p)).text()));
    batch.forEach((path, j) => indexer.add(path, pages[j]!));
  }
  return indexer.files();
}

/**
 * Astro reloads a changed entry a moment after the file event: an index
 * started within this long after a change may have read the old page, so it
 * serves until then and is made again afterwards.
 */
const SETTLE_MS = 2000;

export function serveDevIndex(server: ViteDevServer, logger: AstroIntegrationLogger): void {
  let bundle: { files: Promise<BundleFiles>; started: number } | null = null;
  let changedAt = 0;
  // An edit of the content or of the site's code (layouts) may change what is indexed: index again on the next search.
  const watched = [contentRoot() + sep, resolve(server.config.root, 'src') + sep];
  server.watcher.on('all', (_event, path) => {
    if (!watched.some((folder) => resolve(path).startsWith(folder))) return;
    changedAt = Date.now();
    bundle = null;
  });
  server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '').split('?')[0]!;
    if (!path.startsWith(BUNDLE_URL)) return next();
    const origin = `http://${req.headers.host ?? 'localhost:4321'}`;
    const now = Date.now();
    if (bundle && bundle.started < changedAt + SETTLE_MS && now >= changedAt + SETTLE_MS) bundle = null;
    if (!bundle) {
      const current = { files: devBundle(origin), started: now };
      bundle = current;
      current.files.then(
        (files) => logger.info(`chỉ mục tìm kiếm (dev): ${files.size} tệp, ${((Date.now() - now) / 1000).toFixed(1)} s`),
        (error: unknown) => {
          logger.error(`chỉ mục tìm kiếm (dev): ${String(error)}`);
          if (bundle === current) bundle = null;
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
