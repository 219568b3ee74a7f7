/**
 * The share cards in `astro dev` (src/lib/share.ts names them, src/share draws
 * them). A build lists none here: it draws the cards on a thread of its own
 * as the pages that name them render (src/share/integration.ts).
 */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { siteData } from '../../lib/data.ts';
import { shareCards } from '../../lib/share.ts';
import { SHARE_IMAGES } from '../../lib/routes.ts';
import type { ShareCard } from '../../share/card.ts';
import { cardSink } from '../../share/cardSink.ts';

export async function getStaticPaths() {
  // Not `import.meta.env.DEV`: a build under vitest (NODE_ENV=test) has it true.
  if (cardSink.current()) return [];
  return shareCards(await siteData()).map((image) => ({
    params: { card: image.src.slice(SHARE_IMAGES.length, -'.png'.length) },
    props: { card: image.card },
  }));
}

export const GET: APIRoute = async ({ props }) => {
  // Imported here, so the build's page code never loads the fonts or the drawing code.
  const { CardFiles } = await import('../../share/cardFiles.ts');
  const png = await readFile(await new CardFiles().file((props as { card: ShareCard }).card));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
