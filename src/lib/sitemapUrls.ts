/**
 * Every indexable page for the sitemap, each with lastmod: an article's
 * update (or publication), a listing page's newest article on it, a section
 * page the site's newest article. Withdrawn notices and the 404 are left
 * out, and so is the search page (they carry noindex); every archive page of a list is in, so
 * crawlers reach every article without following links. Computed once per
 * build (the index and its parts share it).
 */
import type { Album, News, SiteData } from './data.ts';
import { sitemapFiles, type SitemapFile, type SitemapUrl } from './feeds.ts';
import { paginate } from './listings.ts';
import { siteListings } from './siteListings.ts';
import { absolute, albumUrl, articleUrl, CAMPAIGNS, CATEGORIES, HOME, SITE_MAP, SITEMAP, sitemapPartUrl, WARDS } from './routes.ts';

const changed = (a: News | Album) => ('updatedAt' in a.data ? a.data.updatedAt : undefined) ?? a.data.publishedAt;
const newest = (items: readonly (News | Album)[]) => items.reduce<Date | undefined>((d, a) => (!d || changed(a) > d ? changed(a) : d), undefined);

export function sitemapUrls(data: SiteData, origin: URL): SitemapUrl[] {
  const urls: SitemapUrl[] = [];
  const all = newest(data.articles);
  const page = (path: string, lastmod: Date | undefined) => urls.push({ loc: absolute(path, origin), ...(lastmod ? { lastmod } : {}) });
  page(HOME, all);
  // Not the search page: it is noindex (results are endless query combinations).
  for (const path of [CATEGORIES, CAMPAIGNS, WARDS, SITE_MAP]) page(path, all);
  // Every page of every list (lib/siteListings.ts), each dated by its newest entry.
  for (const { base, items, size } of siteListings(data)) for (const p of paginate(items, base, size)) page(p.url, newest(p.items));
  for (const a of data.articles) page(articleUrl(a.id), changed(a));
  // A photo's own page is noindex (the album is the page to find).
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
