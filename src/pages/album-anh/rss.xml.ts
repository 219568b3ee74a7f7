/**
 * /album-anh/rss.xml: the 50 newest public albums. A feed of its own (announced
 * on the albums index), so the site's news feed stays articles only.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/data.ts';
import { FEED_ITEMS } from '../../lib/feedEndpoint.ts';
import { rssXml } from '../../lib/feeds.ts';
import { absolute, ALBUMS, ALBUMS_FEED, albumUrl } from '../../lib/routes.ts';
import { siteIdentity } from '../../lib/siteIdentity.ts';
import { fill, vi } from '../../i18n/vi.ts';

export const GET: APIRoute = async (context) => {
  const origin = context.site ?? new URL('http://localhost:4321');
  const { albums } = await siteData();
  const xml = rssXml({
    title: `${siteIdentity().name}: ${vi.album.feed}`,
    description: vi.album.feedDescription,
    siteUrl: absolute(ALBUMS, origin),
    feedUrl: absolute(ALBUMS_FEED, origin),
    items: albums.slice(0, FEED_ITEMS).map((a) => ({
      title: a.data.title,
      url: absolute(albumUrl(a.id), origin),
      summary: [a.data.description, fill(vi.album.photos, { count: a.data.photos.length })].filter(Boolean).join(' '),
      publishedAt: a.data.publishedAt,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
