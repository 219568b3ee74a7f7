/**
 * The one place pages get content from. Loads every collection once per
 * build and applies isPublic()/hasPage() (src/lib/publishing.ts), so no page,
 * feed or sitemap can list a draft, a scheduled article or a withdrawn one.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { splitFrontmatter } from '../schema/frontmatter.ts';
import { buildNow, hasPage, isPublic, newestFirst, nextChange } from './publishing.ts';
import { campaignBoundaries, isUrlSafeId } from './listings.ts';
import { isReservedAlbumId } from './albums.ts';
import { buildListingIndex, type ListingIndex } from './listingIndex.ts';
import { wardDisplayName, type WardRecord } from './wards.ts';
import { siteIdentity, type SiteIdentity } from './siteIdentity.ts';

export type News = CollectionEntry<'news'>;
export type Album = CollectionEntry<'albums'>;
export type Campaign = CollectionEntry<'campaigns'>;
export type Category = CollectionEntry<'categories'>;
export type Ward = CollectionEntry<'wards'>;
export type District = CollectionEntry<'districts'>;

export interface SiteData {
  /** The moment this build treats as now (one per build, so every page agrees). */
  now: Date;
  /**
   * When what is public next changes by itself (a scheduled article or album
   * reaches its moment, a campaign starts or ends), or null: this build's
   * output holds until then (src/build/upToDate.ts).
   */
  nextChange: Date | null;
  /** The portal's own details (content/don-vi.json), printed on every page. */
  identity: SiteIdentity;
  /** Listed, fed and indexed: isPublic(), newest first. */
  articles: News[];
  /** Everything that gets a page: public articles and withdrawn notices. */
  pages: News[];
  campaigns: Campaign[];
  /** Public albums (isPublic()), newest first. */
  albums: Album[];
  /** The public albums that link to an article, by the article's id (newest first). */
  albumsOf: (articleId: string) => Album[];
  album: (id: string) => Album | undefined;
  /** Whether an album file exists, public or not (a draft or scheduled one has no page yet). */
  albumExists: (id: string) => boolean;
  /** A public article by id (isPublic()). */
  article: (id: string) => News | undefined;
  /** In menu order. */
  categories: Category[];
  wards: Ward[];
  districts: District[];
  /** Wards as the succession helpers (lib/wards.ts) take them. */
  wardRecords: WardRecord[];
  /** Every listing (by ward, district, campaign, category, year; related articles) of the public articles, computed once. */
  lists: ListingIndex<News>;
  category: (id: string) => Category | undefined;
  ward: (id: string) => Ward | undefined;
  district: (id: string) => District | undefined;
  campaign: (id: string) => Campaign | undefined;
}

async function load(): Promise<SiteData> {
  const now = buildNow();
  const [news, campaigns, allAlbums, categories, wards, districts] = await Promise.all([
    getCollection('news'),
    getCollection('campaigns'),
    getCollection('albums'),
    getCollection('categories'),
    getCollection('wards'),
    getCollection('districts'),
  ]);
  for (const entry of [...news, ...campaigns, ...allAlbums]) {
    if (!isUrlSafeId(entry.id)) {
      throw new Error(
        `${entry.filePath ?? entry.id}: tên tệp phải viết thường, không dấu, nối bằng gạch ngang (ví dụ phuong-phuc-loi.md) vì nó thành đường dẫn của trang`,
      );
    }
  }
  for (const album of allAlbums) {
    if (isReservedAlbumId(album.id))
      throw new Error(`${album.filePath ?? album.id}: tên tệp “${album.id}” trùng với địa chỉ một trang của danh sách album; hãy đặt tên khác`);
  }
  const pages = news.filter((n) => hasPage(n.data, now)).sort(newestFirst);
  const byId = <T extends { id: string }>(list: T[]) => {
    const map = new Map(list.map((e) => [e.id, e]));
    return (id: string) => map.get(id);
  };
  const sortedCategories = [...categories].sort((a, b) => (a.data.order ?? 999) - (b.data.order ?? 999) || a.data.name.localeCompare(b.data.name, 'vi'));
  const sortedWards = [...wards].sort((a, b) => wardDisplayName(a.data).localeCompare(wardDisplayName(b.data), 'vi') || a.id.localeCompare(b.id));
  const articles = pages.filter((n) => isPublic(n.data, now));
  const wardRecords = wards.map((w) => ({ id: w.id, ...w.data }));
  const albums = allAlbums.filter((a) => isPublic(a.data, now)).sort(newestFirst);
  const albumsByArticle = new Map<string, Album[]>();
  for (const album of albums) for (const ref of album.data.articles) albumsByArticle.set(ref.id, [...(albumsByArticle.get(ref.id) ?? []), album]);
  const moments = [...news, ...allAlbums].filter((e) => !e.data.draft).map((e) => e.data.publishedAt);
  return {
    now,
    nextChange: nextChange([...moments, ...campaigns.flatMap((c) => campaignBoundaries(c.data.period))], now),
    identity: siteIdentity(),
    articles,
    pages,
    campaigns,
    albums,
    albumsOf: (id) => albumsByArticle.get(id) ?? [],
    album: byId(albums),
    albumExists: (
      (ids) => (id: string) =>
        ids.has(id)
    )(new Set(allAlbums.map((a) => a.id))),
    article: byId(articles),
    categories: sortedCategories,
    wards: sortedWards,
    districts: [...districts].sort((a, b) => a.data.label.localeCompare(b.data.label, 'vi')),
    wardRecords,
    lists: buildListingIndex(articles, wardRecords),
    category: byId(categories),
    ward: byId(wards),
    district: byId(districts),
    campaign: byId(campaigns),
  };
}

let cached: Promise<SiteData> | undefined;

/** All site content, loaded once per build (the dev server reloads it on every request, so edits show). */
export function siteData(): Promise<SiteData> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}

/**
 * The Markdown or MDX source of an entry's body, read from its file: the
 * content store does not keep sources (see schema/loader.ts), and only .mdx
 * entries, which have no rendered HTML in the store, need it.
 */
export async function sourceBody(entry: { filePath?: string | undefined }): Promise<string | undefined> {
  if (!entry.filePath) return undefined;
  return splitFrontmatter(await readFile(resolve(entry.filePath), 'utf8')).body;
}
