/**
 * The site's URL templates, in one place: section pages,
 * entity pages and the later pages of their listings, feeds, the sitemap,
 * share images, documents, and absolute forms of all of them (canonical
 * links, og:url, feeds, sitemap). Pure; paths are ASCII and end in a slash
 * for pages (astro.config.mjs: trailingSlash 'always').
 */

export const HOME = '/';
/** Every public article, newest first; articles and year archives sit below it. */
export const NEWS = '/tin-tuc/';
export const SEARCH = '/tim-kiem/';
export const SITE_MAP = '/so-do-trang/';
export const ADMIN = '/admin/';
/** The albums, newest first (paginated like the news: /album-anh/trang-2/). */
export const ALBUMS = '/album-anh/';
/** Every category with its description and article count; a category's pages sit below it. */
export const CATEGORIES = '/chuyen-muc/';
/** The campaigns, running ones first; a campaign's pages sit below it. */
export const CAMPAIGNS = '/phong-trao/';
/** The wards, current and before 1 July 2025, and the old districts; a ward's pages sit below it. */
export const WARDS = '/phuong-xa/';
/** The old districts' pages sit below it; it has no page of its own (WARDS lists the districts). */
const DISTRICTS = '/quan-huyen/';
/** The documents of <content>/van-ban/ (PDF, Word, Excel, ODF); a folder, no page of its own. */
export const DOCUMENTS = '/van-ban/';

/** `/tin-tuc/2015/<slug>/`: the id is the file path under content/news (YYYY/slug). */
export const articleUrl = (id: string): string => `${NEWS}${id}/`;
/** `/tin-tuc/2015/`: the articles of a year as seen in Viet Nam. */
export const yearUrl = (year: number | string): string => `${NEWS}${year}/`;
/** `/chuyen-muc/<id>/`: the id is the file name under content/categories. */
export const categoryUrl = (id: string): string => `${CATEGORIES}${id}/`;
/** `/phong-trao/<id>/`: the id is the file name under content/campaigns. */
export const campaignUrl = (id: string): string => `${CAMPAIGNS}${id}/`;
/** `/phuong-xa/<id>/`: the id is the file name under content/wards (a current or a historic unit). */
export const wardUrl = (id: string): string => `${WARDS}${id}/`;
/** `/album-anh/<slug>/`: the id is the file name under content/albums. */
export const albumUrl = (id: string): string => `${ALBUMS}${id}/`;
/** One photo of an album on a page of its own (n is 1-based): what a thumbnail opens without JavaScript. */
export const albumPhotoUrl = (id: string, n: number): string => `${albumUrl(id)}anh-${n}/`;
/** The albums feed, beside the albums index. */
export const ALBUMS_FEED = `${ALBUMS}rss.xml`;
/** `/quan-huyen/<id>/`: the id is the file name under content/districts (districts existed until 1 July 2025). */
export const districtUrl = (id: string): string => `${DISTRICTS}${id}/`;
/** `/van-ban/<file>`: a document by its path under <content>/van-ban/ (a/b.pdf). */
export const documentUrl = (file: string): string => `${DOCUMENTS}${file}`;

/** The path segment of archive page n (n ≥ 1, 1 the oldest), `trang-2`: also the rest parameter of the [...page] routes. */
export const pageSegment = (n: number): string => `trang-${n}`;
/** Whether a path segment is a listing page's (`trang-2`): an entry id like it would clash with a page of a listing. */
export const isPageSegment = (segment: string): boolean => /^trang-\d+$/.test(segment);
/** Archive page n of a listing at `base` (`/chuyen-muc/x/trang-2/`), or its front page (`/chuyen-muc/x/`) for undefined. */
export const pageUrl = (base: string, n: number | undefined): string => (n === undefined ? base : `${base}${pageSegment(n)}/`);

/** The whole site's feed. */
export const SITE_FEED = '/rss.xml';
/** The feeds: the whole site, and one per category, ward and campaign (beside its page). */
export type FeedScope = { kind: 'site' } | { kind: 'category' | 'ward' | 'campaign'; id: string };
export function feedUrl(scope: FeedScope): string {
  switch (scope.kind) {
    case 'site':
      return SITE_FEED;
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

/** The generated share cards, one folder (src/share, src/pages/anh-chia-se/). */
export const SHARE_IMAGES = '/anh-chia-se/';
/** The portal's own share card: pages about no article in particular. */
export const shareImageUrl = (unitId: string): string => `${SHARE_IMAGES}${unitId}.png`;
/** The share card of an article without a cover, with its title. */
export const articleShareImageUrl = (id: string): string => `${SHARE_IMAGES}${NEWS.slice(1)}${id}.png`;

/** An absolute URL on the site (site = Astro.site / SITE_URL). */
export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
