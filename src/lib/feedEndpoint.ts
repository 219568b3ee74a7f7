/**
 * The feed endpoints' shared part: a channel of a topic's 50 newest public
 * articles (lists from data.ts, already through isPublic()), titled in
 * Vietnamese, every URL absolute. Used by /rss.xml and the feeds beside
 * each category, ward and campaign page (URLs in routes.ts).
 */
import type { News, SiteData } from './data.ts';
import { rssXml } from './feeds.ts';
import { wardDisplayName as wardName } from './wards.ts';
import { absolute, articleUrl, feedUrl, HOME, type FeedScope } from './routes.ts';
import { pageKeys } from './pageKeys.ts';
import { siteIdentity } from './siteIdentity.ts';
import { vi } from '../i18n/vi.ts';

export const FEED_ITEMS = 50;

const fill = (template: string, name: string) => template.replace('{name}', name);

/** A topic's feed: its title (also the autodiscovery link's), description and articles. */
export function feedOf(scope: FeedScope, data: SiteData): { title: string; description: string; articles: readonly News[] } | undefined {
  const site = siteIdentity();
  switch (scope.kind) {
    case 'site':
      return { title: `${site.name}: ${vi.feed.title}`, description: site.tagline, articles: data.articles };
    case 'category': {
      const c = data.category(scope.id);
      if (!c) return undefined;
      return {
        title: `${site.name}: ${fill(vi.feed.category, c.data.name)}`,
        description: c.data.description ?? fill(vi.feed.categoryDescription, c.data.name),
        articles: data.lists.byCategory(c.id),
      };
    }
    case 'ward': {
      const w = data.ward(scope.id);
      if (!w) return undefined;
      const name = wardName(w.data);
      return { title: `${site.name}: ${fill(vi.feed.ward, name)}`, description: fill(vi.feed.wardDescription, name), articles: data.lists.byWard(w.id) };
    }
    case 'campaign': {
      const c = data.campaign(scope.id);
      if (!c) return undefined;
      return {
        title: `${site.name}: ${fill(vi.feed.campaign, c.data.name)}`,
        description: c.data.theme ?? fill(vi.feed.campaignDescription, c.data.name),
        articles: data.lists.byCampaign(c.id),
      };
    }
  }
}

/**
 * getStaticPaths entries for the feeds of every category, ward or campaign
 * (`param` the route's parameter), each keyed by what it lists for
 * incremental builds (lib/pageKeys.ts).
 */
export function feedPaths(kind: 'category' | 'ward' | 'campaign', param: string, data: SiteData): { params: Record<string, string>; cacheKey: string }[] {
  const entries = kind === 'category' ? data.categories : kind === 'ward' ? data.wards : data.campaigns;
  const keys = pageKeys(data);
  return entries.map((entry) => {
    const scope = { kind, id: entry.id };
    return { params: { [param]: entry.id }, cacheKey: keys.feed(scope, feedOf(scope, data)?.articles.slice(0, FEED_ITEMS) ?? []) };
  });
}

/** The feed as an HTTP response (Astro writes it as a file at build). */
export function feedResponse(scope: FeedScope, data: SiteData, origin: URL): Response {
  const feed = feedOf(scope, data);
  if (!feed) return new Response(null, { status: 404 });
  const xml = rssXml({
    title: feed.title,
    description: feed.description,
    siteUrl: absolute(HOME, origin),
    feedUrl: absolute(feedUrl(scope), origin),
    items: feed.articles.slice(0, FEED_ITEMS).map((a) => ({
      title: a.data.title,
      url: absolute(articleUrl(a.id), origin),
      summary: a.data.summary,
      publishedAt: a.data.publishedAt,
      category: data.category(a.data.category.id)?.data.name,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}
