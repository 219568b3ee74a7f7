/**
 * The cache keys of incremental builds (Astro's `experimental.incrementalBuild`,
 * docs/PERFORMANCE.md#incremental-builds): a page whose key and code are
 * unchanged is copied from the last build instead of rendered. So a key must
 * change exactly when what the page shows changes. Astro hashes the page's
 * code itself; content is the keys' job. This module is the one place that
 * knows each page type's inputs, so no route writes a key by hand.
 *
 * - `frame`: what every page prints around its own content: the portal's
 *   own details (header, footer, share card), the categories (menu and side box), the units and campaigns (names on articles, ward
 *   notices, places), and which campaigns are running now. Rarely edited: a
 *   change there re-renders every keyed page, which is correct and rare.
 * - An entry's own page knows it by its id, its raw file's digest (Astro's
 *   hash of the whole file, body included) and its data; a list or a link
 *   shows only data, so there the digest is left out and a body edit
 *   re-renders no list. The data's images carry their content-hashed URLs,
 *   so a replaced photo changes the key.
 * - Body photos are known by their bytes (`fileDigest`), not their dates: a
 *   fresh clone changes every mtime, not one photo.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isCurrentCampaign, type Page } from './listings.ts';
import type { Album, Campaign, News, SiteData } from './data.ts';
import { DOCUMENT_PATH } from '../markdown/blocks.ts';
import { documentsFolder } from './documents.ts';
import { bodyFacts, storedFacts } from '../schema/bodies.ts';

/** What keys read of an entry. */
interface Keyed {
  id: string;
  digest?: string | number | undefined;
  data: unknown;
  filePath?: string | undefined;
  rendered?: { html?: string; metadata?: Record<string, unknown> } | undefined;
}

/**
 * A value as plain JSON data, images included without touching them: Astro's
 * image metadata is a proxy that marks the original photo as used by the page
 * (so the build ships the original beside its WebP copies) on any property
 * read but `fsPath` and `clone`. `clone` gives its data unmarked; its absolute
 * source path is left out (another checkout is the same content).
 */
function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(plain);
  const image = value as { fsPath?: unknown; clone?: unknown };
  if (typeof image.fsPath === 'string') {
    const { fsPath: _path, ...data } = (image.clone ?? {}) as Record<string, unknown>;
    return data;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}

/** A short stable hash of any JSON-able values (images by their data: see plain()). */
export function hashOf(...parts: unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify(plain(parts)))
    .digest('base64url')
    .slice(0, 22);
}

/** An entry as its own page shows it: its data and its whole file (the body too). */
export function entryKey(entry: Keyed): string {
  return hashOf(entry.id, entry.digest ?? null, entry.data);
}

const listedKeys = new WeakMap<Keyed, string>();

/**
 * An entry as the pages that list or link it see it: its data, not its body (a body edit re-renders no list).
 * Kept per entry: a build asks it of each article some ten times (its lists' pages, feeds, related lists),
 * and an entry's data does not change during a build.
 */
export function listedKey(entry: Keyed): string {
  let key = listedKeys.get(entry);
  if (key === undefined) listedKeys.set(entry, (key = hashOf(entry.id, entry.data)));
  return key;
}

const fileDigests = new Map<string, string>();

/** A file's content hash, or its absence; once per build per file. */
export function fileDigest(path: string): string {
  let digest = fileDigests.get(path);
  if (digest === undefined) {
    try {
      digest = createHash('sha256').update(readFileSync(path)).digest('base64url').slice(0, 22);
    } catch {
      digest = 'missing';
    }
    fileDigests.set(path, digest);
  }
  return digest;
}

/** The size of a document the body links to (what ArticleBody prints), or its absence. */
function documentSizes(links: readonly string[], folder: string): (number | null)[] {
  const sizes: (number | null)[] = [];
  for (const link of links) {
    if (!DOCUMENT_PATH.test(link)) continue;
    try {
      sizes.push(statSync(resolve(folder, link.slice('/van-ban/'.length))).size);
    } catch {
      sizes.push(null);
    }
  }
  return sizes;
}

/** The page keys of one build's content. */
export interface PageKeys {
  /** An article's page: itself, its body photos and documents, its related articles and albums. */
  article(article: News): string;
  /** A page of a list of articles or albums; `scope` names the list (its params). */
  listing(scope: unknown, page: Page<Keyed>): string;
  /** A page of a campaign: the campaign, its page of articles, whether it is indexed now. */
  campaign(campaign: Campaign, page: Page<Keyed>): string;
  /** An album page, or one of its photo pages (`photo` its index). */
  album(album: Album, photo?: number): string;
  /** A topic's feed: the topic (its name and description are in the frame) and the articles it lists. */
  feed(scope: unknown, items: readonly Keyed[]): string;
}

const memo = new WeakMap<SiteData, PageKeys>();

/** The keys for `site` (one set per build). */
export function pageKeys(site: SiteData): PageKeys {
  const known = memo.get(site);
  if (known) return known;
  const frame = hashOf(
    site.identity,
    [site.categories, site.wards, site.districts, site.campaigns].map((list) => list.map(listedKey)),
    site.campaigns.map((c) => isCurrentCampaign(c.data.period, site.now)),
  );
  // What a list page prints of its list: which page, its entries and its navigation (lib/listings.ts). Not the
  // list's length: an archive page keeps its key while the list grows, unless its nav reaches the new page.
  const items = (page: Page<Keyed>) => [page.archive ?? null, page.items.map(listedKey), page.nav];
  const keys: PageKeys = {
    article(article) {
      // What the key needs of the body, kept beside the store when the body is kept out of it (schema/bodies.ts).
      const body = storedFacts(article.rendered) ?? bodyFacts(article.rendered?.html ?? '');
      const folder = article.filePath ? dirname(resolve(article.filePath)) : '';
      const photos = ((article.rendered?.metadata?.localImagePaths as string[] | undefined) ?? []).map((src) => fileDigest(resolve(folder, src)));
      // Embedded albums show the album's photos, public or not yet: every album's key and state, only for articles with one.
      const embeds = body.albums ? site.albums.map(listedKey) : [];
      return hashOf(
        frame,
        entryKey(article),
        photos,
        documentSizes(body.documents, documentsFolder()),
        embeds,
        site.lists.related(article).map(listedKey),
        site.albumsOf(article.id).map(listedKey),
      );
    },
    listing: (scope, page) => hashOf(frame, scope, items(page)),
    campaign: (campaign, page) => hashOf(frame, entryKey(campaign), items(page), campaign.data.period.start.getTime() <= site.now.getTime()),
    feed: (scope, listed) => hashOf(frame, 'feed', scope, listed.map(listedKey)),
    album(album, photo) {
      // The album page names the public articles it links to; a photo page only its album.
      const linked = photo === undefined ? album.data.articles.map((ref) => site.article(ref.id)).map((a) => (a ? listedKey(a) : null)) : [];
      return hashOf(frame, entryKey(album), photo ?? null, linked);
    },
  };
  memo.set(site, keys);
  return keys;
}
