/**
 * /anh-chia-se/…png: the share cards (src/lib/share.ts names them, src/share
 * draws them). In a build every card is a page of this route, keyed by its
 * text for incremental builds, and a thread draws the missing ones while the
 * other pages render (src/share/cardDrawer.ts); `astro dev` draws a card when
 * it is asked for.
 */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { building, cacheDir, cardWorker } from 'virtual:tin-phuong/share-cards';
import { siteData } from '../../lib/data.ts';
import { hashOf } from '../../lib/pageKeys.ts';
import { shareCards } from '../../lib/share.ts';
import { SHARE_IMAGES } from '../../lib/routes.ts';
import type { ShareCard } from '../../share/card.ts';
import { CardDrawer } from '../../share/cardDrawer.ts';

let drawer: CardDrawer | undefined;

export async function getStaticPaths() {
  const images = shareCards(await siteData());
  const cards = images.map((image) => image.card!);
  if (building) drawer ??= new CardDrawer(cardWorker, cacheDir, cards);
  return images.map((image, index) => ({
    params: { card: image.src.slice(SHARE_IMAGES.length, -'.png'.length) },
    props: { card: image.card!, index },
    cacheKey: hashOf(image.card),
  }));
}

export const GET: APIRoute = async ({ props }) => {
  const { card, index } = props as { card: ShareCard; index: number };
  let file: string;
  if (drawer) file = await drawer.file(index);
  else {
    // Imported here, so a build's page code never loads the fonts or the drawing code.
    const { CardFiles } = await import('../../share/cardFiles.ts');
    file = await new CardFiles(cacheDir).file(card);
  }
  return new Response(new Uint8Array(await readFile(file)), { headers: { 'content-type': 'image/png' } });
};
