/**
 * The site's URL templates for the routes this module covers: entity pages,
 * feeds, the sitemap, share images, and absolute forms of all of them
 * (canonical links, og:url, feeds, sitemap). Pure; paths are ASCII and end
 * in a slash for pages (astro.config.mjs: trailingSlash 'always').
 */

export const HOME = '/';
export const NEWS = '/tin-tuc/';
export const SEARCH = '/tim-kiem/';
export const SITE_MAP = '/so-do-trang/';
export const ADMIN = '/admin/';
/** The albums, newest first (paginated like the news: /album-anh/trang-2/). */
export const ALBUMS = '/album-anh/';

/** `/tin-tuc/2015/<slug>/`: the id is the file path under content/news (YYYY/slug). */
export const articleUrl = (id: string): string => `/tin-tuc/${id}/`;
export const yearUrl = (year: number | string): string => `/tin-tuc/${year}/`;
export const categoryUrl = (id: string): string => `/chuyen-muc/${id}/`;
export const campaignUrl = (id: string): string => `/phong-trao/${id}/`;
export const wardUrl = (id: string): string => `/phuong-xa/${id}/`;
/** `/album-anh/<slug>/`: the id is the file name under content/albums. */
export const albumUrl = (id: string): string => `${ALBUMS}${id}/`;
/** One photo of an album on a page of its own (n is 1-based): what a thumbnail opens without JavaScript. */
export const albumPhotoUrl = (id: string, n: number): string => `${albumUrl(id)}anh-${n}/`;
/** The albums feed, beside the albums index. */
export const ALBUMS_FEED = `${ALBUMS}rss.xml`;
export const districtUrl = (id: string): string => `/quan-huyen/${id}/`;

/** The feeds: the whole site, and one per category, ward and campaign (beside its page). */
export type FeedScope = { kind: 'site' } | { kind: 'category' | 'ward' | 'campaign'; id: string };
export function feedUrl(scope: FeedScope): string {
  switch (scope.kind) {
    case 'site':
      return '/rss.xml';
    case 'category':
      return `${categoryUrl(scope.id)}rss.xml`;
    case 'ward':
      return `${wardUrl(scope.id)}rss.xml`;
    case 'campaign':
      return `${campaignUrl(scope.id)}rss.xml`;
  }
}

export const SITEMAP = '/sitemap.xml';
/** Part n (1-based) of a sitemap split because it passed 50,000 URLs. */
export const sitemapPartUrl = (n: number): string => `/sitemap-${n}.xml`;
export const ROBOTS = '/robots.txt';

/**
 * The generated share image of articles without a cover: one per unit and
 * category (never per article: rendering one costs 60 ms or more, 10 minutes
 * at 10,000 articles). `category` absent: the site's default image.
 */
export const shareImageUrl = (unitId: string, categoryId?: string): string =>
  categoryId ? `/anh-chia-se/${unitId}/${categoryId}.png` : `/anh-chia-se/${unitId}.png`;

/** An absolute URL on the site (site = Astro.site / SITE_URL). */
export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
