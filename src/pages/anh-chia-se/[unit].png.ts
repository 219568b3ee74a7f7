/** The portal's own share card: /anh-chia-se/<ward of the portal>.png (src/lib/share.ts). */
import type { APIRoute } from 'astro';
import { defaultShareImage, renderShareCard } from '../../lib/share.ts';

export function getStaticPaths() {
  return [{ params: { unit: defaultShareImage().unitId } }];
}

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderShareCard(defaultShareImage().card)), { headers: { 'content-type': 'image/png' } });
