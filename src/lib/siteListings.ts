/**
 * Every paginated list of the site, in one place: the news, each year,
 * category, campaign, ward and district, and the albums. The routes page
 * each list with pagedPaths (lib/listings.ts); the sitemap and the redirects
 * of retired page numbers enumerate them here, so a list added to the site
 * is added once. Pure.
 */
import type { Album, News, SiteData } from './data.ts';
import { PAGE_SIZE, retiredPages, yearsOf } from './listings.ts';
import { ALBUM_PAGE_SIZE } from './albums.ts';
import { ALBUMS, campaignUrl, categoryUrl, districtUrl, NEWS, pageUrl, wardUrl, yearUrl } from './routes.ts';
import type { Redirect } from './redirects.ts';

/** One paginated list: its front page's URL, its entries newest first, its page size. */
export interface SiteListing {
  base: string;
  items: readonly (News | Album)[];
  size: number;
}

export function siteListings(data: SiteData): SiteListing[] {
  const news = (base: string, items: readonly News[]): SiteListing => ({ base, items, size: PAGE_SIZE });
  return [
    news(NEWS, data.articles),
    ...yearsOf(data.articles).map((y) => news(yearUrl(y), data.lists.byYear(y))),
    ...data.categories.map((c) => news(categoryUrl(c.id), data.lists.byCategory(c.id))),
    ...data.campaigns.map((c) => news(campaignUrl(c.id), data.lists.byCampaign(c.id))),
    ...data.wards.map((w) => news(wardUrl(w.id), data.lists.byWard(w.id))),
    ...data.districts.map((d) => news(districtUrl(d.id), data.lists.byDistrict(d.id))),
    { base: ALBUMS, items: data.albums, size: ALBUM_PAGE_SIZE },
  ];
}

/**
 * The page numbers of newest-first paging that no list has now (at most
 * two a list: lib/listings.ts retiredPages), each to its list's front page.
 * Generated every build from the lists' lengths; the redirect step
 * (src/build/redirects.ts) writes them with content/redirects.json.
 */
export function listingRedirects(data: SiteData): Redirect[] {
  return siteListings(data).flatMap(({ base, items, size }) => retiredPages(items.length, size).map((n) => ({ from: pageUrl(base, n), to: base })));
}
