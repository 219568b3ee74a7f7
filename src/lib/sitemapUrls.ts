/**
 * Every indexable page for the sitemap, each with lastmod: an article's
 * update (or publication), a listing page's newest article on it, a section
 * page the site's newest article. Withdrawn notices and the 404 are left
 * out, and so is the search page (they carry noindex); listing pages beyond the first are in, so
 * crawlers reach every article without following links. Computed once per
 * build (the index and its parts share it).
 */
import type { News, SiteData } from './data.ts';
import { sitemapFiles, type SitemapFile, type SitemapUrl } from './feeds.ts';
import { paginate, yearsOf } from './listings.ts';
import { ALBUM_PAGE_SIZE } from './albums.ts';
import {
  absolute,
  ALBUMS,
  albumUrl,
  articleUrl,
  CAMPAIGNS,
  campaignUrl,
  CATEGORIES,
  categoryUrl,
  districtUrl,
  HOME,
  NEWS,
  SITE_MAP,
  SITEMAP,
  sitemapPartUrl,
  WARDS,
  wardUrl,
  yearUrl,
} from './routes.ts';

const changed = (a: News) => a.data.updatedAt ?? a.data.publishedAt;
const newest = (items: readonly News[]) => items.reduce<Date | undefined>((d, a) => (!d || changed(a) > d ? changed(a) : d), undefined);

export function sitemapUrls(data: SiteData, origin: URL): SitemapUrl[] {
  const urls: SitemapUrl[] = [];
  const all = newest(data.articles);
  const page = (path: string, lastmod: Date | undefined) => urls.push({ loc: absolute(path, origin), ...(lastmod ? { lastmod } : {}) });
  const list = (base: string, items: readonly News[]) => {
    for (const p of paginate(items, base)) page(p.url, newest(p.items));
  };
  page(HOME, all);
  list(NEWS, data.articles);
  for (const y of yearsOf(data.articles)) list(yearUrl(y), data.lists.byYear(y));
  // Not the search page: it is noindex (results are endless query combinations).
  for (const path of [CATEGORIES, CAMPAIGNS, WARDS, SITE_MAP]) page(path, all);
  for (const c of data.categories) list(categoryUrl(c.id), data.lists.byCategory(c.id));
  for (const c of data.campaigns) list(campaignUrl(c.id), data.lists.byCampaign(c.id));
  for (const w of data.wards) list(wardUrl(w.id), data.lists.byWard(w.id));
  for (const d of data.districts) list(districtUrl(d.id), data.lists.byDistrict(d.id));
  for (const a of data.articles) page(articleUrl(a.id), changed(a));
  // Albums: the index pages and each album; a photo's own page is noindex (the album is the page to find).
  for (const p of paginate(data.albums, ALBUMS, ALBUM_PAGE_SIZE)) page(p.url, p.items[0]?.data.publishedAt);
  for (const a of data.albums) page(albumUrl(a.id), a.data.publishedAt);
  return urls;
}

let cached: { key: SiteData; files: SitemapFile[] } | undefined;

/** The sitemap files (one, or an index and its parts above 50,000 URLs). */
export function sitemapFilesOf(data: SiteData, origin: URL): SitemapFile[] {
  if (cached?.key !== data)
    cached = { key: data, files: sitemapFiles(sitemapUrls(data, origin), { site: origin.href, indexPath: SITEMAP, partPath: sitemapPartUrl }) };
  return cached.files;
}
