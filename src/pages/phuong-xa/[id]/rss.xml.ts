/** /phuong-xa/<id>/rss.xml: the 50 newest public articles of one ward, its predecessors' included (lists.byWard). */
import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/data.ts';
import { feedPaths, feedResponse } from '../../../lib/feedEndpoint.ts';

export async function getStaticPaths() {
  return feedPaths('ward', 'id', await siteData());
}

export const GET: APIRoute = async (context) =>
  feedResponse({ kind: 'ward', id: String(context.params.id) }, await siteData(), context.site ?? new URL('http://localhost:4321'));
