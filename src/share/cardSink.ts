/**
 * Where pages send the share cards they name, during `astro build`: the share
 * integration opens it (src/share/integration.ts), layouts queue their card
 * (src/build/sink.ts). In `astro dev` nothing is open, and the dev-only route
 * src/pages/anh-chia-se/[...card].png.ts draws a card when it is asked for.
 */
import { buildSink } from '../build/sink.ts';
import type { ShareCard } from './card.ts';

export interface CardSink {
  add(src: string, card: ShareCard): void;
}

export const cardSink = buildSink<CardSink>('share-cards');

/** A page uses this card at `src`: the build draws it (once, whatever the number of pages). */
export function queueShareCard(image: { src: string; card?: ShareCard }): void {
  if (image.card) cardSink.current()?.add(image.src, image.card);
}
