/** What the build's integrations tell the pages (src/build/shareCards.ts). */
declare module 'virtual:tin-phuong/share-cards' {
  /** `astro build` (cards drawn on a thread), not `astro dev`. */
  export const building: boolean;
  /** src/share/cardWorker.ts, by path. */
  export const cardWorker: string;
  /** The card cache folder, in Astro's cacheDir. */
  export const cacheDir: string;
}
