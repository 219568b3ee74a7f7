/** /chuyen-muc/<id>/rss.xml: the 50 newest public articles of one category. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/data.ts';
import { feedPaths, feedResponse } from '../../../lib/feedEndpoint.ts';

export async function getStaticPaths() {
  return feedPaths('category', 'slug', await siteData());
}

export const GET: APIRoute = async (context) =>
  feedResponse({ kind: 'category', id: String(context.params.slug) }, await siteData(), context.site ?? new URL('http://localhost:4321'));
