/** /rss.xml: the 50 newest public articles. */
import type { APIRoute } from 'astro';
import { siteData } from '../lib/data.ts';
import { articleUrl } from '../lib/listings.ts';
import { rssXml } from '../lib/feeds.ts';
import { site } from '../site.config.ts';
import { vi } from '../i18n/vi.ts';

export const GET: APIRoute = async (context) => {
  const data = await siteData();
  const origin = context.site ?? new URL('http://localhost:4321');
  const xml = rssXml({
    title: `${site.name}: ${vi.feed.title}`,
    description: site.tagline,
    siteUrl: new URL('/', origin).href,
    feedUrl: new URL('/rss.xml', origin).href,
    items: data.articles.slice(0, 50).map((a) => ({
      title: a.data.title,
      url: new URL(articleUrl(a.id), origin).href,
      summary: a.data.summary,
      publishedAt: a.data.publishedAt,
      category: data.category(a.data.category.id)?.data.name,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
