/** Share card of articles without a cover: /anh-chia-se/<ward>/<category>.png (src/lib/share.ts). */
import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/data.ts';
import { renderShareCard, shareCards } from '../../../lib/share.ts';
import type { ShareCard } from '../../../lib/shareImage.ts';

export async function getStaticPaths() {
  return shareCards(await siteData()).map((c) => ({ params: { unit: c.unitId, category: c.categoryId }, props: { card: c.card } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderShareCard((props as { card: ShareCard }).card)), { headers: { 'content-type': 'image/png' } });
