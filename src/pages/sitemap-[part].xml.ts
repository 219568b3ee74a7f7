/** /sitemap-N.xml: the parts of a sitemap past 50,000 URLs (none below that). */
import type { APIRoute } from 'astro';
import { siteData } from '../lib/data.ts';
import { sitemapFilesOf } from '../lib/sitemapUrls.ts';
import { SITEMAP } from '../lib/routes.ts';

export async function getStaticPaths() {
  const files = sitemapFilesOf(await siteData(), new URL(import.meta.env.SITE ?? 'http://localhost:4321'));
  return files.filter((f) => f.path !== SITEMAP).map((f) => ({ params: { part: /^\/sitemap-(\d+)\.xml$/.exec(f.path)![1] }, props: { xml: f.xml } }));
}

export const GET: APIRoute = ({ props }) => new Response((props as { xml: string }).xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
