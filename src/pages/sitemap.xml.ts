/**
 * /sitemap.xml: every public page with lastmod (src/lib/sitemapUrls.ts); a
 * sitemap index of /sitemap-N.xml parts once there are more than 50,000.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../lib/data.ts';
import { sitemapFilesOf } from '../lib/sitemapUrls.ts';

export const GET: APIRoute = async (context) => {
  const [file] = sitemapFilesOf(await siteData(), context.site ?? new URL('http://localhost:4321'));
  return new Response(file!.xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
