/** /robots.txt: crawl everything but the CMS, search result URLs and the search index's files (Pagefind's bundle the search page fetches); where the sitemap is. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/feeds.ts';
import { absolute, ADMIN, SEARCH, SITEMAP } from '../lib/routes.ts';
import { BUNDLE_URL } from '../search/keys.ts';

export const GET: APIRoute = (context) =>
  new Response(robotsTxt({ sitemapUrl: absolute(SITEMAP, context.site ?? 'http://localhost:4321'), disallow: [ADMIN, `${SEARCH}?`, BUNDLE_URL] }), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
