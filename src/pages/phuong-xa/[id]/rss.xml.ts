/** /phuong-xa/<id>/rss.xml: the 50 newest public articles of one ward, its predecessors' included (lists.byWard). */
import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/data.ts';
import { feedResponse } from '../../../lib/feedEndpoint.ts';

export async function getStaticPaths() {
  return (await siteData()).wards.map((entry) => ({ params: { id: entry.id } }));
}

export const GET: APIRoute = async (context) =>
  feedResponse({ kind: 'ward', id: String(context.params.id) }, await siteData(), context.site ?? new URL('http://localhost:4321'));
