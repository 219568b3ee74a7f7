/**
 * /anh-chia-se/…png: the share cards (src/lib/share.ts names them, src/share
 * draws them). `astro dev` draws a card when it is asked for. A build renders
 * none here: the route writes the site's list of cards for the build's card
 * thread, which draws them beside the pages and links them into the output
 * (src/build/shareCards.ts).
 */
import type { APIRoute } from 'astro';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { cacheDir, listFile } from 'virtual:tin-phuong/share-cards';
import { siteData } from '../../lib/data.ts';
import { shareCards } from '../../lib/share.ts';
import { SHARE_IMAGES } from '../../lib/routes.ts';
import type { ShareCard } from '../../share/card.ts';

export async function getStaticPaths() {
  const images = shareCards(await siteData());
  if (listFile) {
    // Whole or not at all: the card thread reads it as soon as it appears.
    mkdirSync(dirname(listFile), { recursive: true });
    writeFileSync(`${listFile}.tmp`, JSON.stringify(images.map((image) => [image.src, image.card])));
    renameSync(`${listFile}.tmp`, listFile);
    return [];
  }
  return images.map((image) => ({ params: { card: image.src.slice(SHARE_IMAGES.length, -'.png'.length) }, props: { card: image.card } }));
}

export const GET: APIRoute = async ({ props }) => {
  // Imported here, so the page code never loads the fonts or the drawing code.
  const { CardFiles } = await import('../../share/cardFiles.ts');
  const file = await new CardFiles(cacheDir).file((props as { card: ShareCard }).card);
  return new Response(new Uint8Array(await readFile(file)), { headers: { 'content-type': 'image/png' } });
};
