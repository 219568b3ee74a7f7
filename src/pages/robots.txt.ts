/** /robots.txt: crawl everything but the CMS and search result URLs; where the sitemap is. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/feeds.ts';
import { absolute, ADMIN, SEARCH, SITEMAP } from '../lib/routes.ts';

export const GET: APIRoute = (context) =>
  new Response(robotsTxt({ sitemapUrl: absolute(SITEMAP, context.site ?? 'http://localhost:4321'), disallow: [ADMIN, `${SEARCH}?`] }), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
